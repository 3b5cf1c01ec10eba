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
    /// The forecast for an unreleased release as of today (the injected clock), or null when it is released or its
    /// merge window date is unknown. Days already past are not candidates (<see cref="ReleaseForecaster.Forecast(ForecastInput, DateOnly?)"/>).
    /// </summary>
    public async Task<ReleaseForecast?> ForecastAsync(Release release, CancellationToken cancellationToken)
    {
        if (release.State == ReleaseState.Released || release.MergeWindowOpenedOn is null)
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
            })
            .ToListAsync(cancellationToken);
        return Forecast(release, history, LatestRc.Of(rcs), DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
    }

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
    /// the one rule behind both the database path above and the in-memory snapshot.
    /// </summary>
    public static ReleaseForecast? Forecast(Release release, IReadOnlyList<CycleObservation> history, LatestRc? latest, DateOnly today)
    {
        if (release.State == ReleaseState.Released || release.MergeWindowOpenedOn is not { } opened || history.Count == 0)
        {
            return null;
        }

        var input = new ForecastInput(release.Version, opened, latest?.Number ?? 0, latest?.AnnouncedOn ?? release.Rc1On, latest?.ExpectsExtraRc, latest?.ExpectedLastRc);
        var forecast = new ReleaseForecaster(history).Forecast(input, today);
        return forecast.Basis is { } basis && latest is not null
            ? forecast with { Basis = basis with { HintSentence = latest.HintSentence, HintMessageId = latest.MessageId, StatedAt = latest.StatedAt, StatedOn = latest.StatedOn, LeftOpen = latest.LeftOpen } }
            : forecast;
    }
}

/// <summary>
/// The newest rc of a release in progress and what Linus last said about the next step: its own mail's words, or, when
/// that mail says nothing, those of an earlier rc's mail that still look ahead (<see cref="Of"/>).
/// </summary>
/// <param name="Number">The rc's number.</param>
/// <param name="AnnouncedOn">Its day.</param>
/// <param name="ExpectsExtraRc">What the mail's prose said about another rc, if anything.</param>
/// <param name="ExpectedLastRc">The rc the mail expects to be the last.</param>
/// <param name="HintSentence">The sentence that decided it.</param>
/// <param name="MessageId">The mail's Message-ID, for the link to lore.</param>
public sealed record LatestRc(int Number, DateOnly? AnnouncedOn, bool? ExpectsExtraRc, int? ExpectedLastRc, string? HintSentence, string? MessageId)
{
    /// <summary>The earlier rc whose mail said it, when the newest rc's mail said nothing; null when it is the newest's own.</summary>
    public int? StatedAt { get; init; }

    /// <summary>The day of that earlier rc.</summary>
    public DateOnly? StatedOn { get; init; }

    /// <summary>True when the mail spoke of the next step but left it open ("I'll decide next weekend").</summary>
    public bool LeftOpen { get; init; }

    /// <summary>
    /// The newest of a cycle's rcs with what Linus last said of the plan. A plan stands until a newer mail says
    /// something: "I'm planning on an rc8" in the rc5 mail still holds at rc6 and rc7 when their mails say nothing of
    /// it — but not when the newer mail leaves the next step open ("I'll decide next weekend"), which is news too. Only
    /// the newest statement counts, and only while it still looks ahead (its last rc is not behind the newest rc: "rc7
    /// will be the last" said at rc6 tells nothing once an rc8 is out).
    /// </summary>
    public static LatestRc? Of(IEnumerable<LatestRc> rcs)
    {
        var ordered = rcs.OrderByDescending(r => r.Number).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var newest = ordered[0];
        if (newest.ExpectedLastRc is not null || newest.ExpectsExtraRc is not null || newest.LeftOpen)
        {
            return newest;
        }

        var said = ordered.Skip(1).FirstOrDefault(r => r.ExpectedLastRc is not null);
        if (said?.ExpectedLastRc is not { } last || last < newest.Number)
        {
            return newest;
        }

        // An older word weighs its last rc only: it does not rule out the other days as the newest mail's own "there
        // will be an rc8" does (ExpectsExtraRc), since things may have changed since (5.5-rc6 "suspected" an rc8, and
        // 5.5 came after rc7).
        return newest with
        {
            ExpectsExtraRc = null,
            ExpectedLastRc = last,
            HintSentence = said.HintSentence,
            MessageId = said.MessageId,
            StatedAt = said.Number,
            StatedOn = said.AnnouncedOn,
        };
    }
}
