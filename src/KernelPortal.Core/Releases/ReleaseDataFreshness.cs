using System.Globalization;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Releases;

/// <summary>Why the portal's facts about the release in progress are older than its cycle allows.</summary>
/// <param name="LastFact">The newest day the portal has a fact for (the merge window's start or the newest rc).</param>
/// <param name="ReasonDe">"Datenstand 16. August 2026 — seither keine Ankündigungen eingelesen (…)".</param>
/// <param name="ReasonEn">"Data as of 16 August 2026 — no announcements read since (…)".</param>
public sealed record StaleData(DateOnly LastFact, string ReasonDe, string ReasonEn);

/// <summary>
/// Judges the age of the release data against the cycle: rcs come weekly and rc1 two weeks after the previous
/// release, so a merge window open for more than <see cref="MergeWindowDays"/> days without an rc1, or an rc phase
/// more than <see cref="RcPhaseDays"/> days after its newest rc, means announcements were not read (ingestion
/// stalled), not that the kernel stopped. The front page, the release page, the API, /healthz and the CMS all ask
/// this one rule.
/// </summary>
public static class ReleaseDataFreshness
{
    /// <summary>Days a merge window may be open without an rc1 (rc1 comes after 14 days, 13–15 in almost every cycle).</summary>
    public const int MergeWindowDays = 21;

    /// <summary>Days after the newest rc without a newer rc or the release (rcs come every 7 days).</summary>
    public const int RcPhaseDays = 10;

    private static readonly CultureInfo German = Language.De.Culture();
    private static readonly CultureInfo English = Language.En.Culture();

    /// <summary>Loads the release in progress (the newest unreleased one, with its rcs) and judges its data.</summary>
    public static async Task<StaleData?> AssessAsync(PortalDbContext db, DateOnly today, CancellationToken cancellationToken)
    {
        var inProgress = await db.Releases.AsNoTracking().Include(r => r.Candidates)
            .Where(r => r.State != ReleaseState.Released)
            .OrderByDescending(r => r.Major).ThenByDescending(r => r.Minor).ThenByDescending(r => r.Patch)
            .FirstOrDefaultAsync(cancellationToken);
        var opening = inProgress is null ? null : await Forecasting.ForecastService.OpeningMailAsync(db, inProgress, cancellationToken);
        return Assess(inProgress, today, opening?.MergeWindowDays);
    }

    /// <summary>
    /// Null while the data is as fresh as the cycle allows (or nothing is in progress). A merge window the release mail
    /// planned longer than usual (<paramref name="plannedMergeWindowDays"/>, "three weeks") may run a week past its plan.
    /// </summary>
    public static StaleData? Assess(Release? inProgress, DateOnly today, int? plannedMergeWindowDays = null)
    {
        if (inProgress is null || inProgress.State == ReleaseState.Released)
        {
            return null;
        }

        if (inProgress.State == ReleaseState.MergeWindow)
        {
            // A plan that allows more than the usual three weeks moves the limit to a week past it.
            var longer = plannedMergeWindowDays is { } planned && planned + 7 > MergeWindowDays ? planned : (int?)null;
            if (inProgress.MergeWindowOpenedOn is not { } opened || today.DayNumber - opened.DayNumber <= (longer + 7 ?? MergeWindowDays))
            {
                return null;
            }

            var open = today.DayNumber - opened.DayNumber;
            var (expectedDe, expectedEn) = longer is { } days
                ? ($"angekündigt war ein rc1 nach {days} Tagen", $"while rc1 was announced after {days} days")
                : ("ein rc1 kommt sonst nach zwei Wochen", "while rc1 usually comes after two weeks");
            return new StaleData(
                opened,
                string.Create(German, $"Datenstand {opened:d. MMMM yyyy} — seither keine Ankündigungen eingelesen: Das Merge Window ist seit {open} Tagen offen, {expectedDe}."),
                string.Create(English, $"Data as of {opened:d MMMM yyyy} — no announcements read since: the merge window has been open for {open} days, {expectedEn}."));
        }

        var newest = inProgress.Candidates.Where(c => c.AnnouncedOn is not null).MaxBy(c => c.Number);
        var lastRcOn = newest?.AnnouncedOn ?? inProgress.Rc1On;
        if (lastRcOn is not { } last || today.DayNumber - last.DayNumber <= RcPhaseDays)
        {
            return null;
        }

        var rc = newest?.Number ?? 1;
        return new StaleData(
            last,
            string.Create(German, $"Datenstand {last:d. MMMM yyyy} — seither keine Ankündigungen eingelesen: Auf rc{rc} folgt sonst nach einer Woche der nächste rc oder die finale Version."),
            string.Create(English, $"Data as of {last:d MMMM yyyy} — no announcements read since: rc{rc} is usually followed by the next rc or the final release within a week."));
    }
}
