namespace KernelPortal.Web;

/// <summary>
/// The seconds after a request found PostgreSQL away (its retries used up): the requests that come then are answered
/// 503 at once (<see cref="DatabaseAwayGate"/>) instead of each waiting out the same seconds of retries. Each instance keeps its own; the first request after the window asks the database again.
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
