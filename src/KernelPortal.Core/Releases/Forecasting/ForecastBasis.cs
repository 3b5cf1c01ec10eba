namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>What a forecast rests on: the newest rc and what its mail said, the season, and the similar past cycles.</summary>
/// <param name="LatestRc">The newest rc (0 in the merge window).</param>
/// <param name="LatestRcOn">Its day, or the merge window's start.</param>
/// <param name="Season">Where Christmas and New Year fall in the cycle as planned.</param>
/// <param name="HistoryRc">The last rc the past cycles alone make most likely.</param>
/// <param name="HistoryShare">The weighted share of past cycles (at least as far as this one) that ended with <paramref name="HistoryRc"/>.</param>
/// <param name="ExpectedLastRc">The last rc Linus expects in his newest mail, or in an earlier one when it says nothing; or null.</param>
public sealed record ForecastBasis(int LatestRc, DateOnly? LatestRcOn, HolidaySeason Season, int HistoryRc, double HistoryShare, int? ExpectedLastRc)
{
    /// <summary>How many finished cycles the history part learned from: all, or those of the same season alone.</summary>
    public int ComparableCycles { get; init; }

    /// <summary>The sentence of the newest rc mail that said so (set by <see cref="ForecastService"/>).</summary>
    public string? HintSentence { get; init; }

    /// <summary>The earlier rc whose mail said it, when the newest rc's mail said nothing (<see cref="LatestRc.Of"/>).</summary>
    public int? StatedAt { get; init; }

    /// <summary>The day of that earlier rc.</summary>
    public DateOnly? StatedOn { get; init; }

    /// <summary>True when the newest mail spoke of the next step but left it open.</summary>
    public bool LeftOpen { get; init; }

    /// <summary>The Message-ID of that mail, for a link to its archive copy.</summary>
    public string? HintMessageId { get; init; }

    /// <summary>The newest rc mail's sentence about travel or holidays ahead (<see cref="LatestRc.TravelSentence"/>).</summary>
    public string? TravelSentence { get; init; }

    /// <summary>The weekday Linus named for the final he expects next, when the forecast put it there (not a Sunday).</summary>
    public DayOfWeek? ReleaseWeekday { get; init; }

    /// <summary>
    /// In the merge window: the days to rc1 the previous release's mail planned when they are not the usual two weeks and
    /// the forecast counted from them (its sentence is <see cref="HintSentence"/>, its mail <see cref="HintMessageId"/>).
    /// </summary>
    public int? PlannedMergeWindowDays { get; init; }
}
