namespace KernelPortal.Core.Content.Reading;

/// <summary>What the front page shows of the articles: the newest ones and the series being written.</summary>
/// <param name="Latest">The newest visible articles.</param>
/// <param name="Series">The two series with the most recently published parts, each with its visible parts in order.</param>
public sealed record FrontPageArticles(IReadOnlyList<ArticleTeaserView> Latest, IReadOnlyList<(SeriesView Series, IReadOnlyList<ArticleTeaserView> Parts)> Series);

/// <summary>One month of the archive with its article count.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">The month, 1–12.</param>
/// <param name="Count">Visible articles of the edition published in it.</param>
public sealed record ArchiveMonth(int Year, int Month, int Count);

/// <summary>A page of the archive.</summary>
/// <param name="Months">Every month with articles (the navigation), in no particular order.</param>
/// <param name="Articles">The page's articles, newest first.</param>
/// <param name="Page">The page number shown.</param>
/// <param name="Pages">How many pages the selection has.</param>
public sealed record ArchivePageView(IReadOnlyList<ArchiveMonth> Months, IReadOnlyList<ArticleTeaserView> Articles, int Page, int Pages);

/// <summary>A tag's page: the tag and one page of its articles.</summary>
/// <param name="Tag">The tag (not tracked).</param>
/// <param name="Articles">The page's articles, newest first.</param>
/// <param name="Page">The page number shown.</param>
/// <param name="Pages">How many pages the tag's articles fill.</param>
public sealed record TagPageView(FeatureTag Tag, IReadOnlyList<ArticleTeaserView> Articles, int Page, int Pages);

/// <summary>A series' page: the series (with its release) and its visible parts in order.</summary>
/// <param name="Series">The series (not tracked).</param>
/// <param name="Parts">Its visible parts.</param>
public sealed record SeriesPageView(Series Series, IReadOnlyList<ArticleTeaserView> Parts);

/// <summary>One tag on the topics index.</summary>
/// <param name="Slug">Its address.</param>
/// <param name="NameDe">German name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DescriptionDe">German description.</param>
/// <param name="DescriptionEn">English description.</param>
/// <param name="Articles">Visible articles with the tag.</param>
/// <param name="LatestSlug">The newest one's address.</param>
/// <param name="LatestTitle">The newest one's title.</param>
/// <param name="LatestAt">When the newest one was published.</param>
public sealed record TagIndexEntry(string Slug, string NameDe, string NameEn, string? DescriptionDe, string? DescriptionEn, int Articles, string? LatestSlug, string? LatestTitle, DateTimeOffset? LatestAt);

/// <summary>A series part as the series index lists it.</summary>
/// <param name="Slug">Its address.</param>
/// <param name="Title">Its title.</param>
/// <param name="SeriesPart">Its number in the series.</param>
/// <param name="PublishedAt">When it was published.</param>
public sealed record SeriesIndexPart(string Slug, string Title, int? SeriesPart, DateTimeOffset? PublishedAt);

/// <summary>One series on the series index.</summary>
/// <param name="Series">The series with its release (not tracked).</param>
/// <param name="Parts">Its visible parts in order.</param>
/// <param name="Complete">Whether its release is out and every part is visible.</param>
public sealed record SeriesIndexEntry(Series Series, IReadOnlyList<SeriesIndexPart> Parts, bool Complete);

/// <summary>An article's page.</summary>
/// <param name="Article">The article with tags, release and series (not tracked).</param>
/// <param name="Translation">Its visible translation, if any (its slug and language only).</param>
/// <param name="Parts">The visible parts of its series, in order (empty outside a series).</param>
/// <param name="RevisedAt">The last content save (a revision), not the row's audit stamp.</param>
public sealed record ArticlePageView(Article Article, Article? Translation, IReadOnlyList<ArticleTeaserView> Parts, DateTimeOffset? RevisedAt)
{
    /// <summary>The first library image the article's HTML shows, for <c>og:image</c> and JSON-LD; <c>null</c> when it shows none.</summary>
    public Media.MediaAddress? Picture { get; } = Markdown.ImageReferences.FirstLibraryImage(Article.BodyHtml);
}

/// <summary>What the API's article list found.</summary>
public enum ArticleListOutcome
{
    /// <summary>The filters name what exists; the page may still be empty.</summary>
    Found,

    /// <summary>No tag has the slug asked for.</summary>
    UnknownTag,

    /// <summary>No release has the version asked for.</summary>
    UnknownRelease,
}

/// <summary>A page of the API's article list.</summary>
/// <param name="Outcome">Whether the filters named something that exists.</param>
/// <param name="Total">How many articles match, over all pages.</param>
/// <param name="Articles">This page's articles.</param>
public sealed record ArticleListView(ArticleListOutcome Outcome, int Total, IReadOnlyList<ArticleTeaserView> Articles);

/// <summary>A tag with its visible article count, as the API lists it.</summary>
/// <param name="Slug">Its address.</param>
/// <param name="NameDe">German name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DescriptionDe">German description.</param>
/// <param name="DescriptionEn">English description.</param>
/// <param name="Articles">Visible articles with the tag.</param>
public sealed record TagCount(string Slug, string NameDe, string NameEn, string? DescriptionDe, string? DescriptionEn, int Articles);

/// <summary>An article as the sitemap lists it.</summary>
/// <param name="Slug">Its address under /articles/.</param>
/// <param name="UpdatedAt">Its last change.</param>
public sealed record SitemapArticle(string Slug, DateTimeOffset UpdatedAt);

/// <summary>Everything public the sitemap lists.</summary>
/// <param name="Articles">Visible articles.</param>
/// <param name="Releases">Release versions.</param>
/// <param name="Tags">Tag slugs.</param>
/// <param name="Series">Series slugs.</param>
public sealed record SitemapView(IReadOnlyList<SitemapArticle> Articles, IReadOnlyList<string> Releases, IReadOnlyList<string> Tags, IReadOnlyList<string> Series);
