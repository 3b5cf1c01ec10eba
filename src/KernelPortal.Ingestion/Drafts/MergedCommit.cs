namespace KernelPortal.Ingestion.Drafts;

/// <summary>A non-merge commit that a first-parent merge brought into mainline: the provenance of the items that name what it touches.</summary>
public sealed record MergedCommit(string CommitId, string Subject, IReadOnlyList<ChangedFile> Files)
{
    public int LinesChanged => Files.Sum(f => f.LinesChanged);
}
