namespace KernelPortal.Core.Content;

/// <summary>
/// Source material of a generated draft: one merge's pull-request text and commit. It is the provenance of the
/// section generated from it, the material the CMS shows beside the editor, and what regeneration checks to add
/// only what is new.
/// </summary>
public class ArticleSource
{
    public const int CommitIdMaxLength = 64;
    public const int SubjectMaxLength = 1000;
    public const int PullTextMaxLength = 16000;

    public long Id { get; private set; }

    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>The merge commit id; unique per article.</summary>
    public required string CommitId { get; set; }

    public required string Subject { get; set; }

    /// <summary>Who sent the pull ("Jakub Kicinski"), when the message says.</summary>
    public string? Puller { get; set; }

    public string PullText { get; set; } = string.Empty;

    public int LinesChanged { get; set; }

    /// <summary>The feature area the merge was assigned to.</summary>
    public required string Area { get; set; }

    public DateTimeOffset AddedAt { get; set; }
}
