namespace KernelPortal.Ingestion.Drafts;

/// <summary>One part of a "Was X bringt" series: a feature area and its merges.</summary>
public sealed record DraftPart(int Number, string Area, string AreaName, string Title, IReadOnlyList<DraftMerge> Merges);
