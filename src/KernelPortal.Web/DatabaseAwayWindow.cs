namespace KernelPortal.Web;

/// <summary>
/// The seconds after a request found PostgreSQL away (the execution strategy's retries used up): the requests that
/// come then are answered 503 at once (<see cref="DatabaseAwayGate"/>) instead of each waiting out the same twenty
/// seconds of retries. Each instance keeps its own; the first request after the window asks the database again.
/// </summary>
internal sealed class DatabaseAwayWindow(TimeProvider time)
{
    /// <summary>How long after an outage was found requests are answered without asking the database.</summary>
    public static readonly TimeSpan Length = TimeSpan.FromSeconds(10);

    private long _foundAtTicks = long.MinValue;

    public bool IsOpen => Interlocked.Read(ref _foundAtTicks) is var found && found != long.MinValue
        && time.GetUtcNow().UtcTicks - found < Length.Ticks;

    /// <summary>A request has just found the database away.</summary>
    public void Open() => Interlocked.Exchange(ref _foundAtTicks, time.GetUtcNow().UtcTicks);
}

/// <summary>Thrown for a request answered without asking the database while <see cref="DatabaseAwayWindow"/> is open.</summary>
internal sealed class DatabaseAwayException() : Exception("The database was found away moments ago; answered without asking it again.");

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
        catch (Exception ex) when (Ingestion.DatabaseOutage.IsOutage(ex))
        {
            window.Open();
            throw;
        }
    }
}
