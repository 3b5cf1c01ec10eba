namespace KernelPortal.Ingestion.Drafts;

/// <summary>A file a merge brings in, relative to its first parent (<c>git diff --numstat M^1 M</c>); binary files count 0 lines.</summary>
public sealed record ChangedFile(string Path, int Added, int Deleted)
{
    public int LinesChanged => Added + Deleted;
}
