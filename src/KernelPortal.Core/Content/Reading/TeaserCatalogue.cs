namespace KernelPortal.Core.Content.Reading;

/// <summary>
/// The names a teaser shows beside an article's own columns — its tags, its series and its release's version — by
/// id. Tags, series and releases change a few times a week, so the catalogue is part of the instance's snapshot
/// (<see cref="Releases.ReleaseSnapshot.Catalogue"/>) and a list's query reads article columns only.
/// </summary>
public sealed class TeaserCatalogue(
    IReadOnlyDictionary<int, TagView> tags,
    IReadOnlyDictionary<int, SeriesView> series,
    IReadOnlyDictionary<int, string> releaseVersions)
{
    /// <summary>A tag by id, or null when the catalogue does not know it (yet).</summary>
    public TagView? Tag(int id) => tags.GetValueOrDefault(id);

    /// <summary>A series by id, or null when the catalogue does not know it (yet).</summary>
    public SeriesView? Series(int id) => series.GetValueOrDefault(id);

    /// <summary>A release's version text ("6.1") by id, or null when the catalogue does not know it (yet).</summary>
    public string? ReleaseVersion(int id) => releaseVersions.GetValueOrDefault(id);

    /// <summary>
    /// Whether every tag, series and release these rows name is known: a row written after the snapshot was read (on
    /// another instance, its change signal still on the way) may name one that is not.
    /// </summary>
    internal bool Knows(IEnumerable<ArticleTeaserRow> rows, IEnumerable<(int ArticleId, int TagId)> tagsOfRows) =>
        rows.All(r => (r.SeriesId is not { } s || series.ContainsKey(s)) && (r.ReleaseId is not { } v || releaseVersions.ContainsKey(v)))
        && tagsOfRows.All(t => tags.ContainsKey(t.TagId));
}

/// <summary>An article's own teaser columns, as the list query reads them.</summary>
/// <param name="Id">The article's id.</param>
/// <param name="Slug">Its address.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lead">Its lead paragraph.</param>
/// <param name="Language">Its language.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="ReleaseId">Its release, if any.</param>
/// <param name="SeriesId">Its series, if any.</param>
/// <param name="SeriesPart">Its part number in the series.</param>
/// <param name="TagIds">Its tags' ids (<see cref="Data.ArticleTagLink.IdsOf"/>); null when it has none.</param>
internal sealed record ArticleTeaserRow(
    int Id, string Slug, string Title, string Lead, Language Language, DateTimeOffset? PublishedAt, int? ReleaseId, int? SeriesId, int? SeriesPart, int[]? TagIds);
