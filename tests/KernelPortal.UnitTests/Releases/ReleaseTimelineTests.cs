using KernelPortal.Core.Releases;

namespace KernelPortal.UnitTests.Releases;

public class ReleaseTimelineTests
{
    // 3.18 → 3.19 (rc1–rc7) → 4.0 (rc1–rc7) → 4.1-rc1, rc2: announcements as (version, Linus' local day).
    private static readonly (string Version, DateOnly Day)[] History = BuildHistory();

    [Fact]
    public void Loading_forwards_builds_the_timeline()
    {
        var timeline = Apply(History);

        Assert.Equal(
            [
                "3.18|definite|Released|-|-|2014-12-07|",
                "3.19|definite|Released|2014-12-07|2014-12-21|2015-02-08|1,2,3,4,5,6,7",
                "4.0|definite|Released|2015-02-08|2015-02-22|2015-04-12|1,2,3,4,5,6,7",
                "4.1|definite|ReleaseCandidates|2015-04-12|2015-04-26|-|1,2",
            ],
            Describe(timeline));
    }

    [Fact]
    public void A_release_opens_a_provisional_merge_window_that_rc1_renames()
    {
        var timeline = new ReleaseTimeline([]);
        timeline.Apply(KernelVersion.Parse("3.19"), new DateOnly(2015, 2, 8));

        var provisional = Assert.Single(timeline.Releases, r => r.IsProvisional);
        Assert.Equal("3.20", provisional.VersionText);
        Assert.Equal(ReleaseState.MergeWindow, provisional.State);
        Assert.Equal(new DateOnly(2015, 2, 8), provisional.MergeWindowOpenedOn);

        var change = timeline.Apply(KernelVersion.Parse("4.0-rc1"), new DateOnly(2015, 2, 22));

        Assert.Same(provisional, change.Target);
        Assert.Equal(KernelVersion.Parse("3.20"), change.Renamed);
        Assert.Equal("4.0", provisional.VersionText);
        Assert.False(provisional.IsProvisional);
        Assert.Equal(ReleaseState.ReleaseCandidates, provisional.State);
        Assert.Empty(change.Added);
    }

    [Fact]
    public void A_guessed_number_that_was_right_becomes_definite()
    {
        var timeline = new ReleaseTimeline([]);
        timeline.Apply(KernelVersion.Parse("4.0"), new DateOnly(2015, 4, 12));

        var change = timeline.Apply(KernelVersion.Parse("4.1-rc1"), new DateOnly(2015, 4, 26));

        Assert.Null(change.Renamed);
        Assert.Equal(2, timeline.Releases.Count);
        Assert.False(change.Target.IsProvisional);
    }

    [Fact]
    public void Loading_backwards_gives_the_same_timeline()
    {
        Assert.Equal(Describe(Apply(History)), Describe(Apply(History.Reverse())));
    }

    [Fact]
    public void Any_order_with_duplicates_gives_the_same_timeline()
    {
        var expected = Describe(Apply(History));
        var random = new Random(2015);

        for (var i = 0; i < 200; i++)
        {
            var shuffled = History.Concat(History.Where(_ => random.Next(4) == 0)).OrderBy(_ => random.Next()).ToList();

            Assert.Equal(expected, Describe(Apply(shuffled)));
        }
    }

    [Fact]
    public void Ending_on_a_release_leaves_one_provisional_successor_in_any_order()
    {
        var untilRelease = History.Where(a => KernelVersion.Parse(a.Version) <= KernelVersion.Parse("4.0")).ToArray();
        var forwards = Describe(Apply(untilRelease));
        var random = new Random(7);

        for (var i = 0; i < 50; i++)
        {
            Assert.Equal(forwards, Describe(Apply(untilRelease.OrderBy(_ => random.Next()))));
        }

        Assert.Equal("4.1|provisional|MergeWindow|2015-04-12|-|-|", forwards[^1]);
    }

    [Fact]
    public void Gaps_in_the_mails_give_no_inferred_dates_and_the_same_timeline_in_any_order()
    {
        // The shape of a sparse archive: single mails years apart.
        (string, DateOnly)[] sparse =
        [
            ("2.6.0", new DateOnly(2003, 12, 17)), ("2.6.2", new DateOnly(2004, 2, 3)), ("2.6.11", new DateOnly(2005, 3, 2)),
            ("2.6.14-rc1", new DateOnly(2005, 9, 12)), ("2.6.20-rc1", new DateOnly(2006, 12, 13)), ("2.6.20-rc2", new DateOnly(2006, 12, 23)),
            ("3.19", new DateOnly(2015, 2, 8)), ("4.0-rc1", new DateOnly(2015, 2, 22)), ("4.0", new DateOnly(2015, 4, 12)),
            ("5.16-rc8", new DateOnly(2022, 1, 2)), ("6.11", new DateOnly(2024, 9, 15)), ("6.17-rc1", new DateOnly(2025, 8, 10)),
        ];
        var forwards = Describe(Apply(sparse));
        var random = new Random(11);

        for (var i = 0; i < 200; i++)
        {
            Assert.Equal(forwards, Describe(Apply(sparse.Concat(sparse.Take(3)).OrderBy(_ => random.Next()))));
        }

        Assert.Contains("2.6.14|definite|ReleaseCandidates|-|2005-09-12|-|1", forwards);
        Assert.Contains("4.0|definite|Released|2015-02-08|2015-02-22|2015-04-12|1", forwards);
        Assert.Contains("6.12|provisional|MergeWindow|2024-09-15|-|-|", forwards);
        Assert.Contains("4.1|provisional|MergeWindow|2015-04-12|-|-|", forwards);
        Assert.DoesNotContain(forwards, line => line.StartsWith("3.20", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("2.6.13", "2.6.14", true)]
    [InlineData("4.0", "4.1", true)]
    [InlineData("3.19", "4.0", true)]
    [InlineData("2.6.39", "3.0", true)]
    [InlineData("2.6.11", "2.6.14", false)]
    [InlineData("4.0", "5.10", false)]
    [InlineData("6.11", "6.17", false)]
    public void Knows_which_release_directly_follows_which(string earlier, string later, bool immediate)
    {
        Assert.Equal(immediate, ReleaseTimeline.IsImmediate(KernelVersion.Parse(earlier), KernelVersion.Parse(later)));
    }

    private static ReleaseTimeline Apply(IEnumerable<(string Version, DateOnly Day)> announcements)
    {
        var timeline = new ReleaseTimeline([]);
        foreach (var (version, day) in announcements)
        {
            timeline.Apply(KernelVersion.Parse(version), day);
        }

        return timeline;
    }

    private static List<string> Describe(ReleaseTimeline timeline) =>
        timeline.Releases.OrderBy(r => r.Version).Select(r => string.Join('|',
            r.VersionText,
            r.IsProvisional ? "provisional" : "definite",
            r.State,
            Day(r.MergeWindowOpenedOn),
            Day(r.Rc1On),
            Day(r.ReleasedOn),
            string.Join(',', r.Candidates.OrderBy(c => c.Number).Select(c => $"{c.Number}")))).ToList();

    private static string Day(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "-";

    private static (string, DateOnly)[] BuildHistory()
    {
        var list = new List<(string, DateOnly)> { ("3.18", new DateOnly(2014, 12, 7)) };
        void Cycle(string version, DateOnly rc1, int rcs, bool released)
        {
            for (var n = 1; n <= rcs; n++)
            {
                list.Add(($"{version}-rc{n}", rc1.AddDays(7 * (n - 1))));
            }

            if (released)
            {
                list.Add((version, rc1.AddDays(7 * rcs)));
            }
        }

        Cycle("3.19", new DateOnly(2014, 12, 21), 7, true);
        Cycle("4.0", new DateOnly(2015, 2, 22), 7, true);
        Cycle("4.1", new DateOnly(2015, 4, 26), 2, false);
        return [.. list];
    }
}
