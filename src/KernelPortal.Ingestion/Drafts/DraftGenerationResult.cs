namespace KernelPortal.Ingestion.Drafts;

/// <summary>What a (re)generation did.</summary>
/// <param name="PartsCreated">New draft articles.</param>
/// <param name="SectionsAdded">Merge sections appended to existing drafts.</param>
/// <param name="SourcesRecorded">Merges recorded as source material (also for articles that are no longer drafts).</param>
public sealed record DraftGenerationResult(int PartsCreated, int SectionsAdded, int SourcesRecorded);
