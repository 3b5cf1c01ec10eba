namespace KernelPortal.Core.Content;

/// <summary>
/// Told when content that readers see changed (an article published, updated or unpublished, a release stored by
/// ingestion), so that hosts can drop cached pages. PostgresContentChangeNotifier tells every instance through
/// NOTIFY; the web host also evicts its own cache at once.
/// </summary>
public interface IContentChangeNotifier
{
    Task ContentChangedAsync(CancellationToken cancellationToken);
}
