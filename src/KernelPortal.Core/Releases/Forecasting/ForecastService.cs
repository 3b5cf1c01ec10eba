using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// Forecasts releases in progress from the database: it learns from every finished cycle stored there (so each
/// ingested release improves the next forecast) and reads the newest rc and what its mail said. The web pages ask
/// <see cref="ReleaseSnapshot"/> instead, which makes the same forecast from the release history in memory.
/// </summary>
public sealed class ForecastService(PortalDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The forecast for an unreleased release as of today (the injected clock), or null when it is released or
    /// nothing dates it (neither an rc nor the merge window's opening). Days already past are not candidates
    /// (<see cref="ReleaseForecaster.Forecast(ForecastInput, DateOnly?)"/>).
    /// </summary>
    public async Task<ReleaseForecast?> ForecastAsync(Release release, CancellationToken cancellationToken)
    {
        if (release.State == ReleaseState.Released)
        {
            return null;
        }

        var history = await HistoryAsync(cancellationToken);
        var rcs = await db.ReleaseCandidates.AsNoTracking()
            .Where(c => c.ReleaseId == release.Id)
            .Select(c => new LatestRc(
                c.Number,
                c.AnnouncedOn,
                c.Announcement == null ? null : c.Announcement.ExpectsExtraRc,
                c.Announcement == null ? null : c.Announcement.ExpectedLastRc,
                c.Announcement == null ? null : c.Announcement.HintSentence,
                c.Announcement == null ? null : c.Announcement.MessageId)
            {
                LeftOpen = c.Announcement != null && c.Announcement.ScheduleLeftOpen,
                TravelSentence = c.Announcement == null ? null : c.Announcement.TravelSentence,
                ReleaseWeekday = c.Announcement == null ? null : c.Announcement.ReleaseWeekday,
            })
            .ToListAsync(cancellationToken);
        // In the merge window: the mail of the release that opened it, for the length it planned.
        var opening = rcs.Count == 0 ? await OpeningMailAsync(db, release, cancellationToken) : null;
        return Forecast(release, history, LatestRc.Of(rcs), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), opening);
    }

    /// <summary>
    /// The mail of the release whose release opened <paramref name="release"/>'s merge window (the one released on the day
    /// it opened), for the merge window it planned; null when none is stored or the merge window's day is unknown.
    /// </summary>
    public static async Task<Announcement?> OpeningMailAsync(PortalDbContext db, Release release, CancellationToken cancellationToken) =>
        release.MergeWindowOpenedOn is { } opened
            ? await db.Announcements.AsNoTracking()
                .Where(a => a.Kind == AnnouncementKind.Release && a.Release != null && a.Release.ReleasedOn == opened && a.Release.State == ReleaseState.Released)
                .OrderBy(a => a.SentAtUtc)
                .FirstOrDefaultAsync(cancellationToken)
            : null;

    /// <summary>Finished cycles with an rc1 day and known rcs, oldest first.</summary>
    public async Task<IReadOnlyList<CycleObservation>> HistoryAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Releases.AsNoTracking()
            .Where(r => r.State == ReleaseState.Released && r.Rc1On != null && r.ReleasedOn != null && r.Candidates.Any())
            .Select(r => new { r.Major, r.Minor, r.Patch, Rc1On = r.Rc1On!.Value, ReleasedOn = r.ReleasedOn!.Value, r.MergeWindowOpenedOn, LastRc = r.Candidates.Max(c => c.Number) })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => Observation(new KernelVersion(r.Major, r.Minor, r.Patch), r.Rc1On, r.LastRc, r.ReleasedOn, r.MergeWindowOpenedOn))
            .OrderBy(o => o.Version)
            .ToList();
    }

    /// <summary>One finished cycle as the forecaster learns from it.</summary>
    public static CycleObservation Observation(KernelVersion version, DateOnly rc1On, int lastRc, DateOnly releasedOn, DateOnly? mergeWindowOpenedOn) =>
        new(version, rc1On, lastRc, releasedOn, mergeWindowOpenedOn is { } opened ? rc1On.DayNumber - opened.DayNumber : null);

    /// <summary>
    /// The forecast for <paramref name="release"/> from a history and its newest rc (with what that rc's mail said):
    /// the one rule behind both the database path above and the in-memory snapshot. In the merge window,
    /// <paramref name="opening"/> is the mail of the release that opened it, whose planned length counts.
    /// </summary>
    public static ReleaseForecast? Forecast(Release release, IReadOnlyList<CycleObservation> history, LatestRc? latest, DateOnly today, Announcement? opening = null)
    {
        // An rc's day is enough to count from: the merge window's opening is unknown when the mails have a gap before
        // this release (a 7.4-rc7 mail read into a history that ends with 7.2), and the forecast is still wanted.
        var rcDay = latest?.AnnouncedOn ?? release.Rc1On;
        var dated = release.MergeWindowOpenedOn is not null || (latest is not null && rcDay is not null);
        if (release.State == ReleaseState.Released || !dated || history.Count == 0)
        {
            return null;
        }

        var input = new ForecastInput(release.Version, release.MergeWindowOpenedOn, latest?.Number ?? 0, rcDay, latest?.ExpectsExtraRc, latest?.ExpectedLastRc, latest?.ReleaseWeekday, opening?.MergeWindowDays);
        var forecast = new ReleaseForecaster(history).Forecast(input, today);
        if (forecast.Basis is { PlannedMergeWindowDays: not null } planned && opening is not null)
        {
            return forecast with { Basis = planned with { HintSentence = opening.MergeWindowSentence, HintMessageId = opening.MessageId } };
        }

        // The sentence is quoted only beside what the forecast took from it: a plan the forecaster set aside (a last rc
        // no cycle came near) is not shown as Linus' word.
        return forecast.Basis is { } basis && latest is not null
            ? forecast with { Basis = basis with { HintSentence = basis.ExpectedLastRc is not null || latest.LeftOpen ? latest.HintSentence : null, HintMessageId = latest.MessageId, StatedAt = latest.StatedAt, StatedOn = latest.StatedOn, LeftOpen = latest.LeftOpen, TravelSentence = latest.TravelSentence } }
            : forecast;
    }
}
