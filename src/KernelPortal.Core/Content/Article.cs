using KernelPortal.Core.Identity;
using KernelPortal.Core.Releases;

namespace KernelPortal.Core.Content;

/// <summary>
/// A feature article or news item. The Markdown source and its rendered, sanitized HTML are stored together,
/// so public pages never render Markdown on a request.
/// </summary>
public class Article
{
    public const int TitleMaxLength = 200;
    public const int LeadMaxLength = 1000;
    public const int IowMaxLength = 2000;
    public const int BodyMaxLength = 500_000;
    public const int AuthorNameMaxLength = 200;

    // Settable inside Core for the article page's read (ArticleReads.ArticleAsync), which builds an untracked Article
    // from a projection of the columns the page shows. New articles come from ArticleFields.NewArticle.
    public int Id { get; internal set; }

    /// <summary>URL name, unique across languages.</summary>
    public required string Slug { get; set; }

    public required string Title { get; set; }

    /// <summary>The teaser paragraph shown on lists and as the feed summary.</summary>
    public string Lead { get; set; } = string.Empty;

    public string BodyMarkdown { get; set; } = string.Empty;

    /// <summary>Sanitized HTML rendered from <see cref="BodyMarkdown"/> when it was saved.</summary>
    public string BodyHtml { get; set; } = string.Empty;

    /// <summary>"In other words": the plain-language summary of the Kernel-Log's IOW boxes.</summary>
    public string? Iow { get; set; }

    public Language Language { get; set; }

    /// <summary>The same article in the other language, if there is one.</summary>
    public int? TranslationId { get; set; }

    public Article? Translation { get; set; }

    public ArticleStatus Status { get; set; }

    /// <summary>When a scheduled article is due; the scheduler publishes it then.</summary>
    public DateTimeOffset? PublishAt { get; set; }

    /// <summary>When it became visible to readers.</summary>
    public DateTimeOffset? PublishedAt { get; set; }

    /// <summary>The account that wrote it; <c>null</c> for generated drafts and imported articles.</summary>
    public Guid? AuthorId { get; set; }

    public PortalUser? Author { get; set; }

    /// <summary>The byline as printed, kept even if the account is deleted.</summary>
    public string AuthorName { get; set; } = string.Empty;

    public int? ReleaseId { get; set; }

    public Release? Release { get; set; }

    public int? SeriesId { get; set; }

    public Series? Series { get; set; }

    /// <summary>Part number within <see cref="Series"/>, from 1.</summary>
    public int? SeriesPart { get; set; }

    /// <summary>True for drafts that ingestion generated from merge pull requests.</summary>
    public bool IsGenerated { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>PostgreSQL's <c>xmin</c>: a save based on an older version fails instead of overwriting.</summary>
    public uint ConcurrencyToken { get; set; }

    public List<FeatureTag> Tags { get; } = [];

    public List<ArticleRevision> Revisions { get; } = [];

    /// <summary>For generated drafts: the merges each section was generated from.</summary>
    public List<ArticleSource> Sources { get; } = [];

    /// <summary>True when a reader may see it at <paramref name="now"/>.</summary>
    public bool IsVisibleAt(DateTimeOffset now) =>
        Status == ArticleStatus.Published && PublishedAt is { } published && published <= now;
}
