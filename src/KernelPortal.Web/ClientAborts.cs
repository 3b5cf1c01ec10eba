using Npgsql;
using Serilog;

namespace KernelPortal.Web;

/// <summary>
/// A reader who hangs up is not a server error. When the client has gone (<see cref="HttpContext.RequestAborted"/>
/// cancelled) and the work stops because of it — an <see cref="OperationCanceledException"/>, or PostgreSQL's
/// 57014 "canceling statement due to user request" that the cancelled token caused — the request ends as 499
/// (nginx's "client closed request"; a page whose response had already started keeps its status) and the request
/// log records it once at Information, with its path, time and <c>Aborted = true</c>; no stack trace, no 500, no
/// error count. A cancellation that is not the client's (a
/// timeout of ours, the host shutting down while the client waits) is not caught here and stays what it is.
/// </summary>
internal static class ClientAborts
{
    /// <summary>The status written for a request whose client went away.</summary>
    public const int ClientClosedRequest = 499;

    /// <summary>Placed inside the request logging, so that its one log line sees the 499.</summary>
    public static IApplicationBuilder UseClientAborts(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        try
        {
            await next(context);
        }
        catch (Exception ex) when (context.RequestAborted.IsCancellationRequested && IsCancellation(ex))
        {
            if (!context.Response.HasStarted)
            {
                context.Response.StatusCode = ClientClosedRequest;
            }
        }

        // Blazor's static rendering ends quietly when the client has gone; the request log says so all the same.
        if (context.RequestAborted.IsCancellationRequested)
        {
            context.RequestServices.GetService<IDiagnosticContext>()?.Set("Aborted", true);
        }
    });

    /// <summary>Request log levels: 5xx and exceptions are errors; everything else, a 499 included, is Information.</summary>
    public static Serilog.Events.LogEventLevel Level(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is not null || context.Response.StatusCode >= 500 ? Serilog.Events.LogEventLevel.Error : Serilog.Events.LogEventLevel.Information;

    private static bool IsCancellation(Exception ex) => ex switch
    {
        OperationCanceledException => true,
        PostgresException { SqlState: PostgresErrorCodes.QueryCanceled } => true,
        NpgsqlException { InnerException: { } inner } => IsCancellation(inner),
        InvalidOperationException { InnerException: { } inner } => IsCancellation(inner),
        _ => false,
    };
}
