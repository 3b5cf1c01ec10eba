namespace KernelPortal.Ingestion.Drafts;

/// <summary>One merge in a draft part: its provenance (commit id), who pulled what, and its size.</summary>
public sealed record DraftMerge(string CommitId, string Subject, int LinesChanged, string? Puller, string? What, string PullText);
