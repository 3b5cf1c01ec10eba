namespace KernelPortal.Web.Api;

// The JSON shapes of /api (docs/api.md). Fields may be added; none is renamed or removed.

/// <summary>GET /api/releases: in the spirit of kernel.org's releases.json, plus statistics and the forecast.</summary>
public sealed record ReleasesDocument(ReleaseSummary? LatestMainline, ReleaseSummary? InProgress, ForecastDto? Forecast, IReadOnlyList<ReleaseSummary> Releases);

public sealed record ReleaseSummary(string Version, bool Provisional, string State, DateOnly? MergeWindowOpenedOn, DateOnly? Rc1On, DateOnly? ReleasedOn, int Rcs, StatsDto Stats, string Url);

/// <summary>The best known figure per statistic (git, then Kernel-Log, then GitHub, then kernel-history); null when unknown.</summary>
public sealed record StatsDto(long? Files, long? Lines, long? LinesWithoutDocs, long? DevelopmentDays, long? Commits, long? FilesChanged, long? Insertions, long? Deletions);

/// <summary>GET /api/releases/{version}.</summary>
public sealed record ReleaseDetail(ReleaseSummary Release, IReadOnlyList<CandidateDto> Candidates, IReadOnlyList<SourcedStatsDto> Statistics, ForecastDto? Forecast, string? Notes);

public sealed record CandidateDto(int Number, DateOnly? AnnouncedOn, string? Announcement);

public sealed record SourcedStatsDto(string Source, string? FromVersion, StatsDto Stats, DateTimeOffset ComputedAt, string? Note);

public sealed record ForecastDto(string Version, DateOnly MostLikely, DateOnly Latest, double Probability, string SentenceDe, string SentenceEn, IReadOnlyList<ForecastCandidateDto> Candidates);

public sealed record ForecastCandidateDto(DateOnly Date, int AfterRc, double Probability);

/// <summary>GET /api/articles.</summary>
public sealed record ArticlePage(int Page, int PageSize, int Total, IReadOnlyList<ArticleDto> Items);

public sealed record ArticleDto(string Slug, string Title, string Lead, string Language, DateTimeOffset PublishedAt, string Url, string? Release, string? Series, int? SeriesPart, IReadOnlyList<string> Tags);

/// <summary>GET /api/tags.</summary>
public sealed record TagDto(string Slug, string NameDe, string NameEn, string? DescriptionDe, string? DescriptionEn, int Articles);
