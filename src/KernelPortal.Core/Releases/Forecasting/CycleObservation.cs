namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>One finished cycle the forecaster learns from: when rc1 came and how many rcs it took.</summary>
/// <param name="Version">The release.</param>
/// <param name="Rc1On">rc1's day.</param>
/// <param name="LastRc">The number of the last rc before the release.</param>
/// <param name="ReleasedOn">The release day.</param>
/// <param name="MergeWindowDays">Days from the previous release to rc1, when known.</param>
public sealed record CycleObservation(KernelVersion Version, DateOnly Rc1On, int LastRc, DateOnly ReleasedOn, int? MergeWindowDays)
{
    /// <summary>Where the holidays fell in the cycle as planned at rc1.</summary>
    public HolidaySeason Season => HolidaySeasons.Of(Rc1On);

    /// <summary>Builds observations from the release history: rows with an rc1 date and an rc count.</summary>
    public static IReadOnlyList<CycleObservation> FromHistory(IEnumerable<ReleaseHistoryRow> history)
    {
        var list = new List<CycleObservation>();
        ReleaseHistoryRow? previous = null;
        foreach (var row in history.OrderBy(r => r.Version))
        {
            if (row.Rc1On is { } rc1 && row.LastRc is { } last)
            {
                list.Add(new CycleObservation(row.Version, rc1, last, row.ReleasedOn, previous is null ? null : rc1.DayNumber - previous.ReleasedOn.DayNumber));
            }

            previous = row;
        }

        return list;
    }
}
