namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// Walk-forward backtest: every past release is forecast only from the cycles finished before it, at the merge
/// window, rc1, rc5 and rc7 (where the cycle got that far), and compared with the naive "rc1 + 7 weeks".
/// </summary>
public static class ForecastBacktest
{
    /// <summary>The stages reported: merge window (0), rc1, rc5, rc7.</summary>
    public static readonly IReadOnlyList<int> Stages = [0, 1, 5, 7];

    /// <summary>Cycles needed before the first forecast is made.</summary>
    public const int MinimumTraining = 20;

    public static (IReadOnlyList<BacktestRow> Rows, IReadOnlyList<BacktestSummary> Summary) Run(IReadOnlyList<ReleaseHistoryRow> history)
    {
        var ordered = history.OrderBy(r => r.Version).ToList();
        var observations = CycleObservation.FromHistory(ordered);
        var rows = new List<BacktestRow>();
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
                var rcDay = stage == 0 ? (DateOnly?)null
                    : stage <= row.RcDates.Count && row.RcDates[stage - 1] is { } known ? known
                    : cycle.Rc1On.AddDays(7 * (stage - 1));
                var forecast = forecaster.Forecast(new ForecastInput(cycle.Version, previous.ReleasedOn, stage, rcDay, null));
                var naive = stage == 0 ? previous.ReleasedOn.AddDays(63) : cycle.Rc1On.AddDays(49);
                points.Add(new BacktestPoint(
                    stage,
                    forecast.MostLikely,
                    forecast.MostLikely.DayNumber - cycle.ReleasedOn.DayNumber,
                    forecast.Latest,
                    cycle.ReleasedOn >= forecast.Earliest.AddDays(-1) && cycle.ReleasedOn <= forecast.Latest.AddDays(1),
                    naive,
                    naive.DayNumber - cycle.ReleasedOn.DayNumber));
            }

            rows.Add(new BacktestRow(cycle.Version, cycle.ReleasedOn, cycle.LastRc, points));
        }

        var summary = Stages.Select(stage =>
        {
            var points = rows.SelectMany(r => r.Points).Where(p => p.Stage == stage).ToList();
            return new BacktestSummary(
                stage,
                points.Count,
                points.Count == 0 ? 0 : points.Average(p => Math.Abs(p.Error)),
                points.Count == 0 ? 0 : points.Average(p => Math.Abs(p.NaiveError)),
                points.Count == 0 ? 0 : points.Count(p => p.Error == 0) / (double)points.Count,
                points.Count == 0 ? 0 : points.Count(p => p.NaiveError == 0) / (double)points.Count,
                points.Count == 0 ? 0 : points.Count(p => p.InRange) / (double)points.Count);
        }).ToList();
        return (rows, summary);
    }
}
