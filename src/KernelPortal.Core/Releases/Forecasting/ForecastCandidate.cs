namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>One possible release day with its probability and the rc that would precede it.</summary>
public sealed record ForecastCandidate(DateOnly Date, double Probability, int LastRc);
