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

    /// <summary>The items generated from this merge for the article, each with its own provenance (stored as jsonb).</summary>
    public List<SourceItem> Items { get; set; } = [];
}

/// <summary>What a generated draft took from a merge: a feature item, a trivia item or a config option.</summary>
/// <param name="Kind"><see cref="SourceItemKinds"/>.</param>
/// <param name="Text">The item's words; for an option "CONFIG_FOO: prompt – help".</param>
/// <param name="Context">Heading lines above the item in the pull text, or null.</param>
/// <param name="Score">Significance score the item was ranked by.</param>
/// <param name="Commits">Commit ids of the merge that touch what the item names.</param>
/// <param name="FirstLine">First line of the pull text it came from (1-based); 0 when not from the text.</param>
/// <param name="LastLine">Last line of the pull text it came from.</param>
/// <param name="File">An option's Kconfig file; null for items.</param>
public sealed record SourceItem(string Kind, string Text, string? Context, double Score, IReadOnlyList<string> Commits, int FirstLine, int LastLine, string? File = null);

/// <summary>The kinds of <see cref="SourceItem"/>.</summary>
public static class SourceItemKinds
{
    public const string Item = "item";
    public const string Trivia = "trivia";
    public const string NewOption = "new-option";
    public const string RemovedOption = "removed-option";
}
