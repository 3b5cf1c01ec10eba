using System.Text.Json;
using KernelPortal.Core.Content;
using KernelPortal.Core.Content.Reading;
using KernelPortal.Core.People;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;

namespace KernelPortal.Web.Api;

/// <summary>The read-only JSON API: releases with statistics and forecast, articles, tags. Errors are problem+json.</summary>
internal static class ApiEndpoints
{
    public const int MaxPage = 1000;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IEndpointRouteBuilder MapApi(this IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api").WithTags("KernelPortal").CacheOutput(PublicPageCache.DataPolicyName);

        api.MapGet("/releases", async (HttpContext http, ReleaseSnapshotSource releases, TimeProvider clock, CancellationToken ct) =>
        {
            var snapshot = await releases.GetAsync(ct);
            var rows = snapshot.Rows;
            var site = Site(http);
            var summaries = rows.OrderByDescending(r => r.Version).Select(r => Summary(r, site)).ToList();
            var inProgress = snapshot.InProgress is { } release ? ReleaseRow.From(release) : null;
            var (forecast, stale) = snapshot.InProgress is { } current ? Forecast(snapshot, current, clock) : (null, null);
            var document = new ReleasesDocument(
                snapshot.Current is { } latest ? summaries.Find(s => s.Version == latest.VersionText) : null,
                inProgress is null ? null : Summary(inProgress, site),
                forecast,
                summaries,
                stale is not null,
                stale);
            return Respond(http, document, rows.Select(r => r.ReleasedOn).Max() is { } day ? new DateTimeOffset(day.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero) : null);
        }).WithName("GetReleases").WithSummary("All mainline releases with statistics, and the forecast for the one in progress.");

        api.MapGet("/releases/{version}", async (string version, HttpContext http, ReleaseSnapshotSource releases, TimeProvider clock, CancellationToken ct) =>
        {
            if (!KernelVersion.TryParse(version, out var parsed, out var error) || parsed.IsReleaseCandidate)
            {
                return Problem(StatusCodes.Status400BadRequest, "Malformed version", error.Length > 0 ? error : $"'{version}' names an rc; ask for its release.");
            }

            var text = parsed.ToString();
            var snapshot = await releases.GetAsync(ct);
            var release = snapshot.Find(text);
            if (release is null)
            {
                return Problem(StatusCodes.Status404NotFound, "Unknown release", $"There is no release {text}.");
            }

            var (forecast, stale) = Forecast(snapshot, release, clock);
            var detail = new ReleaseDetail(
                Summary(ReleaseRow.From(release) with { Overtaken = snapshot.IsOvertaken(release) }, Site(http)),
                release.Candidates.Select(c => new CandidateDto(c.Number, c.AnnouncedOn, c.Announcement is null ? null : Announcement.LoreUrl(c.Announcement.MessageId))).ToList(),
                release.Statistics.OrderBy(s => s.Source).Select(s => new SourcedStatsDto(s.Source.ToString(), s.FromVersion, new StatsDto(s.Files, s.Lines, s.LinesWithoutDocs, s.DevelopmentDays, s.Commits, s.FilesChanged, s.Insertions, s.Deletions), s.ComputedAt, s.Note)).ToList(),
                forecast,
                release.Notes,
                stale is not null,
                stale,
                snapshot.ReviewOf(release)?.Points.Select(p => new ForecastReviewDto(p.Stage == 0 ? "merge-window" : $"rc{p.Stage}", p.Forecast, p.Error, p.FromMail)).ToList());
            return Respond(http, detail, release.Statistics.Select(s => (DateTimeOffset?)s.ComputedAt).Max());
        }).WithName("GetRelease").WithSummary("One release: timeline, statistics from every source, forecast.");

        api.MapGet("/releases/{version}/people", async (string version, HttpContext http, ReleasePeopleQuery people, CancellationToken ct) =>
        {
            if (!KernelVersion.TryParse(version, out var parsed, out var error) || parsed.IsReleaseCandidate)
            {
                return Problem(StatusCodes.Status400BadRequest, "Malformed version", error.Length > 0 ? error : $"'{version}' names an rc; ask for its release.");
            }

            var view = await people.LoadAsync(parsed.ToString(), ct);
            return view is null
                ? Problem(StatusCodes.Status404NotFound, "No people figures", $"There are no people figures for {parsed}: the release is unknown or the git mirror has not computed them yet.")
                : Respond(http, view, view.ComputedAt);
        }).WithName("GetReleasePeople").WithSummary("Who made a release: developers, first-timers, top authors, reviewers, testers, reporters, committers and employers, with where and when they were computed.");

        api.MapGet("/articles", async (string? tag, string? release, string? lang, string? page, HttpContext http, ArticleReads reads, CancellationToken ct) =>
        {
            var number = 1;
            if (page is not null && (!int.TryParse(page, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out number) || number is < 1 or > MaxPage))
            {
                return Problem(StatusCodes.Status400BadRequest, "Malformed page", $"'page' must be a whole number from 1 to {MaxPage}.");
            }

            Language? language = null;
            if (lang is not null)
            {
                if (!LanguageCodes.TryParse(lang, out var parsed))
                {
                    return Problem(StatusCodes.Status400BadRequest, "Malformed language", "'lang' is 'de' or 'en'.");
                }

                language = parsed;
            }

            if (tag is not null && !Slug.IsValid(tag))
            {
                return Problem(StatusCodes.Status400BadRequest, "Malformed tag", "'tag' is a slug: lower-case letters, digits and hyphens.");
            }

            string? releaseText = null;
            if (release is not null)
            {
                if (!KernelVersion.TryParse(release, out var version, out var error) || version.IsReleaseCandidate)
                {
                    return Problem(StatusCodes.Status400BadRequest, "Malformed release", error.Length > 0 ? error : "Ask for a release, not an rc.");
                }

                releaseText = version.ToString();
            }

            var list = await reads.ListAsync(language, tag, releaseText, number, ct);
            if (list.Outcome == ArticleListOutcome.UnknownTag)
            {
                return Problem(StatusCodes.Status404NotFound, "Unknown tag", $"There is no tag '{tag}'.");
            }

            if (list.Outcome == ArticleListOutcome.UnknownRelease)
            {
                return Problem(StatusCodes.Status404NotFound, "Unknown release", $"There is no release {releaseText}.");
            }

            var site = Site(http);
            var result = new ArticlePage(number, ArticleReads.PageSize, list.Total, list.Articles.Select(a => new ArticleDto(
                a.Slug, a.Title, a.Lead, a.Language.Code(), a.PublishedAt!.Value,
                new Uri(site, (a.Language == Language.En ? "/en" : string.Empty) + $"/articles/{a.Slug}").AbsoluteUri,
                a.ReleaseVersion, a.Series?.Slug, a.SeriesPart, [.. a.Tags.Select(t => t.Slug)])).ToList());
            return Respond(http, result, list.Articles.Count == 0 ? null : list.Articles.Max(a => a.PublishedAt));
        }).WithName("GetArticles").WithSummary("Published articles, newest first, 20 a page; filter by tag, release and language.");

        api.MapGet("/tags", async (HttpContext http, ArticleReads reads, CancellationToken ct) =>
        {
            var tags = await reads.TagCountsAsync(ct);
            return Respond(http, tags.Select(t => new TagDto(t.Slug, t.NameDe, t.NameEn, t.DescriptionDe, t.DescriptionEn, t.Articles)).ToList(), null);
        }).WithName("GetTags").WithSummary("The feature areas with their published article counts.");

        return endpoints;
    }

    private static ReleaseSummary Summary(ReleaseRow row, Uri site) => new(
        row.Version.ToString(), row.IsProvisional, row.State.ToString(), row.MergeWindowOpenedOn, row.Rc1On, row.ReleasedOn, row.Rcs,
        new StatsDto(row.Files, row.Lines, row.LinesWithoutDocs, row.DevelopmentDays, row.Commits, row.FilesChanged, row.Insertions, row.Deletions),
        new Uri(site, $"/releases/{row.Version}").AbsoluteUri,
        row.Overtaken);

    /// <summary>The forecast as of today and, for a release in progress, whether its data is stale.</summary>
    private static (ForecastDto? Forecast, StaleDto? Stale) Forecast(ReleaseSnapshot snapshot, Release release, TimeProvider clock)
    {
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (snapshot.IsOvertaken(release))
        {
            // Out already, only not read: neither a forecast nor "no announcements read since" applies.
            return (null, null);
        }

        var stale = snapshot.StalenessOf(release, today) is { } s ? new StaleDto(s.LastFact, s.ReasonDe, s.ReasonEn) : null;
        if (snapshot.ForecastFor(release, today) is not { } forecast)
        {
            return (null, stale);
        }

        return (new ForecastDto(
            release.VersionText,
            forecast.HasDate ? forecast.MostLikely : null,
            forecast.HasDate ? forecast.Latest : null,
            forecast.HasDate ? forecast.MostLikelyProbability : 0,
            ForecastText.Sentence(forecast, Language.De, today, release.IsProvisional),
            ForecastText.Sentence(forecast, Language.En, today, release.IsProvisional),
            forecast.Candidates.Select(c => new ForecastCandidateDto(c.Date, c.LastRc, Math.Round(c.Probability, 4))).ToList(),
            forecast.Overdue,
            forecast.AsOf,
            forecast.HasDate ? ForecastText.Reasons(forecast, Language.De) : [],
            forecast.HasDate ? ForecastText.Reasons(forecast, Language.En) : [],
            forecast.HasDate && forecast.Basis?.HintMessageId is { } id ? Announcement.LoreUrl(id) : null,
            forecast.Following is { HasDate: true } following
                ? new FollowingForecastDto(
                    following.Version.ToString(),
                    following.MostLikely,
                    following.Latest,
                    following.MostLikelyProbability,
                    ForecastText.Following(following, Language.De, today),
                    ForecastText.Following(following, Language.En, today),
                    following.Candidates.Where(c => c.Probability >= 0.001).Select(c => new ForecastCandidateDto(c.Date, c.LastRc, Math.Round(c.Probability, 4))).ToList())
                : null,
            forecast.HasDate && forecast.LastOfYearProbability is { } lastOfYear
                ? new LastOfYearDto(
                    forecast.MostLikely.Year,
                    Math.Round(lastOfYear, 4),
                    ForecastText.LastOfYear(forecast, Language.De, release.IsProvisional),
                    ForecastText.LastOfYear(forecast, Language.En, release.IsProvisional))
                : null), stale);
    }

    private static IResult Respond<T>(HttpContext http, T value, DateTimeOffset? lastModified) =>
        ConditionalGet.Respond(http, JsonSerializer.SerializeToUtf8Bytes(value, Json), "application/json; charset=utf-8", lastModified);

    private static IResult Problem(int status, string title, string detail) => Results.Problem(statusCode: status, title: title, detail: detail);

    private static Uri Site(HttpContext http) => new($"{http.Request.Scheme}://{http.Request.Host}/");
}
