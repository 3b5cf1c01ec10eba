using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Editorial;

/// <summary>The filters of the CMS's article list; empty values filter nothing.</summary>
/// <param name="Text">Part of the title or slug.</param>
/// <param name="Status">Only this status.</param>
/// <param name="ReleaseId">Only articles on this release.</param>
/// <param name="TagId">Only articles with this tag.</param>
/// <param name="Language">Only this language.</param>
/// <param name="Author">Only this author's name.</param>
/// <param name="GeneratedOnly">Only drafts the ingestion generated.</param>
public sealed record ArticleListFilter(string Text, ArticleStatus? Status, int? ReleaseId, int? TagId, Language? Language, string Author, bool GeneratedOnly);

/// <summary>One row of the CMS's article list.</summary>
/// <param name="Id">The article.</param>
/// <param name="Title">Its title.</param>
/// <param name="Status">Its workflow status.</param>
/// <param name="Language">Its language.</param>
/// <param name="Release">The release it is about ("6.1").</param>
/// <param name="AuthorName">Who wrote it.</param>
/// <param name="IsGenerated">Whether ingestion generated it.</param>
/// <param name="UpdatedAt">Its last change.</param>
/// <param name="PublishAt">Its scheduled time.</param>
public sealed record ArticleListRow(int Id, string Title, ArticleStatus Status, Language Language, string? Release, string AuthorName, bool IsGenerated, DateTimeOffset UpdatedAt, DateTimeOffset? PublishAt);

/// <summary>What the article list's filter menus offer.</summary>
/// <param name="Releases">Releases that have articles, newest first.</param>
/// <param name="Tags">Every tag in its order.</param>
/// <param name="Authors">Every author name, alphabetically.</param>
public sealed record ArticleListChoices(IReadOnlyList<Release> Releases, IReadOnlyList<FeatureTag> Tags, IReadOnlyList<string> Authors);

/// <summary>What the editor's menus offer.</summary>
/// <param name="Releases">Every release, newest first.</param>
/// <param name="Series">Every series by title.</param>
/// <param name="Tags">Every tag in its order.</param>
public sealed record EditorChoices(IReadOnlyList<Release> Releases, IReadOnlyList<Series> Series, IReadOnlyList<FeatureTag> Tags);

/// <summary>The ingestion page: the newest runs and, when the release data is stale, the last good and bad run.</summary>
/// <param name="Runs">The newest 50 runs.</param>
/// <param name="Stale">Why the release data is stale, or null.</param>
/// <param name="LastSuccess">The last successful run (only when stale).</param>
/// <param name="LastFailure">The last failed run (only when stale).</param>
public sealed record IngestionOverview(IReadOnlyList<IngestionRun> Runs, StaleData? Stale, IngestionRun? LastSuccess, IngestionRun? LastFailure);

/// <summary>
/// The CMS pages' reads, in one place. The CMS pages are interactive components living as long as a circuit, so each
/// read opens its own short-lived context; everything is read without tracking.
/// </summary>
public sealed class CmsReads(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>Rows the article list shows at most.</summary>
    public const int ArticleListSize = 100;

    /// <summary>Every release, newest first.</summary>
    public async Task<IReadOnlyList<Release>> ReleasesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return NewestFirst(await db.Releases.AsNoTracking().ToListAsync(cancellationToken));
    }

    /// <summary>Every tag in its order with how many articles (of any status) carry it.</summary>
    public async Task<IReadOnlyList<(FeatureTag Tag, int Articles)>> TagsWithCountsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.FeatureTags.AsNoTracking().OrderBy(t => t.Position).Select(t => new { Tag = t, Count = t.Articles.Count }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Tag, r.Count))];
    }

    /// <summary>Every series by title, with its release and how many parts (of any status) it has.</summary>
    public async Task<IReadOnlyList<(Series Series, int Parts)>> SeriesWithPartsAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Series.AsNoTracking().Include(s => s.Release).OrderBy(s => s.Title).Select(s => new { Series = s, Parts = s.Articles.Count }).ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Series, r.Parts))];
    }

    /// <summary>The editor's menus: releases, series, tags.</summary>
    public async Task<EditorChoices> EditorChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new EditorChoices(
            NewestFirst(await db.Releases.AsNoTracking().ToListAsync(cancellationToken)),
            await db.Series.AsNoTracking().OrderBy(s => s.Title).ToListAsync(cancellationToken),
            await db.FeatureTags.AsNoTracking().OrderBy(t => t.Position).ToListAsync(cancellationToken));
    }

    /// <summary>The slug of an article (any status), or null.</summary>
    public async Task<string?> SlugOfAsync(int articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.Where(a => a.Id == articleId).Select(a => a.Slug).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>The id of the article with this slug (any status), or null.</summary>
    public async Task<int?> IdOfSlugAsync(string slug, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.Where(a => a.Slug == slug).Select(a => (int?)a.Id).SingleOrDefaultAsync(cancellationToken);
    }

    /// <summary>What the article list's filters offer.</summary>
    public async Task<ArticleListChoices> ArticleListChoicesAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return new ArticleListChoices(
            NewestFirst(await db.Releases.AsNoTracking().Where(r => r.Articles.Any()).ToListAsync(cancellationToken)),
            await db.FeatureTags.AsNoTracking().OrderBy(t => t.Position).ToListAsync(cancellationToken),
            await db.Articles.Where(a => a.AuthorName != "").Select(a => a.AuthorName).Distinct().OrderBy(a => a).ToListAsync(cancellationToken));
    }

    /// <summary>The newest-changed articles that match the filter (at most <see cref="ArticleListSize"/>) and how many match.</summary>
    public async Task<(IReadOnlyList<ArticleListRow> Rows, int Total)> ArticleListAsync(ArticleListFilter filter, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = db.Articles.AsNoTracking();
        if (filter.Text.Trim() is { Length: > 0 } text)
        {
            // ILIKE with the user's %, _ and \ taken literally.
            var pattern = "%" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            articles = articles.Where(a => EF.Functions.ILike(a.Title, pattern) || EF.Functions.ILike(a.Slug, pattern));
        }

        if (filter.Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }

        if (filter.ReleaseId is { } releaseId)
        {
            articles = articles.Where(a => a.ReleaseId == releaseId);
        }

        if (filter.TagId is { } tagId)
        {
            articles = articles.Where(a => a.Tags.Any(t => t.Id == tagId));
        }

        if (filter.Language is { } language)
        {
            articles = articles.Where(a => a.Language == language);
        }

        if (filter.Author.Length > 0)
        {
            articles = articles.Where(a => a.AuthorName == filter.Author);
        }

        if (filter.GeneratedOnly)
        {
            articles = articles.Where(a => a.IsGenerated);
        }

        var total = await articles.CountAsync(cancellationToken);
        var rows = await articles.OrderByDescending(a => a.UpdatedAt).Take(ArticleListSize)
            .Select(a => new ArticleListRow(a.Id, a.Title, a.Status, a.Language, a.Release != null ? a.Release.VersionText : null, a.AuthorName, a.IsGenerated, a.UpdatedAt, a.PublishAt))
            .ToListAsync(cancellationToken);
        return (rows, total);
    }

    /// <summary>An article (any status) and its revisions, newest first; null when there is no such article.</summary>
    public async Task<(Article Article, IReadOnlyList<ArticleRevision> Revisions)?> RevisionsAsync(int articleId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var article = await db.Articles.AsNoTracking().SingleOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        return (article, await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == articleId).OrderByDescending(r => r.Number).ToListAsync(cancellationToken));
    }

    /// <summary>The ingestion page's runs and, when the release data is stale, the last good and bad run.</summary>
    public async Task<IngestionOverview> IngestionAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var runs = await db.IngestionRuns.AsNoTracking().OrderByDescending(r => r.Id).Take(50).ToListAsync(cancellationToken);
        var stale = await ReleaseDataFreshness.AssessAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), cancellationToken);
        if (stale is null)
        {
            return new IngestionOverview(runs, null, null, null);
        }

        var lastSuccess = await db.IngestionRuns.AsNoTracking().Where(r => r.Outcome == IngestionOutcome.Succeeded).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        var lastFailure = await db.IngestionRuns.AsNoTracking().Where(r => r.Outcome == IngestionOutcome.Failed || r.Outcome == IngestionOutcome.PartiallyFailed).OrderByDescending(r => r.Id).FirstOrDefaultAsync(cancellationToken);
        return new IngestionOverview(runs, stale, lastSuccess, lastFailure);
    }

    private static List<Release> NewestFirst(List<Release> releases) => [.. releases.OrderByDescending(r => r.Version)];
}
