namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// Walk-forward backtest: every past release is forecast only from the cycles finished before it, at the merge
/// window, rc1, rc5, rc6 and rc7 (where the cycle got that far), and compared with the naive "rc1 + 7 weeks".
/// Given Linus' rc mails, a forecast at rcN uses that mail's day and what its prose says about the next step, as
/// the portal does once the mail is ingested; given his release mails, the forecast in the merge window counts rc1
/// from the length the previous release's mail planned.
/// </summary>
public static class ForecastBacktest
{
    /// <summary>The stages reported: merge window (0), rc1, rc5, rc6, rc7.</summary>
    public static readonly IReadOnlyList<int> Stages = [0, 1, 5, 6, 7];

    /// <summary>Cycles needed before the first forecast is made.</summary>
    public const int MinimumTraining = 20;

    /// <summary>The stage of the release after: forecast at the previous release's rc7 (<see cref="ReleaseForecast.Following"/>).</summary>
    public const int FollowingStage = -1;

    /// <summary>
    /// The backtest's result: forecasts per release, summaries per stage (all cycles; the cycles with a mail of that
    /// rc; every stage of the cycles the mails cover, i.e. with a mail of any rc), the reliability table, and how the
    /// forecast of the release after did (<see cref="FollowingStage"/>: made at the previous release's rc7).
    /// </summary>
    public sealed record Result(
        IReadOnlyList<BacktestRow> Rows,
        IReadOnlyList<BacktestSummary> Summary,
        IReadOnlyList<BacktestSummary> WithMails,
        IReadOnlyList<BacktestSummary> MailCycles,
        IReadOnlyList<ReliabilityBin> Reliability,
        BacktestSummary Following);

    public static (IReadOnlyList<BacktestRow> Rows, IReadOnlyList<BacktestSummary> Summary) Run(IReadOnlyList<ReleaseHistoryRow> history)
    {
        var result = Run(history, []);
        return (result.Rows, result.Summary);
    }

    public static Result Run(IReadOnlyList<ReleaseHistoryRow> history, IReadOnlyList<MailEvidence> mails, IReadOnlyList<ReleaseMailEvidence>? releaseMails = null)
    {
        var opening = (releaseMails ?? []).GroupBy(m => m.Release).ToDictionary(g => g.Key, g => g.First());
        var byRc = mails.GroupBy(m => (m.Release, m.Rc)).ToDictionary(g => g.Key, g => g.First());
        var ordered = history.OrderBy(r => r.Version).ToList();
        var observations = CycleObservation.FromHistory(ordered);
        var rows = new List<BacktestRow>();
        var following = new List<BacktestPoint>();
        for (var i = MinimumTraining; i < observations.Count; i++)
        {
            var cycle = observations[i];
            var row = ordered.First(r => r.Version == cycle.Version);
            var previous = ordered.LastOrDefault(r => r.Version < cycle.Version);
            if (previous is null)
            {
                continue;
            }

            var forecaster = new ReleaseForecaster(observations.Take(i).ToList());
            var points = new List<BacktestPoint>();
            foreach (var stage in Stages.Where(s => s <= cycle.LastRc))
            {
                var mail = stage == 0 ? null : byRc.GetValueOrDefault((cycle.Version, stage));
                // In the merge window: the previous release's mail, which opened it.
                var opened = stage == 0 ? opening.GetValueOrDefault(previous.Version) : null;
                var forecast = forecaster.Forecast(InputAt(cycle, row, previous, stage, mail, mails, opened));
                var naive = stage == 0 ? previous.ReleasedOn.AddDays(63) : cycle.Rc1On.AddDays(49);
                // The merge window's mail counts where it planned a length: otherwise it tells nothing the history lacks.
                points.Add(Point(stage, forecast, cycle.ReleasedOn, naive, mail is not null || opened?.MergeWindowDays is not null));
            }

            rows.Add(new BacktestRow(cycle.Version, cycle.ReleasedOn, cycle.LastRc, points));

            // The release after this one, as forecast at this one's rc7 (its last rc, where it ended earlier) and compared
            // with what came next; the naive rule: this rc1 + 7 weeks, then 9 weeks more.
            if (i + 1 < observations.Count)
            {
                var stage = Math.Min(ReleaseForecaster.UsualLastRc, cycle.LastRc);
                var mail = byRc.GetValueOrDefault((cycle.Version, stage));
                if (forecaster.Forecast(InputAt(cycle, row, previous, stage, mail, mails, null)).Following is { HasDate: true } next)
                {
                    following.Add(Point(FollowingStage, next, observations[i + 1].ReleasedOn, cycle.Rc1On.AddDays(49 + 63), mail is not null));
                }
            }
        }

        var all = rows.SelectMany(r => r.Points).ToList();
        var summary = Stages.Select(stage => BacktestSummary.Of(stage, [.. all.Where(p => p.Stage == stage)], "all")).ToList();
        var withMails = Stages
            .Select(stage => BacktestSummary.Of(stage, [.. all.Where(p => p.Stage == stage && p.FromMail)], "mails"))
            .Where(s => s.Count > 0)
            .ToList();

        // The cycles a corpus of mails speaks for, at every stage: how the forecast does on the cycles the mails
        // cover, including the stages before the cycle's first mail (which use the history alone).
        var covered = mails.Select(m => m.Release).ToHashSet();
        var ofCovered = rows.Where(r => covered.Contains(r.Version)).SelectMany(r => r.Points).ToList();
        var mailCycles = Stages.Select(stage => BacktestSummary.Of(stage, [.. ofCovered.Where(p => p.Stage == stage)], "mail cycles"))
            .Where(s => s.Count > 0)
            .ToList();
        return new Result(rows, summary, withMails, mailCycles, Reliability(rows), BacktestSummary.Of(FollowingStage, following, "following"));
    }

    // What the live forecast knows of a cycle at a stage: this rc's mail (its day and prose) or the history's rc day, and
    // what Linus last said by then — this rc's mail, or an earlier one of the cycle whose plan still looks ahead
    // (walk-forward: never a later mail).
    private static ForecastInput InputAt(CycleObservation cycle, ReleaseHistoryRow row, ReleaseHistoryRow previous, int stage, MailEvidence? mail, IReadOnlyList<MailEvidence> mails, ReleaseMailEvidence? opened)
    {
        var rcDay = stage == 0 ? (DateOnly?)null
            : mail is not null ? mail.AnnouncedOn
            : stage <= row.RcDates.Count && row.RcDates[stage - 1] is { } known ? known
            : cycle.Rc1On.AddDays(7 * (stage - 1));
        var said = stage == 0 ? null : LatestRc.Of([
            mail?.AsRc() ?? new LatestRc(stage, rcDay, null, null, null, null),
            .. mails.Where(m => m.Release == cycle.Version && m.Rc < stage).Select(m => m.AsRc()),
        ]);
        return new ForecastInput(cycle.Version, previous.ReleasedOn, stage, rcDay, said?.ExpectsExtraRc, said?.ExpectedLastRc, said?.ReleaseWeekday, opened?.MergeWindowDays);
    }

    private static BacktestPoint Point(int stage, ReleaseForecast forecast, DateOnly released, DateOnly naive, bool fromMail)
    {
        var brier = forecast.Candidates.Sum(c => Math.Pow(c.Probability - (c.Date == released ? 1 : 0), 2))
            + (forecast.Candidates.Any(c => c.Date == released) ? 0 : 1);
        return new BacktestPoint(
            stage,
            forecast.MostLikely,
            forecast.MostLikely.DayNumber - released.DayNumber,
            forecast.Latest,
            released >= forecast.Earliest.AddDays(-1) && released <= forecast.Latest.AddDays(1),
            naive,
            naive.DayNumber - released.DayNumber,
            brier,
            naive == released ? 0 : 2,
            fromMail,
            forecast.Candidates);
    }

    /// <summary>
    /// Calibration: every candidate day of every forecast, binned by its probability, against how often the release
    /// came on that day. A calibrated forecaster's days with p ≈ 0.8 come true about 80 % of the time.
    /// </summary>
    public static IReadOnlyList<ReliabilityBin> Reliability(IReadOnlyList<BacktestRow> rows)
    {
        double[] edges = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1.0001];
        var outcomes = rows.SelectMany(r => r.Points.SelectMany(p => (p.Candidates ?? []).Select(c => (c.Probability, Hit: c.Date == r.ReleasedOn)))).ToList();
        return [.. Enumerable.Range(0, edges.Length - 1).Select(i =>
        {
            var bin = outcomes.Where(o => o.Probability >= edges[i] && o.Probability < edges[i + 1]).ToList();
            return new ReliabilityBin(edges[i], Math.Min(edges[i + 1], 1), bin.Count, bin.Count == 0 ? 0 : bin.Average(o => o.Probability), bin.Count == 0 ? 0 : bin.Count(o => o.Hit) / (double)bin.Count);
        })];
    }
}
