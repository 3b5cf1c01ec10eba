using KernelPortal.Core.Releases;

namespace KernelPortal.UnitTests.Releases;

public class ReleaseHistoryTests
{
    [Fact]
    public void Loads_every_mainline_release_from_2_6_0_to_7_2_in_order()
    {
        var history = ReleaseHistory.Load();

        Assert.Equal("2.6.0", history[0].Version.ToString());
        Assert.Equal("7.2", history[^1].Version.ToString());
        Assert.Equal(124, history.Count);
        Assert.Equal(history.Select(r => r.Version).Order(), history.Select(r => r.Version));
    }

    [Fact]
    public void Reads_dates_counts_and_positional_rc_dates()
    {
        var release = ReleaseHistory.Load().Single(r => r.Version.ToString() == "3.19");

        Assert.Equal(new DateOnly(2015, 2, 8), release.ReleasedOn);
        Assert.Equal(new DateOnly(2014, 12, 20), release.Rc1On);
        Assert.Equal(7, release.LastRc);
        Assert.Equal(7, release.RcDates.Count);
        Assert.Null(release.RcDates[1]);
        Assert.Equal(new DateOnly(2015, 2, 1), release.RcDates[6]);
        Assert.Equal(12617, release.Commits);
        Assert.True(release.Rc1Verified);
    }

    [Fact]
    public void Names_the_line_of_a_bad_row()
    {
        const string csv = "version,release_date,rc1_date,num_rcs,rc_dates,dev_days,merge_window_days,commits,developers,files,lines_added,lines_removed,release_date_verified,rc1_verified,num_rcs_verified,sources\n" +
            "3.19,2015-02-08,,,,,,,,,,,yes,no,no,x\n" +
            "4.0,12 April 2015,,,,,,,,,,,yes,no,no,x\n";

        var exception = Assert.Throws<FormatException>(() => ReleaseHistory.Parse(csv));

        Assert.Contains("line 3 (4.0)", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_file_without_the_expected_columns()
    {
        var exception = Assert.Throws<FormatException>(() => ReleaseHistory.Parse("version,date\n3.19,2015-02-08\n"));

        Assert.Contains("'release_date'", exception.Message, StringComparison.Ordinal);
    }
}
