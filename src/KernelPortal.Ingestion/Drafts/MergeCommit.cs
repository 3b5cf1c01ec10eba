namespace KernelPortal.Ingestion.Drafts;

/// <summary>A first-parent merge in mainline: a maintainer's pull, with its pull-request text and what it changed.</summary>
/// <param name="CommitId">The merge commit's id.</param>
/// <param name="Subject">"Merge tag 'net-next-6.12' of git://…".</param>
/// <param name="Body">The pull-request text Linus kept in the merge message ("Pull networking updates from …").</param>
/// <param name="CommittedAt">The committer date.</param>
/// <param name="Files">Files changed against the first parent.</param>
public sealed record MergeCommit(string CommitId, string Subject, string Body, DateTimeOffset CommittedAt, IReadOnlyList<ChangedFile> Files)
{
    public int LinesChanged => Files.Sum(f => f.LinesChanged);

    /// <summary>The non-merge commits the merge brought in (reachable from its other parents, not from its first); empty where the source cannot say (GitHub).</summary>
    public IReadOnlyList<MergedCommit> Commits { get; init; } = [];
}
