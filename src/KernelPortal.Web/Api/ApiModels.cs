namespace KernelPortal.Web.Api;

// The JSON shapes of /api (docs/api.md). Fields may be added; none is renamed or removed.

/// <summary>GET /api/releases: in the spirit of kernel.org's releases.json, plus statistics and the forecast.</summary>
/// <remarks><c>Stale</c> is true when the data about the release in progress is older than its cycle allows; <c>Staleness</c> says why.</remarks>
public sealed record ReleasesDocument(ReleaseSummary? LatestMainline, ReleaseSummary? InProgress, ForecastDto? Forecast, IReadOnlyList<ReleaseSummary> Releases, bool Stale, StaleDto? Staleness);

/// <summary>Why the release data is stale: the newest fact's day and the reason in German and English.</summary>
public sealed record StaleDto(DateOnly LastFact, string ReasonDe, string ReasonEn);

// Overtaken: true for a release that is out although its release was never read here (a later release is already
// announced); its state is what was last read and its releasedOn is null (docs/ingestion.md, a gap in the mails).
public sealed record ReleaseSummary(string Version, bool Provisional, string State, DateOnly? MergeWindowOpenedOn, DateOnly? Rc1On, DateOnly? ReleasedOn, int Rcs, StatsDto Stats, string Url, bool Overtaken = false);

/// <summary>The best known figure per statistic (git, then Kernel-Log, then GitHub, then kernel-history); null when unknown.</summary>
public sealed record StatsDto(long? Files, long? Lines, long? LinesWithoutDocs, long? DevelopmentDays, long? Commits, long? FilesChanged, long? Insertions, long? Deletions);

/// <summary>GET /api/releases/{version}.</summary>
public sealed record ReleaseDetail(ReleaseSummary Release, IReadOnlyList<CandidateDto> Candidates, IReadOnlyList<SourcedStatsDto> Statistics, ForecastDto? Forecast, string? Notes, bool Stale, StaleDto? Staleness, IReadOnlyList<ForecastReviewDto>? ForecastReview = null);

/// <summary>What the forecast would have said of a released release at one stage (walk-forward, ForecastTrackRecord).</summary>
/// <param name="Stage">"merge-window", "rc1", "rc5", "rc6", "rc7".</param>
/// <param name="Forecast">The day it would have forecast.</param>
/// <param name="DaysOff">Forecast minus the real day: negative too early, positive too late.</param>
/// <param name="FromMail">True when an announcement's words were used at that stage.</param>
public sealed record ForecastReviewDto(string Stage, DateOnly Forecast, int DaysOff, bool FromMail);

public sealed record CandidateDto(int Number, DateOnly? AnnouncedOn, string? Announcement);

public sealed record SourcedStatsDto(string Source, string? FromVersion, StatsDto Stats, DateTimeOffset ComputedAt, string? Note);

/// <summary>
/// The forecast of the release in progress as of today: no candidate lies in the past; <c>MostLikely</c> and
/// <c>Latest</c> are null when every day the history allows has passed, and <c>Overdue</c> says the range the data alone
/// gives has passed. <c>ReasonsDe</c>/<c>ReasonsEn</c> are the pages' "why this date" list (Linus' words, the season,
/// similar cycles), <c>MailUrl</c> the mail its first reason quotes, on lore.kernel.org, <c>Following</c> the release
/// after it and <c>LastOfYear</c> whether it is likely the year's last (both null when this forecast has no date).
/// </summary>
public sealed record ForecastDto(string Version, DateOnly? MostLikely, DateOnly? Latest, double Probability, string SentenceDe, string SentenceEn, IReadOnlyList<ForecastCandidateDto> Candidates, bool Overdue, DateOnly AsOf, IReadOnlyList<string> ReasonsDe, IReadOnlyList<string> ReasonsEn, string? MailUrl, FollowingForecastDto? Following = null, LastOfYearDto? LastOfYear = null);

/// <summary>
/// How likely the release is the last of <c>Year</c> (the year of its most likely day), the one that usually becomes the
/// new long-term kernel; the sentences are null below even odds.
/// </summary>
public sealed record LastOfYearDto(int Year, double Probability, string? SentenceDe, string? SentenceEn);

/// <summary>The release after the one forecast: its number is provisional until its rc1.</summary>
public sealed record FollowingForecastDto(string ProvisionalVersion, DateOnly MostLikely, DateOnly Latest, double Probability, string SentenceDe, string SentenceEn, IReadOnlyList<ForecastCandidateDto> Candidates);

public sealed record ForecastCandidateDto(DateOnly Date, int AfterRc, double Probability);

/// <summary>GET /api/articles.</summary>
public sealed record ArticlePage(int Page, int PageSize, int Total, IReadOnlyList<ArticleDto> Items);

public sealed record ArticleDto(string Slug, string Title, string Lead, string Language, DateTimeOffset PublishedAt, string Url, string? Release, string? Series, int? SeriesPart, IReadOnlyList<string> Tags);

/// <summary>GET /api/tags.</summary>
public sealed record TagDto(string Slug, string NameDe, string NameEn, string? DescriptionDe, string? DescriptionEn, int Articles);
