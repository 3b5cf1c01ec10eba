namespace KernelPortal.Core.Operations;

/// <summary>How an ingestion pass ended.</summary>
public enum IngestionOutcome
{
    /// <summary>Still running (or the process died before it could record an end).</summary>
    Running,

    /// <summary>Every source was read and every item stored.</summary>
    Succeeded,

    /// <summary>Some sources or items failed; the rest was stored.</summary>
    PartiallyFailed,

    /// <summary>Nothing could be done (for example the database was unreachable).</summary>
    Failed,
}
