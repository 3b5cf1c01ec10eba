namespace KernelPortal.Ingestion;

/// <summary>
/// Told when stored content changed (an ingestion pass stored something new), so that hosts can drop cached
/// pages. The web host evicts its output cache; the CLI has nothing to evict.
/// </summary>
public interface IContentChangeNotifier
{
    Task ContentChangedAsync(CancellationToken cancellationToken);
}

/// <summary>For hosts without caches.</summary>
public sealed class NoContentChangeNotifier : IContentChangeNotifier
{
    public Task ContentChangedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
