namespace KernelPortal.Core.Operations;

/// <summary>One pass of the ingestion pipeline, recorded so editors can see what happened and what failed.</summary>
public class IngestionRun
{
    public const int TriggerMaxLength = 100;
    public const int ProgressMaxLength = 500;

    /// <summary>At most this many error messages are kept per run; the count stays exact.</summary>
    public const int MaxStoredErrors = 100;

    public long Id { get; private set; }

    /// <summary>Who started the pass: "worker", "cli", or an editor's e-mail address.</summary>
    public string Trigger { get; set; } = "worker";

    public DateTimeOffset StartedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }

    public IngestionOutcome Outcome { get; set; } = IngestionOutcome.Running;

    /// <summary>Items read from all sources.</summary>
    public int ItemsSeen { get; set; }

    /// <summary>Items that were new and stored.</summary>
    public int ItemsNew { get; set; }

    /// <summary>Items (or whole sources) that failed.</summary>
    public int ItemsFailed { get; set; }

    /// <summary>What a running pass is doing now ("lore.kernel.org: 12 mails read"), for the CMS's live view.</summary>
    public string? Progress { get; set; }

    /// <summary>The error messages, newest last; capped at <see cref="MaxStoredErrors"/>.</summary>
    public List<string> Errors { get; set; } = [];

    /// <summary>Things worth an editor's look that are not failures (a cross-check that disagrees).</summary>
    public List<string> Warnings { get; set; } = [];

    /// <summary>Records a warning while there is room.</summary>
    public void AddWarning(string message)
    {
        if (Warnings.Count < MaxStoredErrors)
        {
            Warnings.Add(message);
        }
    }

    /// <summary>Records a failure: counts it and keeps its message while there is room.</summary>
    public void AddError(string message)
    {
        ItemsFailed++;
        if (Errors.Count < MaxStoredErrors)
        {
            Errors.Add(message);
        }
    }

    /// <summary>Ends the run with the outcome its counts imply.</summary>
    public void Finish(DateTimeOffset finishedAt)
    {
        FinishedAt = finishedAt;
        Outcome = ItemsFailed == 0 ? IngestionOutcome.Succeeded
            : ItemsNew > 0 || ItemsSeen > ItemsFailed ? IngestionOutcome.PartiallyFailed
            : IngestionOutcome.Failed;
    }
}
