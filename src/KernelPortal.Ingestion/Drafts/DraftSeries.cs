namespace KernelPortal.Ingestion.Drafts;

/// <summary>The generated "Was X bringt" series of a release: parts in the Kernel-Log's area order.</summary>
public sealed record DraftSeries(string Release, string Title, IReadOnlyList<DraftPart> Parts, int UnassignedMerges);
