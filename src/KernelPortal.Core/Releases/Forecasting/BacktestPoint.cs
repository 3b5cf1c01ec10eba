namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>One forecast of a past release, made at <paramref name="Stage"/> (0 = in the merge window, N = at rcN).</summary>
/// <param name="Stage">0 for the merge window, otherwise the rc the forecast was made at.</param>
/// <param name="Forecast">The most likely day.</param>
/// <param name="Error">Forecast − actual, in days.</param>
/// <param name="Latest">The "at the latest" day.</param>
/// <param name="InRange">True when the actual day was within [earliest, latest].</param>
/// <param name="Naive">The naive forecast: rc1 + 7 weeks (in the merge window: previous release + 9 weeks).</param>
/// <param name="NaiveError">Naive − actual, in days.</param>
/// <param name="Brier">Σ (p − o)² over the candidate days (o = 1 for the release day, which counts with p = 0 when it was no candidate); 0 is perfect, 2 the worst.</param>
/// <param name="NaiveBrier">The naive rule as a forecast with p = 1: 0 when right, 2 when wrong.</param>
/// <param name="FromMail">True when a mail of this rc gave the day and the prose.</param>
/// <param name="Candidates">The forecast's candidate days with their probabilities, for the reliability table.</param>
public sealed record BacktestPoint(
    int Stage,
    DateOnly Forecast,
    int Error,
    DateOnly Latest,
    bool InRange,
    DateOnly Naive,
    int NaiveError,
    double Brier = 0,
    double NaiveBrier = 0,
    bool FromMail = false,
    IReadOnlyList<ForecastCandidate>? Candidates = null);
