using System.Globalization;
using System.Net;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using KernelPortal.Web.Api;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Web.Feeds;

/// <summary>
/// Atom and RSS for all articles, per language, tag, release and series, and the announcements. Built per request
/// (not output-cached), so a feed changes the moment an article is published, updated or unpublished; readers
/// polling all day get 304 through ETag and Last-Modified.
/// </summary>
internal static class FeedEndpoints
{
    public const int MaxEntries = 50;

    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // Feed readers poll all day: cached whole, evicted with the pages on every content change.
        var feeds = endpoints.MapGroup("/feeds").CacheOutput(PublicPageCache.DataPolicyName);
        feeds.MapGet("/{name}.{format}", (string name, string format, HttpContext http, PortalDbContext db, TimeProvider clock, CancellationToken ct) => name switch
        {
            "all" => ArticlesAsync(http, db, clock, format, "all", "KernelPortal", "Alle Artikel von KernelPortal", null, q => q, ct),
            "de" => ArticlesAsync(http, db, clock, format, "de", "KernelPortal (Deutsch)", "Alle deutschen Artikel", "de", q => q.Where(a => a.Language == Language.De), ct),
            "en" => ArticlesAsync(http, db, clock, format, "en", "KernelPortal (English)", "All English articles", "en", q => q.Where(a => a.Language == Language.En), ct),
            "releases" => AnnouncementsAsync(http, db, format, ct),
            _ => Task.FromResult(NotFound($"There is no feed '{name}'.")),
        });

        feeds.MapGet("/tags/{slug}.{format}", async (string slug, string format, HttpContext http, PortalDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var tag = Slug.IsValid(slug) ? await db.FeatureTags.AsNoTracking().SingleOrDefaultAsync(t => t.Slug == slug, ct) : null;
            return tag is null
                ? NotFound($"There is no tag '{slug}'.")
                : await ArticlesAsync(http, db, clock, format, $"tags/{slug}", $"KernelPortal: {tag.NameDe}", tag.DescriptionDe ?? tag.NameDe, null, q => q.Where(a => a.Tags.Any(t => t.Id == tag.Id)), ct);
        });

        feeds.MapGet("/releases/{version}.{format}", async (string version, string format, HttpContext http, PortalDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            if (!KernelVersion.TryParse(version, out var parsed, out var error) || parsed.IsReleaseCandidate)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed version", detail: error.Length > 0 ? error : $"'{version}' names an rc; feeds are per release.");
            }

            var text = parsed.ToString();
            var release = await db.Releases.AsNoTracking().SingleOrDefaultAsync(r => r.VersionText == text, ct);
            if (release is null)
            {
                return NotFound($"There is no release {text}.");
            }

            // The feed's description says where the release's developer figures came from and when, as the pages do.
            var people = await db.ReleaseStatistics.AsNoTracking()
                .Where(s => s.ReleaseId == release.Id && s.Source == StatisticsSource.GitMirror && s.People != null)
                .Select(s => new { s.ComputedAt, s.FromVersion }).SingleOrDefaultAsync(ct);
            var subtitle = people is null
                ? $"Artikel zu Linux {text}"
                : $"Artikel zu Linux {text}; Entwickler-Statistik aus Git (v{people.FromVersion}..v{text}), berechnet am {people.ComputedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            return await ArticlesAsync(http, db, clock, format, $"releases/{text}", $"KernelPortal: Linux {text}", subtitle, null, q => q.Where(a => a.ReleaseId == release.Id), ct);
        });

        feeds.MapGet("/series/{slug}.{format}", async (string slug, string format, HttpContext http, PortalDbContext db, TimeProvider clock, CancellationToken ct) =>
        {
            var series = Slug.IsValid(slug) ? await db.Series.AsNoTracking().SingleOrDefaultAsync(s => s.Slug == slug, ct) : null;
            return series is null
                ? NotFound($"There is no series '{slug}'.")
                : await ArticlesAsync(http, db, clock, format, $"series/{slug}", $"KernelPortal: {series.Title}", series.Description ?? series.Title, series.Language == Language.De ? "de" : "en", q => q.Where(a => a.SeriesId == series.Id), ct);
        });
        return endpoints;
    }

    private static async Task<IResult> ArticlesAsync(HttpContext http, PortalDbContext db, TimeProvider clock, string format, string path, string title, string description, string? language, Func<IQueryable<Article>, IQueryable<Article>> filter, CancellationToken ct)
    {
        if (format is not ("atom" or "rss"))
        {
            return NotFound($"Feeds come as .atom or .rss, not .{format}.");
        }

        var site = Site(http);
        var articles = await filter(db.Articles.AsNoTracking().VisibleAt(clock.GetUtcNow()))
            .OrderByDescending(a => a.PublishedAt).Take(MaxEntries)
            .Include(a => a.Tags)
            .ToListAsync(ct);
        var ids = articles.Select(a => a.Id).ToList();
        // One max(saved_at) per article (a correlated subquery the (article_id, saved_at) index answers with one
        // entry), not a GROUP BY over all revisions, which grows with every save.
        var revised = await db.Articles.Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, Last = db.ArticleRevisions.Where(r => r.ArticleId == a.Id).Max(r => (DateTimeOffset?)r.SavedAt) })
            .Where(x => x.Last != null)
            .ToDictionaryAsync(x => x.Id, x => x.Last!.Value, ct);

        var entries = articles.Select(a =>
        {
            var published = a.PublishedAt!.Value;
            var updated = revised.TryGetValue(a.Id, out var last) && last > published ? last : published;
            var lang = a.Language == Language.De ? "de" : "en";
            return new FeedEntry(
                $"tag:kernelportal,2026:article:{a.Id}",
                a.Title,
                new Uri(site, (a.Language == Language.En ? "/en" : string.Empty) + $"/articles/{a.Slug}"),
                a.Lead,
                a.BodyHtml,
                a.AuthorName,
                a.Tags.OrderBy(t => t.Position).Select(t => a.Language == Language.De ? t.NameDe : t.NameEn).ToList(),
                published,
                updated,
                lang);
        }).ToList();
        var feed = new Feed(
            $"tag:kernelportal,2026:feed:{path}",
            title,
            description,
            new Uri(site, "/"),
            new Uri(site, $"/feeds/{path}.{format}"),
            language,
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated),
            entries);
        return Respond(http, feed, format);
    }

    private static async Task<IResult> AnnouncementsAsync(HttpContext http, PortalDbContext db, string format, CancellationToken ct)
    {
        if (format is not ("atom" or "rss"))
        {
            return NotFound($"Feeds come as .atom or .rss, not .{format}.");
        }

        var site = Site(http);
        var mails = await db.Announcements.AsNoTracking().OrderByDescending(a => a.SentAtUtc).Take(MaxEntries).ToListAsync(ct);
        var entries = mails.Select(m => new FeedEntry(
            $"tag:kernelportal,2026:announcement:{m.MessageId}",
            m.Subject,
            new Uri($"https://lore.kernel.org/lkml/{Uri.EscapeDataString(m.MessageId)}/"),
            Summary(m.Body),
            "<pre>" + WebUtility.HtmlEncode(m.Body) + "</pre>",
            "Linus Torvalds",
            [m.Kind == AnnouncementKind.Release ? "release" : "rc"],
            m.SentAtUtc,
            m.SentAtUtc,
            "en")).ToList();
        var feed = new Feed(
            "tag:kernelportal,2026:feed:releases",
            "KernelPortal: Linux releases",
            "Linus Torvalds' announcements of every rc and release",
            new Uri(site, "/releases"),
            new Uri(site, $"/feeds/releases.{format}"),
            "en",
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated),
            entries);
        return Respond(http, feed, format);
    }

    private static IResult Respond(HttpContext http, Feed feed, string format) => format == "atom"
        ? ConditionalGet.Respond(http, FeedWriters.Atom(feed), "application/atom+xml; charset=utf-8", feed.Updated)
        : ConditionalGet.Respond(http, FeedWriters.Rss(feed), "application/rss+xml; charset=utf-8", feed.Updated);

    private static string Summary(string body)
    {
        var prose = body.Split("\n---", 2)[0].Trim();
        return prose.Length <= 600 ? prose : prose[..600].TrimEnd() + " …";
    }

    private static Uri Site(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}/");

    private static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
