namespace KernelPortal.Ingestion.Drafts;

/// <summary>The generated "Was X bringt" series of a release: parts in the Kernel-Log's area order, "Sonstiges" last.</summary>
/// <param name="Release">"4.0" — the release, never the tag.</param>
/// <param name="Title">"Was 4.0 bringt".</param>
/// <param name="Parts">The parts in print order.</param>
/// <param name="CommitUrl">Where commits are linked: the base URL a commit id is appended to.</param>
public sealed record DraftSeries(string Release, string Title, IReadOnlyList<DraftPart> Parts, string CommitUrl)
{
    public int MergeCount => Parts.Sum(p => p.Merges.Count);

    public IEnumerable<DraftOption> NewOptions => Parts.SelectMany(p => p.NewOptions);

    public IEnumerable<DraftOption> RemovedOptions => Parts.SelectMany(p => p.RemovedOptions);
}
