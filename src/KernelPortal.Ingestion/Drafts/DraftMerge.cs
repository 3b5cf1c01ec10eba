namespace KernelPortal.Ingestion.Drafts;

/// <summary>One merge in a draft part (its home area): who pulled what, its size, and how many items it gave.</summary>
public sealed record DraftMerge(string CommitId, string Subject, int LinesChanged, string? Puller, string? What, string PullText, string Area, int Commits);
