namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>Aggregate of the backtest at one stage.</summary>
/// <param name="Stage">0 for the merge window, otherwise the rc number.</param>
/// <param name="Count">Releases forecast at that stage.</param>
/// <param name="MeanAbsoluteError">Model, in days.</param>
/// <param name="NaiveMeanAbsoluteError">Naive rule, in days.</param>
/// <param name="ExactShare">Share of forecasts on the exact day (model).</param>
/// <param name="NaiveExactShare">Share of forecasts on the exact day (naive).</param>
/// <param name="RangeCoverage">Share of releases inside the model's [earliest, latest] range.</param>
/// <param name="Brier">Mean Brier score of the model (lower is better).</param>
/// <param name="NaiveBrier">Mean Brier score of the naive rule.</param>
/// <param name="Subset">"all" cycles, or "mails": only the cycles for which a mail of that rc was given.</param>
public sealed record BacktestSummary(int Stage, int Count, double MeanAbsoluteError, double NaiveMeanAbsoluteError, double ExactShare, double NaiveExactShare, double RangeCoverage, double Brier = 0, double NaiveBrier = 0, string Subset = "all")
{
    public static BacktestSummary Of(int stage, IReadOnlyList<BacktestPoint> points, string subset) => points.Count == 0
        ? new(stage, 0, 0, 0, 0, 0, 0, 0, 0, subset)
        : new(
            stage,
            points.Count,
            points.Average(p => Math.Abs(p.Error)),
            points.Average(p => Math.Abs(p.NaiveError)),
            points.Count(p => p.Error == 0) / (double)points.Count,
            points.Count(p => p.NaiveError == 0) / (double)points.Count,
            points.Count(p => p.InRange) / (double)points.Count,
            points.Average(p => p.Brier),
            points.Average(p => p.NaiveBrier),
            subset);
}

/// <summary>One row of the reliability table: forecasts that gave a day probability in [From, To), and how often that day came.</summary>
public sealed record ReliabilityBin(double From, double To, int Count, double MeanProbability, double ObservedFrequency);
