namespace KernelPortal.Core.Content;

/// <summary>
/// What a list shows of an article (front page, archive, tag, series and release pages): everything but the text,
/// so that a list of twenty never reads twenty bodies. Made by <see cref="Reading.ArticleTeasers"/>.
/// </summary>
/// <param name="Id">The article's id (a stable tie-break when dates are equal).</param>
/// <param name="Slug">Its address under /articles/.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lead">Its lead paragraph.</param>
/// <param name="Language">Its language.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="ReleaseVersion">The release it belongs to ("6.1"), if any.</param>
/// <param name="Tags">Its feature tags in their fixed order.</param>
/// <param name="Series">The series it is a part of, if any.</param>
/// <param name="SeriesPart">Its part number in that series.</param>
public sealed record ArticleTeaserView(
    int Id,
    string Slug,
    string Title,
    string Lead,
    Language Language,
    DateTimeOffset? PublishedAt,
    string? ReleaseVersion,
    IReadOnlyList<TagView> Tags,
    SeriesView? Series,
    int? SeriesPart);

/// <summary>A feature tag as lists show it.</summary>
/// <param name="Slug">Its address under /tags/.</param>
/// <param name="NameDe">German name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="Position">Its place in the fixed order of feature areas.</param>
public sealed record TagView(string Slug, string NameDe, string NameEn, int Position)
{
    /// <summary>The name in the reader's language.</summary>
    public string Name(Language language) => language == Language.De ? NameDe : NameEn;
}

/// <summary>A series as an article's teaser names it.</summary>
/// <param name="Slug">Its address under /series/.</param>
/// <param name="Title">Its title.</param>
/// <param name="ReleaseId">The release the series is about, if any.</param>
public sealed record SeriesView(string Slug, string Title, int? ReleaseId);
