namespace KernelPortal.Core.Content;

/// <summary>The editorial workflow: Draft → InReview → Scheduled or Published → Archived.</summary>
public enum ArticleStatus
{
    Draft,
    InReview,
    Scheduled,
    Published,
    Archived,
}
