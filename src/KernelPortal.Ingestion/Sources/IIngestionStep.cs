using KernelPortal.Core.Operations;

namespace KernelPortal.Ingestion.Sources;

/// <summary>Work in a pass that is not a stream of mails (kernel.org's table, later git statistics and drafts).</summary>
public interface IIngestionStep
{
    string Name { get; }

    /// <summary>Does the work; records problems on <paramref name="run"/>. An exception is recorded as the step's failure.</summary>
    Task ExecuteAsync(IngestionRun run, CancellationToken cancellationToken);
}
