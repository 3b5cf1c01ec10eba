namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>Aggregate of the backtest at one stage.</summary>
/// <param name="Stage">0 for the merge window, otherwise the rc number.</param>
/// <param name="Count">Releases forecast at that stage.</param>
/// <param name="MeanAbsoluteError">Model, in days.</param>
/// <param name="NaiveMeanAbsoluteError">Naive rule, in days.</param>
/// <param name="ExactShare">Share of forecasts on the exact day (model).</param>
/// <param name="NaiveExactShare">Share of forecasts on the exact day (naive).</param>
/// <param name="RangeCoverage">Share of releases inside the model's [earliest, latest] range.</param>
public sealed record BacktestSummary(int Stage, int Count, double MeanAbsoluteError, double NaiveMeanAbsoluteError, double ExactShare, double NaiveExactShare, double RangeCoverage);
