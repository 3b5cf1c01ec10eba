namespace KernelPortal.Web.Cms;

internal static partial class CmsLog
{
    [LoggerMessage(Level = LogLevel.Warning, Message = "Login rate limit hit by {Address}")]
    public static partial void LoginRateLimited(this ILogger logger, string address);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed login for {Email} ({Reason})")]
    public static partial void LoginFailed(this ILogger logger, string email, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Email} signed in")]
    public static partial void LoginSucceeded(this ILogger logger, string email);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduler published {Count} article(s): {Ids}")]
    public static partial void ScheduledPublished(this ILogger logger, int count, string ids);

    [LoggerMessage(Level = LogLevel.Information, Message = "Scheduled publishing stopped with the host")]
    public static partial void SchedulerStopped(this ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Scheduled publishing failed; retrying")]
    public static partial void SchedulerFailed(this ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Error, Message = "Manual ingestion pass started by {Trigger} failed")]
    public static partial void ManualPassFailed(this ILogger logger, Exception exception, string trigger);
}
