using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Content.Reading;

/// <summary>
/// What the Atom and RSS feeds carry: the newest visible articles of a scope (all, an edition, a tag, a release, a
/// series) and Linus' announcements. Each article list is one single-table projection — the fields an entry shows
/// its last revision's time and its tag ids — with the tag names from the snapshot's catalogue (<see
/// cref="ArticleTeasers"/>, ADR-009), and the texts from <see cref="ArticleBodyCache"/> at the version the list read:
/// a feed of full texts costs one query (two when texts changed), not one per include, and reads a text once per edit.
/// </summary>
public sealed class FeedReads(PortalDbContext db, ArticleTeasers teasers, ArticleBodyCache bodies, TimeProvider clock)
{
    /// <summary>Articles per feed: the newest twenty, in full text (ADR-011).</summary>
    public const int MaxEntries = 20;

    /// <summary>Announcements in the release feed: short entries (a subject and a link), about six cycles' worth.</summary>
    public const int MaxAnnouncements = 50;

    private IQueryable<Article> Visible => db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow());

    // The feeds every reader polls — all articles and each tag's — are compiled once (CompiledPerModel says why); the
    // rarer scopes (an edition, a release, a series) are composed per call. The entry's projection is the one of
    // NewestAsync: a compiled query's expression must be whole.
    private static readonly CompiledPerModel<Func<PortalDbContext, DateTimeOffset, IAsyncEnumerable<FeedArticleRow>>> AllQuery = new(() =>
        EF.CompileAsyncQuery(ArticleTagLink.InlineIds(ArticleVisibility.Inline((PortalDbContext context, DateTimeOffset now) => context.Articles.AsNoTracking()
            .Where(a => ArticleVisibility.IsVisible(a, now))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(MaxEntries)
            .Select(a => new FeedArticleRow(
                new ArticleTeaserRow(a.Id, a.Slug, a.Title, a.Lead, a.Language, a.PublishedAt, a.ReleaseId, a.SeriesId, a.SeriesPart, ArticleTagLink.IdsOf(context, a)),
                a.ConcurrencyToken, a.AuthorName, a.Revisions.Max(r => (DateTimeOffset?)r.SavedAt)))))));

    // The tag filter is ArticleTagLink.WithTag's semi-join on article_tags, written out for the same reason.
    private static readonly CompiledPerModel<Func<PortalDbContext, DateTimeOffset, int, IAsyncEnumerable<FeedArticleRow>>> TagQuery = new(() =>
        EF.CompileAsyncQuery(ArticleTagLink.InlineIds(ArticleVisibility.Inline((PortalDbContext context, DateTimeOffset now, int tagId) => context.Articles.AsNoTracking()
            .Where(a => ArticleVisibility.IsVisible(a, now)
                && context.Set<Dictionary<string, object>>(ArticleTagLink.EntityName)
                    .Any(link => EF.Property<int>(link, ArticleTagLink.Article) == a.Id && EF.Property<int>(link, ArticleTagLink.Tag) == tagId))
            .OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).Take(MaxEntries)
            .Select(a => new FeedArticleRow(
                new ArticleTeaserRow(a.Id, a.Slug, a.Title, a.Lead, a.Language, a.PublishedAt, a.ReleaseId, a.SeriesId, a.SeriesPart, ArticleTagLink.IdsOf(context, a)),
                a.ConcurrencyToken, a.AuthorName, a.Revisions.Max(r => (DateTimeOffset?)r.SavedAt)))))));

    // A sequence of at most one row (slugs are unique), so that the request's cancellation reaches it.
    private static readonly CompiledPerModel<Func<PortalDbContext, string, IAsyncEnumerable<FeedTagRow>>> TagBySlugQuery = new(() =>
        EF.CompileAsyncQuery((PortalDbContext context, string slug) => context.FeatureTags.AsNoTracking()
            .Where(t => t.Slug == slug)
            .Select(t => new FeedTagRow(t.Id, t.NameDe, t.DescriptionDe))));

    /// <summary>All visible articles, or one edition's.</summary>
    public async Task<IReadOnlyList<FeedArticle>> ArticlesAsync(Language? language, CancellationToken cancellationToken) =>
        language is { } l
            ? await NewestAsync(Visible.Where(a => a.Language == l), cancellationToken)
            : await EntriesAsync(AllQuery.For(db)(db, clock.GetUtcNow()), cancellationToken);

    /// <summary>A tag's newest articles, or null when there is no such tag.</summary>
    public async Task<ScopedFeed?> TagAsync(string slug, CancellationToken cancellationToken)
    {
        if (!Slug.IsValid(slug))
        {
            return null;
        }

        FeedTagRow? tag = null;
        await foreach (var row in TagBySlugQuery.For(db)(db, slug).WithCancellation(cancellationToken))
        {
            tag = row;
        }

        return tag is null ? null : new ScopedFeed(tag.Name, tag.Description, null, await EntriesAsync(TagQuery.For(db)(db, clock.GetUtcNow(), tag.Id), cancellationToken));
    }

    /// <summary>A series' newest parts, or null when there is no such series.</summary>
    public async Task<ScopedFeed?> SeriesAsync(string slug, CancellationToken cancellationToken)
    {
        var series = Slug.IsValid(slug)
            ? await db.Series.AsNoTracking().Where(s => s.Slug == slug).Select(s => new { s.Id, s.Title, s.Description, s.Language }).SingleOrDefaultAsync(cancellationToken)
            : null;
        return series is null ? null : new ScopedFeed(series.Title, series.Description, series.Language, await NewestAsync(Visible.Where(a => a.SeriesId == series.Id), cancellationToken));
    }

    /// <summary>A release's newest articles and where its developer figures came from, or null when it is unknown.</summary>
    /// <param name="version">The release's version text ("6.1"), already checked.</param>
    /// <param name="cancellationToken">Cancels the queries.</param>
    public async Task<ReleaseFeed?> ReleaseAsync(string version, CancellationToken cancellationToken)
    {
        var release = await db.Releases.AsNoTracking().Where(r => r.VersionText == version).Select(r => new
        {
            r.Id,
            People = r.Statistics.Where(s => s.Source == StatisticsSource.GitMirror && s.People != null).Select(s => new { s.ComputedAt, s.FromVersion }).FirstOrDefault(),
        }).SingleOrDefaultAsync(cancellationToken);
        return release is null
            ? null
            : new ReleaseFeed(version, release.People?.FromVersion, release.People?.ComputedAt, await NewestAsync(Visible.Where(a => a.ReleaseId == release.Id), cancellationToken));
    }

    /// <summary>Linus' newest announcements, newest first.</summary>
    public async Task<IReadOnlyList<Announcement>> AnnouncementsAsync(CancellationToken cancellationToken) =>
        await db.Announcements.AsNoTracking().OrderByDescending(a => a.SentAtUtc).TakeConstant(MaxAnnouncements).ToListAsync(cancellationToken);

    private Task<IReadOnlyList<FeedArticle>> NewestAsync(IQueryable<Article> articles, CancellationToken cancellationToken) =>
        EntriesAsync(
            articles.OrderByDescending(a => a.PublishedAt).ThenByDescending(a => a.Id).TakeConstant(MaxEntries)
                .Select(ArticleTagLink.InlineIds((Article a) => new FeedArticleRow(
                    new ArticleTeaserRow(a.Id, a.Slug, a.Title, a.Lead, a.Language, a.PublishedAt, a.ReleaseId, a.SeriesId, a.SeriesPart, ArticleTagLink.IdsOf(db, a)),
                    a.ConcurrencyToken,
                    a.AuthorName,
                    // One max(saved_at) per entry: a correlated subquery the (article_id, saved_at) index answers with one
                    // index entry, never a GROUP BY over every revision ever saved.
                    a.Revisions.Max(r => (DateTimeOffset?)r.SavedAt))))
                .AsAsyncEnumerable(),
            cancellationToken);

    private async Task<IReadOnlyList<FeedArticle>> EntriesAsync(IAsyncEnumerable<FeedArticleRow> query, CancellationToken cancellationToken)
    {
        var rows = new List<FeedArticleRow>();
        await foreach (var row in query.WithCancellation(cancellationToken))
        {
            rows.Add(row);
        }

        if (rows.Count == 0)
        {
            return [];
        }

        var (_, tags) = await teasers.NamesAsync([.. rows.Select(r => r.Teaser)], cancellationToken);
        var texts = await bodies.BodiesAsync(db, [.. rows.Select(r => (r.Teaser.Id, r.Version))], cancellationToken);
        return [.. rows.Where(r => texts.ContainsKey(r.Teaser.Id)).Select(r => new FeedArticle(
            r.Teaser.Id, r.Teaser.Slug, r.Teaser.Title, r.Teaser.Lead, texts[r.Teaser.Id], r.AuthorName, r.Teaser.Language, r.Teaser.PublishedAt!.Value,
            r.LastRevisionAt,
            [.. tags[r.Teaser.Id].Select(t => t.Name(r.Teaser.Language))]))];
    }
}

/// <summary>
/// What a feed query reads of one entry's article: its teaser columns, the row's version (its text comes from
/// <see cref="ArticleBodyCache"/>), author and newest revision's time.
/// </summary>
internal sealed record FeedArticleRow(ArticleTeaserRow Teaser, uint Version, string AuthorName, DateTimeOffset? LastRevisionAt);

/// <summary>What a tag feed shows of its tag.</summary>
internal sealed record FeedTagRow(int Id, string Name, string? Description);

/// <summary>One feed entry's article.</summary>
/// <param name="Id">Its id (the entry id is made from it).</param>
/// <param name="Slug">Its address under /articles/.</param>
/// <param name="Title">Its title.</param>
/// <param name="Lead">Its lead, the entry's summary.</param>
/// <param name="BodyHtml">The sanitized HTML, the entry's content.</param>
/// <param name="AuthorName">Its author line.</param>
/// <param name="Language">Its language.</param>
/// <param name="PublishedAt">When it was published.</param>
/// <param name="LastRevisionAt">When its newest revision was saved, if it has any.</param>
/// <param name="Tags">Its tags' names in its language, in their fixed order.</param>
public sealed record FeedArticle(int Id, string Slug, string Title, string Lead, string BodyHtml, string AuthorName, Language Language, DateTimeOffset PublishedAt, DateTimeOffset? LastRevisionAt, IReadOnlyList<string> Tags)
{
    /// <summary>The entry's update time: the last revision when it came after publication, else the publication.</summary>
    public DateTimeOffset UpdatedAt => LastRevisionAt is { } last && last > PublishedAt ? last : PublishedAt;
}

/// <summary>A tag's or series' feed: its name, description, language (a series has one) and articles.</summary>
/// <param name="Name">The tag's German name or the series' title.</param>
/// <param name="Description">Its description, if it has one.</param>
/// <param name="Language">The series' language; null for a tag (both editions).</param>
/// <param name="Articles">The newest articles.</param>
public sealed record ScopedFeed(string Name, string? Description, Language? Language, IReadOnlyList<FeedArticle> Articles);

/// <summary>A release's feed.</summary>
/// <param name="Version">The release ("6.1").</param>
/// <param name="PeopleFromVersion">The release its developer figures count from, when git computed them.</param>
/// <param name="PeopleComputedAt">When they were computed.</param>
/// <param name="Articles">The newest articles about it.</param>
public sealed record ReleaseFeed(string Version, string? PeopleFromVersion, DateTimeOffset? PeopleComputedAt, IReadOnlyList<FeedArticle> Articles);
