using KernelPortal.Core.Data;
using KernelPortal.Ingestion;

namespace KernelPortal.Web;

/// <summary>
/// Opens <see cref="DatabaseAwayWindow"/> when a request fails because the database is away, and while it is open answers
/// the requests that would ask it with the same 503 at once (through the exception handler, which renders it). The
/// health check and the error page itself always pass; static files and cached answers are served before this.
/// A reading request (GET or HEAD, not the CMS's interactive connection) retries a failing query three times rather
/// than six (<see cref="DatabaseRetryBudget"/>), so the first reader after the database went away waits about four
/// seconds, not twenty; a write keeps the full retries, as an editor's save that rides out a restart loses nothing.
/// </summary>
internal sealed class DatabaseAwayGate(RequestDelegate next, DatabaseAwayWindow window)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path;
        var exempt = path.StartsWithSegments("/healthz") || path.StartsWithSegments("/error");
        if (!exempt && window.IsOpen)
        {
            throw new DatabaseAwayException();
        }

        try
        {
            using var budget = IsRead(context.Request) ? DatabaseRetryBudget.Limit(DatabaseRetryBudget.ForRequests) : null;
            await next(context);
        }
        catch (Exception ex) when (DatabaseOutage.IsOutage(ex))
        {
            window.Open();
            throw;
        }
    }

    private static bool IsRead(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && !request.Path.StartsWithSegments("/_blazor");
}
