using KernelPortal.Core.Content;
using KernelPortal.Core.Content.Reading;
using KernelPortal.Core.Data;
using KernelPortal.Core.People;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Releases;

/// <summary>
/// Keeps this instance's <see cref="ReleaseSnapshot"/>: read on first use, read again after
/// <see cref="Invalidate"/> (the content-change signal: this instance's own changes and every other process's
/// through LISTEN/NOTIFY) and at the latest after <see cref="MaxAge"/>, the same safety net the output cache has for a
/// lost LISTEN connection.
/// </summary>
public sealed class ReleaseSnapshotSource(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IDisposable
{
    /// <summary>How old a snapshot may get when no change signal arrives.</summary>
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim _building = new(1, 1);
    private (ReleaseSnapshot Snapshot, long Generation)? _current;
    private long _generation;

    /// <summary>Marks the snapshot out of date; the next request reads the database again.</summary>
    public void Invalidate() => Interlocked.Increment(ref _generation);

    /// <summary>The current snapshot, reading the database first when there is none or it is out of date.</summary>
    public async Task<ReleaseSnapshot> GetAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } fresh)
        {
            return fresh;
        }

        // One reader at a time: the requests that arrive meanwhile wait for its result instead of all reading.
        await _building.WaitAsync(cancellationToken);
        try
        {
            if (Fresh() is { } built)
            {
                return built;
            }

            // A change signalled while we read makes this snapshot out of date at once (generation taken first).
            var generation = Interlocked.Read(ref _generation);
            var snapshot = await ReadAsync(cancellationToken);
            _current = (snapshot, generation);
            return snapshot;
        }
        finally
        {
            _building.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _building.Dispose();

    private ReleaseSnapshot? Fresh() =>
        _current is { } current
        && current.Generation == Interlocked.Read(ref _generation)
        && clock.GetUtcNow() - current.Snapshot.BuiltAt < MaxAge
            ? current.Snapshot
            : null;

    private async Task<ReleaseSnapshot> ReadAsync(CancellationToken cancellationToken)
    {
        var builtAt = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var releases = await db.Releases.AsNoTracking().ToListAsync(cancellationToken);
        var candidates = await db.ReleaseCandidates.AsNoTracking().ToListAsync(cancellationToken);
        // The people lists are left out: only a release's own people page needs them (ReleasePeopleQuery).
        var statistics = await db.ReleaseStatistics.AsNoTracking()
            .Select(s => new ReleaseStatistics
            {
                ReleaseId = s.ReleaseId, Source = s.Source, FromVersion = s.FromVersion, Files = s.Files, Lines = s.Lines,
                LinesWithoutDocs = s.LinesWithoutDocs, DevelopmentDays = s.DevelopmentDays, Commits = s.Commits,
                Developers = s.Developers, FilesChanged = s.FilesChanged, Insertions = s.Insertions, Deletions = s.Deletions,
                ComputedAt = s.ComputedAt, Note = s.Note,
            })
            .ToListAsync(cancellationToken);
        var mails = await db.Announcements.AsNoTracking().Where(a => a.ReleaseId != null)
            .Select(a => new
            {
                a.Id, a.ReleaseId, a.MessageId, a.Subject, a.From, a.SentAtUtc, a.SentUtcOffsetMinutes, a.Kind, a.VersionText,
                a.ExpectsExtraRc, a.ExpectedLastRc, a.HintSentence, a.ScheduleLeftOpen, a.TravelSentence, a.ReleaseWeekday, a.ShortlogCommits,
                a.MergeWindowDays, a.MergeWindowSentence,
            })
            .ToListAsync(cancellationToken);
        var upstream = await db.UpstreamReleases.AsNoTracking().OrderBy(u => u.Moniker).ThenByDescending(u => u.ReleasedOn).ToListAsync(cancellationToken);
        var people = await new ReleasePeopleQuery(db).HistoryAsync(cancellationToken);
        var tags = await db.FeatureTags.AsNoTracking()
            .ToDictionaryAsync(t => t.Id, t => new TagView(t.Slug, t.NameDe, t.NameEn, t.Position), cancellationToken);
        var series = await db.Series.AsNoTracking()
            .ToDictionaryAsync(s => s.Id, s => new SeriesView(s.Slug, s.Title, s.ReleaseId), cancellationToken);

        var announcements = mails.ToDictionary(m => m.Id, m => (m.ReleaseId, Mail: new Announcement(
            m.MessageId, m.Subject, m.From, m.SentAtUtc.ToOffset(TimeSpan.FromMinutes(m.SentUtcOffsetMinutes)), body: string.Empty, raw: string.Empty,
            m.Kind, KernelVersion.Parse(m.VersionText))
        {
            ExpectsExtraRc = m.ExpectsExtraRc, ExpectedLastRc = m.ExpectedLastRc, HintSentence = m.HintSentence, ScheduleLeftOpen = m.ScheduleLeftOpen,
            TravelSentence = m.TravelSentence, ReleaseWeekday = m.ReleaseWeekday, ShortlogCommits = m.ShortlogCommits,
            MergeWindowDays = m.MergeWindowDays, MergeWindowSentence = m.MergeWindowSentence,
        }));
        var candidatesByRelease = candidates.ToLookup(c => c.ReleaseId);
        var statisticsByRelease = statistics.ToLookup(s => s.ReleaseId);
        foreach (var release in releases)
        {
            foreach (var candidate in candidatesByRelease[release.Id].OrderBy(c => c.Number))
            {
                candidate.Announcement = candidate.AnnouncementId is { } id && announcements.TryGetValue(id, out var mail) ? mail.Mail : null;
                release.Candidates.Add(candidate);
            }

            release.Statistics.AddRange(statisticsByRelease[release.Id]);
        }

        var releaseMails = announcements.Values
            .Where(a => a.Mail.Kind == AnnouncementKind.Release && a.ReleaseId is not null)
            .GroupBy(a => a.ReleaseId!.Value)
            .ToDictionary(g => g.Key, g => g.MinBy(a => a.Mail.SentAtUtc).Mail);
        var catalogue = new TeaserCatalogue(tags, series, releases.ToDictionary(r => r.Id, r => r.VersionText));
        return new ReleaseSnapshot([.. releases.OrderBy(r => r.Version)], upstream, people, releaseMails, catalogue, builtAt);
    }
}
