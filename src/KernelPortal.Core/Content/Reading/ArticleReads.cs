using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Content.Reading;

/// <summary>
/// The public pages' article queries, in one place: every one applies the visibility rule as of the injected clock
/// (<see cref="ArticleVisibility.VisibleAt"/>, or <see cref="ArticleVisibility.IsVisible"/> in the compiled ones, ADR-010),
/// reads without tracking and selects what the page shows (<see cref="ArticleTeasers"/> for lists). Pages call these
/// and render; they do not query.
/// </summary>
public sealed class ArticleReads(PortalDbContext db, ArticleTeasers teasers, TimeProvider clock, NewsroomZone newsroom)
{
    /// <summary>Articles per page on the archive and tag pages (the <c>?page=</c> lists).</summary>
    public const int PageSize = 20;

    private IQueryable<Article> Visible => db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow());

    /// <summary>The newest articles on the front page.</summary>
    public const int FrontPageLatest = 6;

    // The queries every uncached front page, article page and release page run, compiled once (CompiledPerModel says
    // why); the visibility rule is put into them by ArticleVisibility.Inline.
    // The count is a constant, not a parameter: with "LIMIT $2" PostgreSQL never takes the prepared statement's generic
    // plan (it guesses a tenth of the table for an unknown limit) and plans the statement on every execution.
    private static readonly CompiledPerModel<Func<PortalDbContext, DateTimeOffset, IAsyncEnumerable<ArticleTeaserRow>>> NewestQuery = new(() =>
        EF.CompileAsyncQuery(ArticleTagLink.InlineIds(ArticleVisibility.Inline((PortalDbContext context, DateTimeOffset now) => context.Articles.AsNoTracking()
            .Where(a => ArticleVisibility.IsVisible(a, now))
            .OrderByDescending(a => a.PublishedAt).Take(FrontPageLatest)
            .Select(a => new ArticleTeaserRow(a.Id, a.Slug, a.Title, a.Lead, a.Language, a.PublishedAt, a.ReleaseId, a.SeriesId, a.SeriesPart, ArticleTagLink.IdsOf(context, a)))))));

    // The series with the most recently published parts come first; only those two series' parts are read (the
    // choice is a subquery of the parts' query, an index-only scan of (status, series_id, published_at)).
    private static readonly CompiledPerModel<Func<PortalDbContext, DateTimeOffset, IAsyncEnumerable<ArticleTeaserRow>>> LatestSeriesPartsQuery = new(() =>
        EF.CompileAsyncQuery(ArticleTagLink.InlineIds(ArticleVisibility.Inline((PortalDbContext context, DateTimeOffset now) => context.Articles.AsNoTracking()
            .Where(a => ArticleVisibility.IsVisible(a, now) && a.SeriesId != null
                && context.Articles
                    .Where(s => ArticleVisibility.IsVisible(s, now) && s.SeriesId != null)
                    .GroupBy(s => s.SeriesId)
                    .Select(g => new { SeriesId = g.Key, Latest = g.Max(s => s.PublishedAt) })
                    .OrderByDescending(g => g.Latest).Take(2)
                    .Select(g => g.SeriesId!.Value)
                    .Contains(a.SeriesId.Value))
            .OrderBy(a => a.SeriesPart)
            .Select(a => new ArticleTeaserRow(a.Id, a.Slug, a.Title, a.Lead, a.Language, a.PublishedAt, a.ReleaseId, a.SeriesId, a.SeriesPart, ArticleTagLink.IdsOf(context, a)))))));

    // A sequence (of at most one row: slugs are unique) rather than a single result, so that the request's cancellation
    // reaches it.
    private static readonly CompiledPerModel<Func<PortalDbContext, string, DateTimeOffset, IAsyncEnumerable<ArticlePageRow>>> ArticleQuery = new(() =>
        EF.CompileAsyncQuery(ArticleTagLink.InlineIds(ArticleVisibility.Inline((PortalDbContext context, string slug, DateTimeOffset now) => context.Articles.AsNoTracking()
            .Where(a => ArticleVisibility.IsVisible(a, now) && a.Slug == slug)
            .Select(a => new ArticlePageRow(
                a.Id, a.Slug, a.Title, a.Lead, a.BodyHtml, a.Iow, a.Language, a.Status, a.PublishAt, a.PublishedAt,
                a.AuthorName, a.ReleaseId, a.SeriesId, a.SeriesPart, a.IsGenerated, a.CreatedAt, a.UpdatedAt,
                a.Revisions.Max(r => (DateTimeOffset?)r.SavedAt),
                context.Articles.Where(t => ArticleVisibility.IsVisible(t, now) && t.Id == a.TranslationId).Select(t => t.Slug).FirstOrDefault(),
                ArticleTagLink.IdsOf(context, a)))))));

    private static readonly CompiledPerModel<Func<PortalDbContext, DateTimeOffset, int, IAsyncEnumerable<ArticleTeaserRow>>> SeriesPartsQuery = new(() =>
        EF.CompileAsyncQuery(ArticleTagLink.InlineIds(ArticleVisibility.Inline((PortalDbContext context, DateTimeOffset now, int seriesId) => context.Articles.AsNoTracking()
            .Where(a => ArticleVisibility.IsVisible(a, now) && a.SeriesId == seriesId)
            .OrderBy(a => a.SeriesPart)
            .Select(a => new ArticleTeaserRow(a.Id, a.Slug, a.Title, a.Lead, a.Language, a.PublishedAt, a.ReleaseId, a.SeriesId, a.SeriesPart, ArticleTagLink.IdsOf(context, a)))))));

    // Without the lead, which the release page does not show (ForReleaseAsync).
    private static readonly CompiledPerModel<Func<PortalDbContext, DateTimeOffset, int, IAsyncEnumerable<ArticleTeaserRow>>> ReleaseArticlesQuery = new(() =>
        EF.CompileAsyncQuery(ArticleTagLink.InlineIds(ArticleVisibility.Inline((PortalDbContext context, DateTimeOffset now, int releaseId) => context.Articles.AsNoTracking()
            .Where(a => ArticleVisibility.IsVisible(a, now) && a.ReleaseId == releaseId)
            .OrderByDescending(a => a.PublishedAt)
            .Select(a => new ArticleTeaserRow(a.Id, a.Slug, a.Title, string.Empty, a.Language, a.PublishedAt, a.ReleaseId, a.SeriesId, a.SeriesPart, ArticleTagLink.IdsOf(context, a)))))));

    /// <summary>
    /// Page <paramref name="page"/> (from 1) of <see cref="PageSize"/> articles. The limit is a number in the SQL, and the
    /// first page — the one nearly every reader and crawler asks for — has no offset: for a "LIMIT $n" or "OFFSET $n" it
    /// cannot see, PostgreSQL plans the prepared statement on every execution (<see cref="ConstantLimit"/>).
    /// </summary>
    private static IQueryable<Article> Page(IOrderedQueryable<Article> ordered, int page) =>
        page == 1 ? ordered.TakeConstant(PageSize) : ordered.Skip((page - 1) * PageSize).TakeConstant(PageSize);

    /// <summary>The front page's <see cref="FrontPageLatest"/> newest articles and the two series being written now.</summary>
    public async Task<FrontPageArticles> FrontPageAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var (articles, parts) = await teasers.ViewsAsync(NewestQuery.For(db)(db, now), LatestSeriesPartsQuery.For(db)(db, now), cancellationToken);
        var series = parts.Where(a => a.Series is not null).GroupBy(a => a.Series!.Slug)
            .OrderByDescending(g => g.Max(a => a.PublishedAt))
            .Select(g => (g.First().Series!, (IReadOnlyList<ArticleTeaserView>)[.. g]))
            .ToList();
        return new FrontPageArticles(articles, series);
    }

    /// <summary>
    /// A release's visible articles, grouped as its page lists them. Their teasers carry no lead (<see
    /// cref="ArticleTeaserView.Lead"/> is empty): the page lists titles only, and the leads of forty articles were a
    /// tenth of its database time and of what its render allocated.
    /// </summary>
    public async Task<ReleaseArticlesView> ForReleaseAsync(int releaseId, CancellationToken cancellationToken) =>
        ReleaseArticlesView.Of(releaseId, await teasers.ViewsAsync(ReleaseArticlesQuery.For(db)(db, clock.GetUtcNow(), releaseId), cancellationToken));

    /// <summary>
    /// A page of the edition's archive, optionally of one year or month, with the month navigation. Months are the
    /// newsroom's (<see cref="NewsroomZone"/>): an article published at 00:30 on 1 December in Berlin is filed under
    /// December, as its page dates it.
    /// </summary>
    public async Task<ArchivePageView> ArchiveAsync(Language language, int? year, int? month, int page, CancellationToken cancellationToken)
    {
        var edition = Visible.Where(a => a.Language == language);
        var zone = newsroom.Id;
        var months = await edition
            .Select(a => TimeZoneInfo.ConvertTimeBySystemTimeZoneId(a.PublishedAt!.Value.UtcDateTime, zone))
            .GroupBy(local => new { local.Year, local.Month })
            .Select(g => new ArchiveMonth(g.Key.Year, g.Key.Month, g.Count()))
            .ToListAsync(cancellationToken);
        var query = edition;
        if (year is { } y)
        {
            var first = new DateOnly(y, month ?? 1, 1);
            var from = newsroom.StartOf(first);
            var to = newsroom.StartOf(month is null ? first.AddYears(1) : first.AddMonths(1));
            query = query.Where(a => a.PublishedAt >= from && a.PublishedAt < to);
        }

        // The months already count every visible article of the edition: the selection's total is their sum, not a
        // second scan of the edition (at 100,000 articles each scan is about 40 ms).
        var total = months.Where(m => (year is null || m.Year == year) && (month is null || m.Month == month)).Sum(m => m.Count);
        var articles = await teasers.ListAsync(Page(query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id), page), cancellationToken);
        return new ArchivePageView(months, articles, page, (total + PageSize - 1) / PageSize);
    }

    /// <summary>
    /// The API's list: visible articles newest first, a page of <see cref="PageSize"/>, narrowed to an edition, a tag
    /// and a release; an unknown tag or release is said as such rather than answered with an empty page.
    /// </summary>
    /// <param name="language">Only this edition, or both.</param>
    /// <param name="tagSlug">Only articles with this tag (a valid slug), or any.</param>
    /// <param name="releaseVersion">Only articles about this release ("6.1", already checked), or any.</param>
    /// <param name="page">The page, from 1.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<ArticleListView> ListAsync(Language? language, string? tagSlug, string? releaseVersion, int page, CancellationToken cancellationToken)
    {
        var query = language is { } l ? Visible.Where(a => a.Language == l) : Visible;
        if (tagSlug is not null)
        {
            if (await db.FeatureTags.Where(t => t.Slug == tagSlug).Select(t => (int?)t.Id).SingleOrDefaultAsync(cancellationToken) is not { } tagId)
            {
                return new ArticleListView(ArticleListOutcome.UnknownTag, 0, []);
            }

            query = query.WithTag(db, tagId);
        }

        if (releaseVersion is not null)
        {
            if (!await db.Releases.AnyAsync(r => r.VersionText == releaseVersion, cancellationToken))
            {
                return new ArticleListView(ArticleListOutcome.UnknownRelease, 0, []);
            }

            query = query.Where(a => a.Release != null && a.Release.VersionText == releaseVersion);
        }

        var total = await query.CountAsync(cancellationToken);
        var articles = await teasers.ListAsync(Page(query.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id), page), cancellationToken);
        return new ArticleListView(ArticleListOutcome.Found, total, articles);
    }

    /// <summary>Every tag in its fixed order with its visible article count.</summary>
    public async Task<IReadOnlyList<TagCount>> TagCountsAsync(CancellationToken cancellationToken)
    {
        var visible = Visible;
        return await db.FeatureTags.AsNoTracking().OrderBy(t => t.Position)
            .Select(t => new TagCount(t.Slug, t.NameDe, t.NameEn, t.DescriptionDe, t.DescriptionEn, visible.Count(a => a.Tags.Any(x => x.Id == t.Id))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>What the sitemap lists: every visible article with its last change, every release, tag and series.</summary>
    public async Task<SitemapView> SitemapAsync(CancellationToken cancellationToken) => new(
        await Visible.Select(a => new SitemapArticle(a.Slug, a.UpdatedAt)).ToListAsync(cancellationToken),
        await db.Releases.AsNoTracking().Select(r => r.VersionText).ToListAsync(cancellationToken),
        await db.FeatureTags.AsNoTracking().Select(t => t.Slug).ToListAsync(cancellationToken),
        await db.Series.AsNoTracking().Select(s => s.Slug).ToListAsync(cancellationToken));

    /// <summary>A tag's page of articles, newest first; null for an unknown or malformed slug.</summary>
    public async Task<TagPageView?> TagAsync(string slug, int page, CancellationToken cancellationToken)
    {
        var tag = Slug.IsValid(slug) ? await db.FeatureTags.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, cancellationToken) : null;
        if (tag is null)
        {
            return null;
        }

        var query = Visible.WithTag(db, tag.Id);
        var pages = (await query.CountAsync(cancellationToken) + PageSize - 1) / PageSize;
        var articles = await teasers.ListAsync(Page(query.OrderByDescending(a => a.PublishedAt), page), cancellationToken);
        return new TagPageView(tag, articles, page, pages);
    }

    /// <summary>A series with its release and visible parts; null for an unknown or malformed slug.</summary>
    public async Task<SeriesPageView?> SeriesAsync(string slug, CancellationToken cancellationToken)
    {
        var series = Slug.IsValid(slug)
            ? await db.Series.AsNoTracking().Include(s => s.Release).SingleOrDefaultAsync(s => s.Slug == slug, cancellationToken)
            : null;
        if (series is null)
        {
            return null;
        }

        var parts = await teasers.ListAsync(Visible.Where(a => a.SeriesId == series.Id).OrderBy(a => a.SeriesPart), cancellationToken);
        return new SeriesPageView(series, parts);
    }

    /// <summary>Every tag with its visible article count and newest article, by German name.</summary>
    public async Task<IReadOnlyList<TagIndexEntry>> TagIndexAsync(CancellationToken cancellationToken)
    {
        var visible = Visible;
        return await db.FeatureTags.AsNoTracking()
            .OrderBy(t => t.NameDe)
            .Select(t => new TagIndexEntry(
                t.Slug, t.NameDe, t.NameEn, t.DescriptionDe, t.DescriptionEn,
                visible.Count(a => a.Tags.Any(x => x.Id == t.Id)),
                visible.Where(a => a.Tags.Any(x => x.Id == t.Id)).OrderByDescending(a => a.PublishedAt).Select(a => a.Slug).FirstOrDefault(),
                visible.Where(a => a.Tags.Any(x => x.Id == t.Id)).OrderByDescending(a => a.PublishedAt).Select(a => a.Title).FirstOrDefault(),
                visible.Where(a => a.Tags.Any(x => x.Id == t.Id)).Max(a => a.PublishedAt)))
            .ToListAsync(cancellationToken);
    }

    /// <summary>Every series with a visible part, newest part first, with whether it is complete.</summary>
    public async Task<IReadOnlyList<SeriesIndexEntry>> SeriesIndexAsync(CancellationToken cancellationToken)
    {
        var series = await db.Series.AsNoTracking().Include(s => s.Release).ToListAsync(cancellationToken);
        // Titles and slugs only: a list needs no bodies. Every part counts for completeness, the visible ones are shown.
        var partsPerSeries = await db.Articles.AsNoTracking().Where(a => a.SeriesId != null)
            .GroupBy(a => a.SeriesId).Select(g => new { SeriesId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(g => g.SeriesId!.Value, g => g.Count, cancellationToken);
        var shown = await Visible.Where(a => a.SeriesId != null)
            .Select(a => new { a.SeriesId, Part = new SeriesIndexPart(a.Slug, a.Title, a.SeriesPart, a.PublishedAt) })
            .ToListAsync(cancellationToken);
        return [.. series
            .Select(s =>
            {
                List<SeriesIndexPart> parts = [.. shown.Where(a => a.SeriesId == s.Id).Select(a => a.Part).OrderBy(a => a.SeriesPart).ThenBy(a => a.PublishedAt)];
                return new SeriesIndexEntry(s, parts, s.Release?.ReleasedOn is not null && parts.Count == partsPerSeries.GetValueOrDefault(s.Id));
            })
            .Where(e => e.Parts.Count > 0)
            .OrderByDescending(e => e.Parts.Max(p => p.PublishedAt))];
    }

    /// <summary>A visible article with what its page shows around it; null for an unknown slug.</summary>
    /// <remarks>
    /// One single-table query with the last revision's time as a correlated subquery, not the entity with its
    /// includes: loading the entity would read and parse both search vectors (larger than the text itself), and a
    /// join with the tags is planned anew on every request (ADR-009). The <see cref="Article"/> handed to the page is
    /// built from that row, untracked, with its tags, release and series taken from the snapshot; its
    /// <see cref="Article.BodyMarkdown"/> is empty.
    /// </remarks>
    public async Task<ArticlePageView?> ArticleAsync(string slug, CancellationToken cancellationToken)
    {
        if (slug.Length > Slug.MaxLength)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        ArticlePageRow? row = null;
        await foreach (var found in ArticleQuery.For(db)(db, slug, now).WithCancellation(cancellationToken))
        {
            row = found;
        }

        if (row is null)
        {
            return null;
        }

        var (snapshot, tags) = await teasers.NamesAsync(
            [new ArticleTeaserRow(row.Id, row.Slug, row.Title, row.Lead, row.Language, row.PublishedAt, row.ReleaseId, row.SeriesId, row.SeriesPart, row.TagIds)],
            cancellationToken);
        var catalogue = snapshot.Catalogue;
        var article = new Article
        {
            Id = row.Id, Slug = row.Slug, Title = row.Title, Lead = row.Lead, BodyHtml = row.BodyHtml,
            Iow = row.Iow, Language = row.Language, Status = row.Status, PublishAt = row.PublishAt, PublishedAt = row.PublishedAt,
            AuthorName = row.AuthorName, ReleaseId = row.ReleaseId, SeriesId = row.SeriesId, SeriesPart = row.SeriesPart,
            IsGenerated = row.IsGenerated, CreatedAt = row.CreatedAt, UpdatedAt = row.UpdatedAt,
            Release = row.ReleaseId is { } releaseId && catalogue.ReleaseVersion(releaseId) is { } version ? snapshot.Find(version) : null,
            Series = row.SeriesId is { } seriesId && catalogue.Series(seriesId) is { } series
                ? new Series { Slug = series.Slug, Title = series.Title, ReleaseId = series.ReleaseId }
                : null,
        };
        article.Tags.AddRange(tags[row.Id].Select(t => new FeatureTag { Slug = t.Slug, NameDe = t.NameDe, NameEn = t.NameEn, Position = t.Position }));
        var translation = row.TranslationSlug is { } translationSlug
            ? new Article { Slug = translationSlug, Title = string.Empty, Language = row.Language.Other() }
            : null;
        IReadOnlyList<ArticleTeaserView> parts = row.SeriesId is { } partsOf
            ? await teasers.ViewsAsync(SeriesPartsQuery.For(db)(db, now, partsOf), cancellationToken)
            : [];
        return new ArticlePageView(article, translation, parts, row.RevisedAt);
    }
}

/// <summary>
/// The article page's one row: the article's own columns but its Markdown (the page shows the HTML; the Markdown is as
/// long again and only the CMS needs it), its last revision's time and its visible translation's slug.
/// </summary>
internal sealed record ArticlePageRow(
    int Id, string Slug, string Title, string Lead, string BodyHtml, string? Iow, Language Language, ArticleStatus Status,
    DateTimeOffset? PublishAt, DateTimeOffset? PublishedAt, string AuthorName, int? ReleaseId, int? SeriesId, int? SeriesPart, bool IsGenerated,
    DateTimeOffset CreatedAt, DateTimeOffset UpdatedAt, DateTimeOffset? RevisedAt, string? TranslationSlug, int[]? TagIds);
