using KernelPortal.Core.Operations;
using Microsoft.Extensions.Logging;

namespace KernelPortal.Ingestion;

/// <summary>Ingestion's log events, source-generated so that disabled levels cost nothing.</summary>
internal static partial class IngestionLog
{
    [LoggerMessage(1, LogLevel.Error, "Ingestion source {Source} failed")]
    public static partial void SourceFailed(this ILogger logger, Exception exception, string source);

    [LoggerMessage(2, LogLevel.Warning, "Could not store {Item}")]
    public static partial void ItemFailed(this ILogger logger, Exception exception, string item);

    [LoggerMessage(3, LogLevel.Information, "Ingestion run {RunId} ({Trigger}) ended {Outcome}: {Seen} seen, {New} new, {Failed} failed")]
    public static partial void RunFinished(this ILogger logger, long runId, string trigger, IngestionOutcome outcome, int seen, int @new, int failed);

    [LoggerMessage(4, LogLevel.Information, "Another instance holds the ingestion lock; skipping this pass")]
    public static partial void PassSkipped(this ILogger logger);

    [LoggerMessage(6, LogLevel.Information, "The {Worker} stopped with the host")]
    public static partial void WorkerStopped(this ILogger logger, string worker);

    [LoggerMessage(5, LogLevel.Error, "Ingestion pass failed")]
    public static partial void PassFailed(this ILogger logger, Exception exception);

    [LoggerMessage(20, LogLevel.Warning, "PostgreSQL is unavailable ({Reason}); the progress line waits for the next write")]
    public static partial void ProgressNotWritten(this ILogger logger, string reason);
}
