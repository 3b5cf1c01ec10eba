namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>What is known about a release in progress.</summary>
/// <param name="Version">The release (possibly provisional).</param>
/// <param name="MergeWindowOpenedOn">The previous release's day.</param>
/// <param name="LatestRc">The newest rc number, 0 while the merge window is open.</param>
/// <param name="LatestRcOn">The newest rc's day (rc1's day when only rc1 is out).</param>
/// <param name="ExpectsExtraRc">What the newest rc mail said: true "probably an rc8", false "final next", null nothing.</param>
public sealed record ForecastInput(KernelVersion Version, DateOnly MergeWindowOpenedOn, int LatestRc, DateOnly? LatestRcOn, bool? ExpectsExtraRc);
