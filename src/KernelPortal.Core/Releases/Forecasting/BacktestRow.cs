namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>The forecasts made for one past release.</summary>
public sealed record BacktestRow(KernelVersion Version, DateOnly ReleasedOn, int LastRc, IReadOnlyList<BacktestPoint> Points);
