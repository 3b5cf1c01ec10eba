namespace KernelPortal.Ingestion;

/// <summary>
/// Told when stored content changed (an ingestion pass stored something new), so that hosts can drop cached
/// pages. PostgresContentChangeNotifier tells every instance through NOTIFY; the web host also evicts its own cache at once.
/// </summary>
public interface IContentChangeNotifier
{
    Task ContentChangedAsync(CancellationToken cancellationToken);
}
