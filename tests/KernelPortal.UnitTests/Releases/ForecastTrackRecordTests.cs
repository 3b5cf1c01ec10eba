using KernelPortal.Core.Content;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;

namespace KernelPortal.UnitTests.Releases;

/// <summary>The forecast's record as the pages show it: the walk-forward backtest over the stored releases and mails.</summary>
public class ForecastTrackRecordTests
{
    // The project's release history as the database holds it: releases with their rcs (a day where the history has one).
    private static List<Release> Releases()
    {
        var releases = new List<Release>();
        foreach (var row in ReleaseHistory.Load().OrderBy(r => r.Version))
        {
            var release = new Release(row.Version, ReleaseState.MergeWindow);
            if (row.Rc1On is { } rc1 && row.LastRc is { } lastRc)
            {
                release.CloseMergeWindow(rc1);
                for (var n = 1; n <= lastRc; n++)
                {
                    release.AddCandidate(n, n == 1 ? rc1 : n <= row.RcDates.Count ? row.RcDates[n - 1] : null);
                }
            }

            release.MarkReleased(row.ReleasedOn);
            releases.Add(release);
        }

        return releases;
    }

    [Fact]
    public void Is_the_backtest_of_the_stored_history()
    {
        var fromReleases = ForecastTrackRecord.Of(Releases(), new Dictionary<int, Announcement>());
        var fromHistory = ForecastBacktest.Run(ReleaseHistory.Load(), []);

        Assert.NotEmpty(fromReleases.Rows);
        Assert.Equal(
            fromHistory.Rows.Select(r => (r.Version, r.ReleasedOn, string.Join(",", r.Points.Select(p => $"{p.Stage}:{p.Forecast}:{p.Error}")))),
            fromReleases.Rows.Select(r => (r.Version, r.ReleasedOn, string.Join(",", r.Points.Select(p => $"{p.Stage}:{p.Forecast}:{p.Error}")))));
    }

    [Fact]
    public void Takes_what_the_stored_rc_mails_said_from_their_stage_on()
    {
        // 5.12 ended after rc8; its rc7 mail (written here, in the real one's sense) says so.
        var releases = Releases();
        var release = releases.Single(r => r.VersionText == "5.12");
        var rc7 = release.Candidates.Single(c => c.Number == 7);
        rc7.Announcement = new Announcement("rc7-fixture@example.org", "Linux 5.12-rc7", "Linus Torvalds <torvalds@linux-foundation.org>",
            new DateTimeOffset(rc7.AnnouncedOn!.Value.ToDateTime(new TimeOnly(15, 0)), TimeSpan.FromHours(-8)), string.Empty, string.Empty, AnnouncementKind.ReleaseCandidate, KernelVersion.Parse("5.12-rc7"))
        {
            ExpectsExtraRc = true,
            ExpectedLastRc = 8,
        };

        var review = ForecastTrackRecord.Of(releases, new Dictionary<int, Announcement>()).Rows.Single(r => r.Version == release.Version);

        var atRc7 = review.Points.Single(p => p.Stage == 7);
        Assert.True(atRc7.FromMail);
        Assert.Equal(0, atRc7.Error);
        Assert.All(review.Points.Where(p => p.Stage < 7), p => Assert.False(p.FromMail));
        Assert.Equal(-7, review.Points.Single(p => p.Stage == 1).Error); // at rc1 nothing told of the rc8 yet
    }

    [Fact]
    public void Says_the_record_in_a_sentence_for_readers()
    {
        var record = ForecastTrackRecord.Of(Releases(), new Dictionary<int, Announcement>());
        var rc1 = record.Summary.Single(s => s.Stage == 1);

        var de = ForecastText.TrackRecord(record, Language.De);
        var en = ForecastText.TrackRecord(record, Language.En);

        Assert.StartsWith($"Für die {record.Rows.Count} Versionen von {record.Rows[0].Version} bis {record.Rows[^1].Version}, jede nur aus den Zyklen vor ihr", de, StringComparison.Ordinal);
        Assert.Contains($"bei rc1 in {Math.Round(rc1.ExactShare * 100, MidpointRounding.AwayFromZero):0}\u00A0%", de, StringComparison.Ordinal);
        Assert.Contains($"at rc1 {Math.Round(rc1.ExactShare * 100):0}%", en, StringComparison.Ordinal);
        Assert.Null(ForecastText.TrackRecord(ForecastTrackRecord.Of(Releases().Take(10).ToList(), new Dictionary<int, Announcement>()), Language.De));
    }
}
