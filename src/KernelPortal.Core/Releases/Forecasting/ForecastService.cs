using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// Forecasts releases in progress from the database: it learns from every finished cycle stored there (so each
/// ingested release improves the next forecast) and reads the newest rc and what its mail said.
/// </summary>
public sealed class ForecastService(PortalDbContext db, TimeProvider clock)
{
    /// <summary>
    /// The forecast for an unreleased release as of today (the injected clock), or null when it is released or its
    /// merge window date is unknown. Days already past are not candidates (<see cref="ReleaseForecaster.Forecast(ForecastInput, DateOnly?)"/>).
    /// </summary>
    public async Task<ReleaseForecast?> ForecastAsync(Release release, CancellationToken cancellationToken)
    {
        if (release.State == ReleaseState.Released || release.MergeWindowOpenedOn is not { } opened)
        {
            return null;
        }

        var history = await HistoryAsync(cancellationToken);
        if (history.Count == 0)
        {
            return null;
        }

        var latest = await db.ReleaseCandidates.AsNoTracking()
            .Where(c => c.ReleaseId == release.Id)
            .OrderByDescending(c => c.Number)
            .Select(c => new
            {
                c.Number,
                c.AnnouncedOn,
                Hint = c.Announcement == null ? null : c.Announcement.ExpectsExtraRc,
                LastRc = c.Announcement == null ? null : c.Announcement.ExpectedLastRc,
                Sentence = c.Announcement == null ? null : c.Announcement.HintSentence,
                MessageId = c.Announcement == null ? null : c.Announcement.MessageId,
            })
            .FirstOrDefaultAsync(cancellationToken);
        var input = new ForecastInput(release.Version, opened, latest?.Number ?? 0, latest?.AnnouncedOn ?? release.Rc1On, latest?.Hint, latest?.LastRc);
        var forecast = new ReleaseForecaster(history).Forecast(input, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return forecast.Basis is { } basis && latest?.Sentence is not null
            ? forecast with { Basis = basis with { HintSentence = latest.Sentence, HintMessageId = latest.MessageId } }
            : forecast;
    }

    /// <summary>Finished cycles with an rc1 day and known rcs, oldest first.</summary>
    public async Task<IReadOnlyList<CycleObservation>> HistoryAsync(CancellationToken cancellationToken)
    {
        var rows = await db.Releases.AsNoTracking()
            .Where(r => r.State == ReleaseState.Released && r.Rc1On != null && r.ReleasedOn != null && r.Candidates.Any())
            .Select(r => new { r.Major, r.Minor, r.Patch, Rc1On = r.Rc1On!.Value, ReleasedOn = r.ReleasedOn!.Value, r.MergeWindowOpenedOn, LastRc = r.Candidates.Max(c => c.Number) })
            .ToListAsync(cancellationToken);
        return rows
            .Select(r => new CycleObservation(
                new KernelVersion(r.Major, r.Minor, r.Patch),
                r.Rc1On,
                r.LastRc,
                r.ReleasedOn,
                r.MergeWindowOpenedOn is { } opened ? r.Rc1On.DayNumber - opened.DayNumber : null))
            .OrderBy(o => o.Version)
            .ToList();
    }
}
