using System.Globalization;
using System.Net;
using KernelPortal.Core.Content;
using KernelPortal.Core.Content.Reading;
using KernelPortal.Core.Releases;
using KernelPortal.Web.Api;

namespace KernelPortal.Web.Feeds;

/// <summary>
/// Atom and RSS for all articles, per language, tag, release and series, and the announcements, from what
/// <see cref="FeedReads"/> hands over. Output-cached and evicted on every content change; readers polling all day
/// get 304 through ETag and Last-Modified.
/// </summary>
internal static class FeedEndpoints
{
    public static IEndpointRouteBuilder MapFeeds(this IEndpointRouteBuilder endpoints)
    {
        // Feed readers poll all day: cached whole, evicted with the pages on every content change.
        var feeds = endpoints.MapGroup("/feeds").CacheOutput(PublicPageCache.DataPolicyName);
        feeds.MapGet("/{name}.{format}", async (string name, string format, HttpContext http, FeedReads reads, CancellationToken ct) =>
        {
            if (!IsFormat(format))
            {
                return FormatNotFound(format);
            }

            return name switch
            {
                "all" => Articles(http, format, "all", "KernelPortal", "Alle Artikel von KernelPortal", null, await reads.ArticlesAsync(null, ct)),
                "de" => Articles(http, format, "de", "KernelPortal (Deutsch)", "Alle deutschen Artikel", Language.De, await reads.ArticlesAsync(Language.De, ct)),
                "en" => Articles(http, format, "en", "KernelPortal (English)", "All English articles", Language.En, await reads.ArticlesAsync(Language.En, ct)),
                "releases" => Announcements(http, format, await reads.AnnouncementsAsync(ct)),
                _ => NotFound($"There is no feed '{name}'."),
            };
        });

        // The release calendar (iCalendar): recent releases and rcs, and the day the next release is expected.
        feeds.MapGet("/calendar.ics", (HttpContext http, ReleaseSnapshotSource snapshots, TimeProvider clock, CancellationToken ct) =>
            Calendar(http, snapshots, clock, Language.De, ct));
        feeds.MapGet("/calendar.en.ics", (HttpContext http, ReleaseSnapshotSource snapshots, TimeProvider clock, CancellationToken ct) =>
            Calendar(http, snapshots, clock, Language.En, ct));

        feeds.MapGet("/tags/{slug}.{format}", async (string slug, string format, HttpContext http, FeedReads reads, CancellationToken ct) =>
            !IsFormat(format) ? FormatNotFound(format)
            : await reads.TagAsync(slug, ct) is not { } tag ? NotFound($"There is no tag '{slug}'.")
            : Articles(http, format, $"tags/{slug}", $"KernelPortal: {tag.Name}", tag.Description ?? tag.Name, null, tag.Articles));

        feeds.MapGet("/releases/{version}.{format}", async (string version, string format, HttpContext http, FeedReads reads, CancellationToken ct) =>
        {
            if (!KernelVersion.TryParse(version, out var parsed, out var error) || parsed.IsReleaseCandidate)
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Malformed version", detail: error.Length > 0 ? error : $"'{version}' names an rc; feeds are per release.");
            }

            if (!IsFormat(format))
            {
                return FormatNotFound(format);
            }

            var text = parsed.ToString();
            if (await reads.ReleaseAsync(text, ct) is not { } release)
            {
                return NotFound($"There is no release {text}.");
            }

            // The feed's description says where the release's developer figures came from and when, as the pages do.
            var subtitle = release.PeopleComputedAt is not { } computed
                ? $"Artikel zu Linux {text}"
                : $"Artikel zu Linux {text}; Entwickler-Statistik aus Git (v{release.PeopleFromVersion}..v{text}), berechnet am {computed.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            return Articles(http, format, $"releases/{text}", $"KernelPortal: Linux {text}", subtitle, null, release.Articles);
        });

        feeds.MapGet("/series/{slug}.{format}", async (string slug, string format, HttpContext http, FeedReads reads, CancellationToken ct) =>
            !IsFormat(format) ? FormatNotFound(format)
            : await reads.SeriesAsync(slug, ct) is not { } series ? NotFound($"There is no series '{slug}'.")
            : Articles(http, format, $"series/{slug}", $"KernelPortal: {series.Name}", series.Description ?? series.Name, series.Language, series.Articles));
        return endpoints;
    }

    private static bool IsFormat(string format) => format is "atom" or "rss";

    private static IResult FormatNotFound(string format) => NotFound($"Feeds come as .atom or .rss, not .{format}.");

    private static IResult Articles(HttpContext http, string format, string path, string title, string description, Language? language, IReadOnlyList<FeedArticle> articles)
    {
        var site = Site(http);
        var entries = articles.Select(a => new FeedEntry(
            $"tag:kernelportal,2026:article:{a.Id}",
            a.Title,
            new Uri(site, (a.Language == Language.En ? "/en" : string.Empty) + $"/articles/{a.Slug}"),
            a.Lead,
            a.BodyHtml,
            a.AuthorName,
            a.Tags,
            a.PublishedAt,
            a.UpdatedAt,
            a.Language.Code())).ToList();
        var feed = new Feed(
            $"tag:kernelportal,2026:feed:{path}",
            title,
            description,
            new Uri(site, "/"),
            new Uri(site, $"/feeds/{path}.{format}"),
            language?.Code(),
            entries.Count == 0 ? DateTimeOffset.UnixEpoch : entries.Max(e => e.Updated),
            entries);
        return Respond(http, feed, format);
    }

    private static IResult Announcements(HttpContext http, string format, IReadOnlyList<Announcement> mails)
    {
        var site = Site(http);
        var entries = mails.Select(m => new FeedEntry(
            $"tag:kernelportal,2026:announcement:{m.MessageId}",
            m.Subject,
            new Uri(Announcement.LoreUrl(m.MessageId)),
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

    private static async Task<IResult> Calendar(HttpContext http, ReleaseSnapshotSource snapshots, TimeProvider clock, Language language, CancellationToken ct)
    {
        var snapshot = await snapshots.GetAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var name = language == Language.De ? "Linux-Releases (KernelPortal)" : "Linux releases (KernelPortal)";
        var ics = CalendarWriter.Ics(name, ReleaseCalendar.Days(snapshot, today, language), Site(http), snapshot.BuiltAt);
        // What it says depends on the data and on today (a forecast day that has passed is dropped): modified at the later.
        var startOfToday = new DateTimeOffset(today.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        return ConditionalGet.Respond(http, ics, "text/calendar; charset=utf-8", snapshot.BuiltAt > startOfToday ? snapshot.BuiltAt : startOfToday);
    }

    private static IResult Respond(HttpContext http, Feed feed, string format)
    {
        var xml = format == "atom" ? FeedWriters.Atom(feed) : FeedWriters.Rss(feed);
        // The pooled blocks go back once the response has been written.
        http.Response.RegisterForDispose(xml);
        var type = format == "atom" ? "application/atom+xml; charset=utf-8" : "application/rss+xml; charset=utf-8";
        return ConditionalGet.Respond(http, new ReadOnlyMemory<byte>(xml.GetBuffer(), 0, (int)xml.Length), type, feed.Updated);
    }

    private static string Summary(string body)
    {
        var prose = body.Split("\n---", 2)[0].Trim();
        return prose.Length <= 600 ? prose : prose[..600].TrimEnd() + " …";
    }

    private static Uri Site(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}/");

    private static IResult NotFound(string detail) => Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found", detail: detail);
}
