using KernelPortal.Core.Releases;

namespace KernelPortal.UnitTests.Releases;

public class ReleaseDataFreshnessTests
{
    private static readonly DateOnly Opened = new(2026, 8, 16);

    private static Release MergeWindow() => new(KernelVersion.Parse("7.3"), ReleaseState.MergeWindow, isProvisional: true) { MergeWindowOpenedOn = Opened };

    private static Release AtRc(int rc)
    {
        var release = new Release(KernelVersion.Parse("7.3"), ReleaseState.MergeWindow) { MergeWindowOpenedOn = Opened };
        for (var n = 1; n <= rc; n++)
        {
            release.AddCandidate(n, Opened.AddDays(7 * (n + 1)));
        }

        release.CloseMergeWindow(Opened.AddDays(14));
        return release;
    }

    [Fact]
    public void A_merge_window_is_stale_after_three_weeks_without_an_rc1()
    {
        Assert.Null(ReleaseDataFreshness.Assess(MergeWindow(), Opened.AddDays(ReleaseDataFreshness.MergeWindowDays)));

        var stale = ReleaseDataFreshness.Assess(MergeWindow(), Opened.AddDays(ReleaseDataFreshness.MergeWindowDays + 1));

        Assert.NotNull(stale);
        Assert.Equal(Opened, stale.LastFact);
        Assert.StartsWith("Datenstand 16. August 2026 — seither keine Ankündigungen eingelesen", stale.ReasonDe, StringComparison.Ordinal);
        Assert.StartsWith("Data as of 16 August 2026 — no announcements read since", stale.ReasonEn, StringComparison.Ordinal);
    }

    [Fact]
    public void A_merge_window_planned_longer_may_run_a_week_past_its_plan()
    {
        // "The merge window will be four weeks": rc1 is due after 28 days, and only a week later is the data stale.
        Assert.Null(ReleaseDataFreshness.Assess(MergeWindow(), Opened.AddDays(35), plannedMergeWindowDays: 28));

        var stale = ReleaseDataFreshness.Assess(MergeWindow(), Opened.AddDays(36), plannedMergeWindowDays: 28);

        Assert.NotNull(stale);
        Assert.EndsWith("Das Merge Window ist seit 36 Tagen offen, angekündigt war ein rc1 nach 28 Tagen.", stale.ReasonDe, StringComparison.Ordinal);
        Assert.EndsWith("while rc1 was announced after 28 days.", stale.ReasonEn, StringComparison.Ordinal);
        // A shorter plan does not make the data stale sooner: rc1 may still come on the usual day.
        Assert.Null(ReleaseDataFreshness.Assess(MergeWindow(), Opened.AddDays(ReleaseDataFreshness.MergeWindowDays), plannedMergeWindowDays: 7));
    }

    [Fact]
    public void An_rc_phase_is_stale_more_than_ten_days_after_its_newest_rc()
    {
        var release = AtRc(3);
        var rc3 = Opened.AddDays(28);

        Assert.Null(ReleaseDataFreshness.Assess(release, rc3.AddDays(ReleaseDataFreshness.RcPhaseDays)));
        var stale = ReleaseDataFreshness.Assess(release, rc3.AddDays(ReleaseDataFreshness.RcPhaseDays + 1));

        Assert.NotNull(stale);
        Assert.Equal(rc3, stale.LastFact);
        Assert.Contains("rc3", stale.ReasonDe, StringComparison.Ordinal);
    }

    [Fact]
    public void Released_or_absent_releases_are_never_stale()
    {
        var released = AtRc(7);
        released.MarkReleased(Opened.AddDays(63));

        Assert.Null(ReleaseDataFreshness.Assess(released, Opened.AddDays(400)));
        Assert.Null(ReleaseDataFreshness.Assess(null, Opened.AddDays(400)));
    }
}
