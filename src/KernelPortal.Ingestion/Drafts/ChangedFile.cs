namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// A file a commit changes (<c>git log --numstat</c>; a merge's against its first parent); binary files count 0 lines.
/// </summary>
/// <param name="Path">Path in the tree.</param>
/// <param name="Added">Lines added.</param>
/// <param name="Deleted">Lines deleted.</param>
/// <param name="IsNew">The commit creates the file (status A in <c>--raw</c>); only known for a merge's own commits.</param>
public sealed record ChangedFile(string Path, int Added, int Deleted, bool IsNew = false)
{
    public int LinesChanged => Added + Deleted;
}
