namespace KernelPortal.Core.Data;

/// <summary>
/// How many times the work running in this async flow may retry a query the database failed (<see
/// cref="PortalExecutionStrategy"/>). Unset, it is the strategy's full six (about twenty seconds of waiting), which the
/// ingestion worker, the CLI and the CMS's saves need to ride out a restart; a reader's request sets a smaller budget,
/// as a page that answers 503 after a few seconds serves them better than one that answers after twenty.
/// </summary>
public static class DatabaseRetryBudget
{
    /// <summary>
    /// The retries a reader's request gets: about four seconds of waiting (the strategy retries at once, then after
    /// about 1 s and 3 s; its further retries wait 5 s each), enough for a restart, short of a reader giving up.
    /// </summary>
    public const int ForRequests = 3;

    private static readonly AsyncLocal<int?> Budget = new();

    /// <summary>The retries allowed here, or null for the strategy's own limit.</summary>
    public static int? Current => Budget.Value;

    /// <summary>Limits the retries of the work that follows in this async flow until the scope is disposed.</summary>
    public static IDisposable Limit(int retries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(retries);
        var before = Budget.Value;
        Budget.Value = retries;
        return new Scope(before);
    }

    private sealed class Scope(int? before) : IDisposable
    {
        public void Dispose() => Budget.Value = before;
    }
}
