using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Content.Reading;

/// <summary>
/// The one way from a query of articles to <see cref="ArticleTeaserView"/>s: the articles' own columns and their tag
/// ids in one single-table query (<see cref="ArticleTagLink.IdsOf"/>, a scalar subquery per row), and the names from
/// the instance's <see cref="TeaserCatalogue"/>.
/// </summary>
/// <remarks>
/// Why not one query joining tags, series and releases: PostgreSQL plans such a join anew on every execution (its
/// generic plan, made without the parameter values, hashes all of <c>article_tags</c> and is worse), and planning it
/// cost more than running it — about 0.8 ms of the database's time per list. A single-table statement with the tag
/// ids as a subquery of each row plans in microseconds, and its prepared plan is good for any parameter (ADR-009).
/// </remarks>
public sealed class ArticleTeasers(PortalDbContext db, ReleaseSnapshotSource snapshots)
{
    /// <summary>The teasers of <paramref name="articles"/> (already filtered, ordered and paged), in its order.</summary>
    public async Task<IReadOnlyList<ArticleTeaserView>> ListAsync(IQueryable<Article> articles, CancellationToken cancellationToken) =>
        await ViewsAsync(
            articles
                .Select(ArticleTagLink.InlineIds((Article a) => new ArticleTeaserRow(
                    a.Id, a.Slug, a.Title, a.Lead, a.Language, a.PublishedAt, a.ReleaseId, a.SeriesId, a.SeriesPart, ArticleTagLink.IdsOf(db, a))))
                .AsAsyncEnumerable(),
            cancellationToken);

    /// <summary>The teasers of rows a compiled query read, in their order.</summary>
    internal async Task<IReadOnlyList<ArticleTeaserView>> ViewsAsync(IAsyncEnumerable<ArticleTeaserRow> query, CancellationToken cancellationToken)
    {
        var rows = await RowsAsync(query, cancellationToken);
        return rows.Count == 0 ? [] : Views(rows, await NamesAsync(rows, cancellationToken));
    }

    /// <summary>The teasers of two lists on one page, with one look at the snapshot for both.</summary>
    internal async Task<(IReadOnlyList<ArticleTeaserView> First, IReadOnlyList<ArticleTeaserView> Second)> ViewsAsync(
        IAsyncEnumerable<ArticleTeaserRow> first, IAsyncEnumerable<ArticleTeaserRow> second, CancellationToken cancellationToken)
    {
        var firstRows = await RowsAsync(first, cancellationToken);
        var secondRows = await RowsAsync(second, cancellationToken);
        if (firstRows.Count + secondRows.Count == 0)
        {
            return ([], []);
        }

        var names = await NamesAsync([.. firstRows, .. secondRows], cancellationToken);
        return (Views(firstRows, names), Views(secondRows, names));
    }

    private static async Task<List<ArticleTeaserRow>> RowsAsync(IAsyncEnumerable<ArticleTeaserRow> query, CancellationToken cancellationToken)
    {
        var rows = new List<ArticleTeaserRow>();
        await foreach (var row in query.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        return rows;
    }

    private static List<ArticleTeaserView> Views(List<ArticleTeaserRow> rows, (ReleaseSnapshot Snapshot, ILookup<int, TagView> Tags) names)
    {
        var (snapshot, tags) = names;
        var catalogue = snapshot.Catalogue;
        return [.. rows.Select(r => new ArticleTeaserView(
            r.Id,
            r.Slug,
            r.Title,
            r.Lead,
            r.Language,
            r.PublishedAt,
            r.ReleaseId is { } release ? catalogue.ReleaseVersion(release) : null,
            [.. tags[r.Id]],
            r.SeriesId is { } series ? catalogue.Series(series) : null,
            r.SeriesPart))];
    }

    /// <summary>
    /// The tags of each of <paramref name="rows"/> in their fixed order, and a snapshot whose catalogue knows every tag,
    /// series and release they name: when one was written after the snapshot was read (on another instance, its change signal still on the way),
    /// the snapshot is read again rather than a list showing less.
    /// </summary>
    internal async Task<(ReleaseSnapshot Snapshot, ILookup<int, TagView> Tags)> NamesAsync(IReadOnlyCollection<ArticleTeaserRow> rows, CancellationToken cancellationToken)
    {
        // Once per article: the two lists of a page may hold the same one (the newest part of a series on the front page).
        List<(int ArticleId, int TagId)> tagsOfRows = [.. rows.DistinctBy(r => r.Id).SelectMany(r => (r.TagIds ?? []).Select(tagId => (r.Id, tagId)))];
        var snapshot = await snapshots.GetAsync(cancellationToken);
        if (!snapshot.Catalogue.Knows(rows, tagsOfRows))
        {
            snapshots.Invalidate();
            snapshot = await snapshots.GetAsync(cancellationToken);
        }

        var catalogue = snapshot.Catalogue;
        return (snapshot, tagsOfRows
            .Select(t => (t.ArticleId, Tag: catalogue.Tag(t.TagId)))
            .Where(t => t.Tag is not null)
            .OrderBy(t => t.Tag!.Position)
            .ToLookup(t => t.ArticleId, t => t.Tag!));
    }
}
