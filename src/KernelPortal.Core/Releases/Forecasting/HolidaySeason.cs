namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// Where Christmas and New Year (24 December – 1 January) fall in a cycle as it would run at the usual length: rc1,
/// six weekly rcs after it, and the release a week after rc7 (<see cref="HolidaySeasons.UsualReleaseDays"/> days after rc1).
/// </summary>
/// <remarks>
/// Holidays at the end matter most: when rc6, rc7 or the release itself would fall on them, the fixes of the last
/// weeks come slowly (people are away) and Linus has not wanted the next merge window to open over them — every cycle
/// since 3.2 whose last weeks fell on the holidays ran at least a week longer than usual, five of them with an rc8 or
/// rc9 (3.13, 4.4, 4.15, 5.16, 6.7), 3.2 with a late release after rc7. Holidays earlier in the rc phase, when rc1–rc5
/// see fewer changes anyway, ended with an rc7 in most cycles. Known at rc1, so the forecast can use it in every stage.
/// </remarks>
public enum HolidaySeason
{
    /// <summary>The cycle does not run over the holidays.</summary>
    None,

    /// <summary>The holidays fall in the rc phase before its last two weeks.</summary>
    DuringRcs,

    /// <summary>The holidays fall in the last two weeks before the usual release: on rc6, rc7 or the release.</summary>
    AtTheEnd,
}

/// <summary>Finds the <see cref="HolidaySeason"/> of a cycle from its rc1.</summary>
public static class HolidaySeasons
{
    /// <summary>Days from rc1 to the release in a cycle of the usual length (seven rcs): seven weeks.</summary>
    public const int UsualReleaseDays = 49;

    /// <summary>The last weeks that decide whether a cycle runs longer: rc6 to the release, two weeks.</summary>
    public const int LastWeeksDays = 14;

    public static HolidaySeason Of(DateOnly rc1)
    {
        var release = rc1.AddDays(UsualReleaseDays);
        return Overlaps(release.AddDays(-LastWeeksDays), release) ? HolidaySeason.AtTheEnd
            : Overlaps(rc1, release) ? HolidaySeason.DuringRcs
            : HolidaySeason.None;
    }

    /// <summary>True when a period includes any of 24 December – 1 January.</summary>
    public static bool Overlaps(DateOnly from, DateOnly to)
    {
        for (var year = from.Year - 1; year <= to.Year; year++)
        {
            var christmas = new DateOnly(year, 12, 24);
            var newYear = new DateOnly(year + 1, 1, 1);
            if (from <= newYear && to >= christmas)
            {
                return true;
            }
        }

        return false;
    }
}
