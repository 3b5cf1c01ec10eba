using System.Collections.Concurrent;
using KernelPortal.Core.Releases.Forecasting;

namespace KernelPortal.Core.Releases;

/// <summary>
/// The whole release history as one immutable picture: every release with its rcs and statistics, the upstream
/// releases, the cycles the forecaster learns from and the people figures per release — and the names article lists
/// show beside each article (<see cref="Catalogue"/>: tags, series, release versions). These change a few times a
/// week, so each web instance keeps one snapshot (<see cref="ReleaseSnapshotSource"/>) instead of asking the
/// database on every request; pages, the API and the CSV render from it.
/// </summary>
/// <remarks>
/// The <see cref="Release"/> objects are detached and shared by concurrent requests: read them, never change them.
/// Their rcs carry their announcements' headers and the reading of the prose, but not the mail text (Body and Raw
/// are empty), which no page shows and which would make the snapshot megabytes larger.
/// </remarks>
public sealed class ReleaseSnapshot
{
    private readonly Dictionary<string, int> _indexByVersion;
    private readonly Dictionary<int, Announcement> _releaseMails;
    private readonly Dictionary<string, People.ReleasePeopleSummary> _people;
    private readonly ConcurrentDictionary<(int ReleaseId, DateOnly Today), ReleaseForecast?> _forecasts = new();
    private readonly HashSet<Release> _overtaken;
    private readonly Lazy<ForecastBacktest.Result> _trackRecord;

    internal ReleaseSnapshot(
        IReadOnlyList<Release> oldestFirst,
        IReadOnlyList<UpstreamRelease> upstream,
        IReadOnlyList<(string Version, People.ReleasePeopleSummary Summary)> people,
        Dictionary<int, Announcement> releaseMails,
        Content.Reading.TeaserCatalogue catalogue,
        DateTimeOffset builtAt)
    {
        Catalogue = catalogue;
        OldestFirst = oldestFirst;
        _overtaken = Overtaken(oldestFirst);
        Rows = [.. oldestFirst.Select(r => ReleaseRow.From(r) with { Overtaken = _overtaken.Contains(r) })];
        Upstream = upstream;
        PeopleHistory = [.. people.Select(p => (p.Version, p.Summary.Developers, p.Summary.FirstTime))];
        _people = people.ToDictionary(p => p.Version, p => p.Summary, StringComparer.Ordinal);
        BuiltAt = builtAt;
        _releaseMails = releaseMails;
        _indexByVersion = oldestFirst.Select((r, i) => (r.VersionText, i)).ToDictionary(p => p.VersionText, p => p.i, StringComparer.Ordinal);
        History = [.. oldestFirst
            .Where(r => r.State == ReleaseState.Released && r.Rc1On is not null && r.ReleasedOn is not null && r.Candidates.Count > 0)
            .Select(r => ForecastService.Observation(r.Version, r.Rc1On!.Value, r.Candidates.Max(c => c.Number), r.ReleasedOn!.Value, r.MergeWindowOpenedOn))];
        // An overtaken release is out, only its day is missing: it is the current kernel when nothing newer is out.
        Current = oldestFirst.LastOrDefault(r => r.State == ReleaseState.Released || _overtaken.Contains(r));
        InProgress = oldestFirst.LastOrDefault(r => r.State != ReleaseState.Released && !_overtaken.Contains(r));
        // Computed on first use: only the release pages and the releases index show it.
        _trackRecord = new(() => ForecastTrackRecord.Of(oldestFirst, releaseMails));
        DataAsOf = oldestFirst
            .SelectMany(r => new[] { r.ReleasedOn, r.Rc1On, r.MergeWindowOpenedOn }.Concat(r.Candidates.Select(c => c.AnnouncedOn)))
            .Max();
    }

    /// <summary>Every release, oldest first, with its rcs (by number) and statistics.</summary>
    public IReadOnlyList<Release> OldestFirst { get; }

    /// <summary>Every release's best figures (<see cref="ReleaseRow"/>), oldest first.</summary>
    public IReadOnlyList<ReleaseRow> Rows { get; }

    /// <summary>Stable and longterm releases from kernel.org.</summary>
    public IReadOnlyList<UpstreamRelease> Upstream { get; }

    /// <summary>Developers and first-timers per release where git computed them, oldest first.</summary>
    public IReadOnlyList<(string Version, int Developers, int? FirstTime)> PeopleHistory { get; }

    /// <summary>A release's developer counts for its overview page; null when git has not computed them.</summary>
    public People.ReleasePeopleSummary? PeopleOf(Release release) => _people.GetValueOrDefault(release.VersionText);

    /// <summary>The finished cycles the forecaster learns from, oldest first.</summary>
    public IReadOnlyList<CycleObservation> History { get; }

    /// <summary>The newest released kernel (possibly an overtaken one, whose release day was not read).</summary>
    public Release? Current { get; }

    /// <summary>The release in its merge window or rc phase.</summary>
    public Release? InProgress { get; }

    /// <summary>The newest day any release fact refers to.</summary>
    public DateOnly? DataAsOf { get; }

    /// <summary>Tags, series and release versions by id, for article lists (<see cref="Content.Reading.ArticleTeasers"/>).</summary>
    public Content.Reading.TeaserCatalogue Catalogue { get; }

    /// <summary>When the snapshot was read from the database.</summary>
    public DateTimeOffset BuiltAt { get; }

    /// <summary>The release with this version text ("6.1"), or null.</summary>
    public Release? Find(string version) => _indexByVersion.TryGetValue(version, out var i) ? OldestFirst[i] : null;

    /// <summary>The releases before and after <paramref name="release"/> in version order.</summary>
    public (Release? Previous, Release? Next) Neighbours(Release release)
    {
        var i = _indexByVersion[release.VersionText];
        return (i > 0 ? OldestFirst[i - 1] : null, i + 1 < OldestFirst.Count ? OldestFirst[i + 1] : null);
    }

    /// <summary>Linus' mail announcing the release itself (the earliest, if there were several), or null.</summary>
    public Announcement? ReleaseMailOf(Release release) => _releaseMails.GetValueOrDefault(release.Id);

    /// <summary>
    /// True when <paramref name="release"/> is not released here although a later release has an rc or is out: it
    /// was released, but the mails of its end never reached the portal (a 7.4-rc7 mail read into a history that ends
    /// with 7.2 leaves 7.3 in its merge window). Such a release is no longer in progress: no forecast, no "merge
    /// window open for 109 days", and the pages say that its release was not read.
    /// </summary>
    public bool IsOvertaken(Release release) => _overtaken.Contains(release);

    /// <summary>
    /// The mail of the release that opened <paramref name="release"/>'s merge window (the one released on the day it
    /// opened), for the merge window it planned; null when none is known.
    /// </summary>
    public Announcement? OpeningMailOf(Release release) =>
        release.MergeWindowOpenedOn is { } opened && OldestFirst.FirstOrDefault(r => r.State == ReleaseState.Released && r.ReleasedOn == opened) is { } previous
            ? ReleaseMailOf(previous)
            : null;

    /// <summary>Whether the data about <paramref name="release"/> is older than its cycle allows (<see cref="ReleaseDataFreshness"/>), with the merge window its opening mail planned.</summary>
    public StaleData? StalenessOf(Release? release, DateOnly today) =>
        ReleaseDataFreshness.Assess(release, today, release is null ? null : OpeningMailOf(release)?.MergeWindowDays);

    /// <summary>
    /// How the forecast would have done on every released release, walk-forward (<see cref="ForecastTrackRecord"/>): made
    /// once per snapshot.
    /// </summary>
    public ForecastBacktest.Result TrackRecord => _trackRecord.Value;

    /// <summary>What the forecast would have said of a released release at each stage; null when it had too few cycles before it.</summary>
    public BacktestRow? ReviewOf(Release release) => TrackRecord.Rows.FirstOrDefault(r => r.Version == release.Version);

    /// <summary>
    /// The forecast for a release in progress as of <paramref name="today"/>, made once per release and day: the
    /// forecast only changes with the history (a new snapshot) or the day. Null for an overtaken release.
    /// </summary>
    public ReleaseForecast? ForecastFor(Release release, DateOnly today) => IsOvertaken(release) ? null :
        _forecasts.GetOrAdd((release.Id, today), key =>
        {
            var latest = LatestRc.Of(release.Candidates.Select(rc =>
                new LatestRc(rc.Number, rc.AnnouncedOn, rc.Announcement?.ExpectsExtraRc, rc.Announcement?.ExpectedLastRc, rc.Announcement?.HintSentence, rc.Announcement?.MessageId)
                {
                    LeftOpen = rc.Announcement?.ScheduleLeftOpen ?? false,
                    TravelSentence = rc.Announcement?.TravelSentence,
                    ReleaseWeekday = rc.Announcement?.ReleaseWeekday,
                }));
            // In the merge window, the mail of the release that opened it may plan its length.
            return ForecastService.Forecast(release, History, latest, key.Today, latest is null ? OpeningMailOf(release) : null);
        });

    // Every unreleased release below the newest definite one (a number an rc or a release mail gave).
    private static HashSet<Release> Overtaken(IReadOnlyList<Release> oldestFirst)
    {
        var newestDefinite = oldestFirst.LastOrDefault(r => !r.IsProvisional && (r.State != ReleaseState.MergeWindow || r.Candidates.Count > 0));
        return newestDefinite is null
            ? []
            : [.. oldestFirst.Where(r => r.State != ReleaseState.Released && r.Version < newestDefinite.Version)];
    }
}
