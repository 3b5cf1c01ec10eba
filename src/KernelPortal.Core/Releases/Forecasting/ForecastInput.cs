namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>What is known about a release in progress.</summary>
/// <param name="Version">The release (possibly provisional).</param>
/// <param name="MergeWindowOpenedOn">The previous release's day; null when it is unknown (the mails have a gap before this
/// release), which is enough as long as an rc is known: the forecast counts from the newest rc.</param>
/// <param name="LatestRc">The newest rc number, 0 while the merge window is open.</param>
/// <param name="LatestRcOn">The newest rc's day (rc1's day when only rc1 is out).</param>
/// <param name="ExpectsExtraRc">What the newest rc mail said: true "probably an rc8", false "final next", null nothing.</param>
/// <param name="ExpectedLastRc">The rc the newest mail expects to be the last ("final next week" at rc7: 7; "two more weeks" at rc7: 8); null when it does not say.</param>
/// <param name="ReleaseWeekday">The weekday the mail names for the final it expects next ("on Saturday"), when not a Sunday.</param>
/// <param name="PlannedMergeWindowDays">The days to rc1 the previous release's mail planned ("the merge window will be three
/// weeks": 21); null when it said nothing, and then the usual <see cref="ReleaseForecaster.MergeWindowDays"/>. Used only
/// while the merge window is open.</param>
public sealed record ForecastInput(KernelVersion Version, DateOnly? MergeWindowOpenedOn, int LatestRc, DateOnly? LatestRcOn, bool? ExpectsExtraRc, int? ExpectedLastRc = null, DayOfWeek? ReleaseWeekday = null, int? PlannedMergeWindowDays = null);
