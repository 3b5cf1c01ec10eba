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
