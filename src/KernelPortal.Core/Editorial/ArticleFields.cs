using KernelPortal.Core.Content;
using KernelPortal.Core.Markdown;

namespace KernelPortal.Core.Editorial;

/// <summary>What an editor can change on an article in one save (the workflow status is changed separately).</summary>
public sealed record ArticleFields
{
    public string Title { get; init; } = string.Empty;

    /// <summary>Empty means "generate one from the title".</summary>
    public string Slug { get; init; } = string.Empty;

    public string Lead { get; init; } = string.Empty;

    public string BodyMarkdown { get; init; } = string.Empty;

    public string? Iow { get; init; }

    public Language Language { get; init; } = Language.De;

    public int? TranslationId { get; init; }

    public int? ReleaseId { get; init; }

    public int? SeriesId { get; init; }

    public int? SeriesPart { get; init; }

    public IReadOnlyList<int> TagIds { get; init; } = [];

    /// <summary>The fields of a stored article, as the editor loads them.</summary>
    public static ArticleFields Of(Article article) => new()
    {
        Title = article.Title,
        Slug = article.Slug,
        Lead = article.Lead,
        BodyMarkdown = article.BodyMarkdown,
        Iow = article.Iow,
        Language = article.Language,
        TranslationId = article.TranslationId,
        ReleaseId = article.ReleaseId,
        SeriesId = article.SeriesId,
        SeriesPart = article.SeriesPart,
        TagIds = [.. article.Tags.Select(t => t.Id).Order()],
    };

    /// <summary>
    /// The one way an article comes into being — the editor's new draft, an import, the demo content, a generated
    /// draft: these fields applied as a save applies them (<see cref="ApplyTo"/>), in a workflow state whose dates fit
    /// it: a published or archived article has the time it went live, a scheduled one its due time, a draft or an
    /// article in review neither.
    /// </summary>
    /// <param name="renderer">Renders the body's HTML.</param>
    /// <param name="status">Its workflow state.</param>
    /// <param name="authorName">The byline as printed.</param>
    /// <param name="authorId">The account that wrote it; null for imported, demo and generated articles.</param>
    /// <param name="publishedAt">When it went live; required for published and archived articles, ignored otherwise.</param>
    /// <param name="publishAt">When it is due; required for scheduled articles, ignored otherwise.</param>
    /// <exception cref="ArgumentException">A published, archived or scheduled article without its date.</exception>
    public Article NewArticle(MarkdownRenderer renderer, ArticleStatus status, string authorName, Guid? authorId = null, DateTimeOffset? publishedAt = null, DateTimeOffset? publishAt = null)
    {
        var live = status is ArticleStatus.Published or ArticleStatus.Archived;
        if (live && publishedAt is null)
        {
            throw new ArgumentException($"A new {status} article needs the time it went live.", nameof(publishedAt));
        }

        if (status == ArticleStatus.Scheduled && publishAt is null)
        {
            throw new ArgumentException("A new scheduled article needs its due time.", nameof(publishAt));
        }

        var article = new Article
        {
            Title = Title,
            Slug = Slug,
            Status = status,
            AuthorId = authorId,
            AuthorName = authorName,
            PublishedAt = live ? publishedAt!.Value.ToUniversalTime() : null,
            PublishAt = status == ArticleStatus.Scheduled ? publishAt!.Value.ToUniversalTime() : null,
        };
        ApplyTo(article, renderer);
        return article;
    }

    /// <summary>
    /// Writes these fields onto an article as a save stores them (trimmed, slug made, HTML rendered). The CMS preview
    /// builds its article with this too, so what the editor sees is what a save will store.
    /// </summary>
    public void ApplyTo(Article article, MarkdownRenderer renderer)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(renderer);
        article.Title = Title.Trim();
        article.Slug = ArticleValidator.SlugFor(this);
        article.Lead = Lead.Trim();
        article.BodyMarkdown = BodyMarkdown;
        article.BodyHtml = renderer.ToHtml(BodyMarkdown);
        article.Iow = string.IsNullOrWhiteSpace(Iow) ? null : Iow.Trim();
        article.Language = Language;
        article.TranslationId = TranslationId;
        article.ReleaseId = ReleaseId;
        article.SeriesId = SeriesId;
        article.SeriesPart = SeriesId is null ? null : SeriesPart;
    }

    /// <summary>These fields with a revision's text restored (a revision keeps the text, not the links).</summary>
    public ArticleFields WithTextOf(ArticleRevision revision) => this with
    {
        Title = revision.Title,
        Slug = revision.Slug,
        Lead = revision.Lead,
        BodyMarkdown = revision.BodyMarkdown,
        Iow = revision.Iow,
    };
}
