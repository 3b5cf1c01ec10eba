using KernelPortal.Ingestion;

namespace KernelPortal.Web;

/// <summary>
/// Opens <see cref="DatabaseAwayWindow"/> when a request fails because the database is away, and while it is open answers
/// the requests that would ask it with the same 503 at once (through the exception handler, which renders it). The
/// health check and the error page itself always pass; static files and cached answers are served before this.
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
            await next(context);
        }
        catch (Exception ex) when (DatabaseOutage.IsOutage(ex))
        {
            window.Open();
            throw;
        }
    }
}
