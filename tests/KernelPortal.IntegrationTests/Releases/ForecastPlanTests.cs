using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;
using KernelPortal.Ingestion.Mail;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Releases;

/// <summary>
/// A plan Linus announced stands while the later mails say nothing, and ends when a later mail leaves the next step open:
/// through the parser, the stored announcement, the database forecast and the in-memory snapshot alike.
/// </summary>
public class ForecastPlanTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // History(): 3.19 and 4.0 released, 4.1-rc1 on Sunday 26 April 2015.
    private static readonly DateTimeOffset Rc1 = new(2015, 4, 26, 15, 0, 0, TimeSpan.FromHours(-7));

    private async Task IngestAsync(params (string Version, string Mail)[] mails)
    {
        using var folder = new TempFolder();
        folder.Write(mails);
        await TestContextFactory.Runner(Database).RunAsync([new MailFileSource([folder.Path])], "test", null, Ct);
    }

    private static (string, string) Rc(int n, string? prose = null) =>
        ($"4.1-rc{n}", AnnouncementMailWriter.Mail($"4.1-rc{n}", Rc1.AddDays(7 * (n - 1)), prose: prose));

    private async Task<(ReleaseForecast Database, ReleaseForecast Snapshot)> ForecastsAsync(FakeTimeProvider clock)
    {
        await using var db = Database.CreateContext();
        var release = await db.Releases.AsNoTracking().SingleAsync(r => r.VersionText == "4.1", Ct);
        var fromDatabase = await new ForecastService(db, clock).ForecastAsync(release, Ct);
        using var source = new ReleaseSnapshotSource(new TestContextFactory(Database), clock);
        var snapshot = await source.GetAsync(Ct);
        var fromSnapshot = snapshot.ForecastFor(snapshot.Find("4.1")!, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        return (fromDatabase!, fromSnapshot!);
    }

    [Fact]
    public async Task A_plan_stands_through_a_silent_mail_and_ends_with_one_that_leaves_it_open()
    {
        await IngestAsync([.. AnnouncementMailWriter.History(), Rc(2), Rc(3), Rc(4),
            Rc(5, "I'll be traveling at the end of the month, so I'm planning on doing an rc8 this release."), Rc(6)]);
        var clock = new FakeTimeProvider(Rc1.AddDays(36));

        var (atRc6, snapshotAtRc6) = await ForecastsAsync(clock);

        Assert.Equal((6, 8, 5), (atRc6.Basis!.LatestRc, atRc6.Basis.ExpectedLastRc!.Value, atRc6.Basis.StatedAt!.Value));
        Assert.Equal("I'll be traveling at the end of the month, so I'm planning on doing an rc8 this release.", atRc6.Basis.HintSentence);
        Assert.Equal(new DateOnly(2015, 6, 21), atRc6.MostLikely);
        Assert.Equal(atRc6.Basis, snapshotAtRc6.Basis);

        await IngestAsync(Rc(7, "Things have calmed down a lot. I'll decide next weekend whether we need the rc8 after all."));
        clock.Advance(TimeSpan.FromDays(7));

        await using (var db = Database.CreateContext())
        {
            Assert.True(await db.Announcements.Where(a => a.VersionText == "4.1-rc7").Select(a => a.ScheduleLeftOpen).SingleAsync(Ct));
            Assert.False(await db.Announcements.Where(a => a.VersionText == "4.1-rc6").Select(a => a.ScheduleLeftOpen).SingleAsync(Ct));
        }

        var (atRc7, snapshotAtRc7) = await ForecastsAsync(clock);
        Assert.Equal(7, atRc7.Basis!.LatestRc);
        Assert.True(atRc7.Basis.LeftOpen);
        Assert.Null(atRc7.Basis.ExpectedLastRc);
        Assert.Null(atRc7.Basis.StatedAt);
        Assert.Equal(atRc7.Basis, snapshotAtRc7.Basis);
        Assert.Equal("rc7 am 7. Juni: Linus lässt in seiner Ankündigung offen, ob noch ein rc kommt: „I'll decide next weekend whether we need the rc8 after all.“", ForecastText.Reasons(atRc7, Core.Content.Language.De)[0]);
    }

    [Fact]
    public async Task A_merge_window_the_release_mail_planned_counts_until_rc1_comes()
    {
        // 4.0 came on Sunday 12 April 2015 and its mail plans three weeks to rc1 (3 May) instead of two (26 April).
        const string plan = "The merge window for 4.1 will be three weeks, since I'm traveling for the second half of it.";
        await IngestAsync([.. AnnouncementMailWriter.History()
            .Where(m => m.Version != "4.1-rc1")
            .Select(m => m.Version == "4.0" ? (m.Version, m.Mail.Replace("Another week, another 4.0. Nothing unusual.", $"4.0 is out.\n\n{plan}", StringComparison.Ordinal)) : m)]);
        var clock = new FakeTimeProvider(Rc1.AddDays(-13));

        var (inMergeWindow, snapshotInMergeWindow) = await ForecastsAsync(clock);

        await using (var db = Database.CreateContext())
        {
            var mail = await db.Announcements.SingleAsync(a => a.VersionText == "4.0", Ct);
            Assert.Equal((21, plan), (mail.MergeWindowDays!.Value, mail.MergeWindowSentence));
            Assert.Equal(mail.MessageId, inMergeWindow.Basis!.HintMessageId);
        }

        Assert.Equal(new DateOnly(2015, 6, 21), inMergeWindow.MostLikely); // rc1 on 3 May, seven weeks later; not 14 June
        Assert.Equal((0, 21, plan), (inMergeWindow.Basis!.LatestRc, inMergeWindow.Basis.PlannedMergeWindowDays!.Value, inMergeWindow.Basis.HintSentence));
        Assert.Equal(inMergeWindow.Basis, snapshotInMergeWindow.Basis);
        Assert.Equal(inMergeWindow.Candidates, snapshotInMergeWindow.Candidates);
        Assert.Equal($"Merge Window seit 12. April: Mit der Freigabe kündigte Linus drei Wochen bis zum rc1 an, sonst sind es fast immer zwei Wochen: „{plan}“", ForecastText.Reasons(inMergeWindow, Core.Content.Language.De)[0]);
        Assert.Equal($"Merge window open since 12 April: with the release Linus announced three weeks until rc1, where it is almost always two weeks: “{plan}”", ForecastText.Reasons(inMergeWindow, Core.Content.Language.En)[0]);

        // Without an rc1, the data is stale only a week past the plan (28 days), not after the usual 21.
        var opened = new DateOnly(2015, 4, 12);
        await using (var db = Database.CreateContext())
        {
            Assert.Null(await ReleaseDataFreshness.AssessAsync(db, opened.AddDays(28), Ct));
            Assert.NotNull(await ReleaseDataFreshness.AssessAsync(db, opened.AddDays(29), Ct));
        }

        using (var source = new ReleaseSnapshotSource(new TestContextFactory(Database), clock))
        {
            var snapshot = await source.GetAsync(Ct);
            Assert.Null(snapshot.StalenessOf(snapshot.Find("4.1"), opened.AddDays(28)));
            Assert.NotNull(snapshot.StalenessOf(snapshot.Find("4.1"), opened.AddDays(29)));
        }

        // Once rc1 is out (here a day late, on Monday 4 May), its day counts and the plan is history.
        await IngestAsync(("4.1-rc1", AnnouncementMailWriter.Mail("4.1-rc1", Rc1.AddDays(8))));
        clock.Advance(TimeSpan.FromDays(22));

        var (atRc1, snapshotAtRc1) = await ForecastsAsync(clock);

        Assert.Null(atRc1.Basis!.PlannedMergeWindowDays);
        Assert.Null(atRc1.Basis.HintSentence);
        Assert.Equal(new DateOnly(2015, 6, 21), atRc1.MostLikely);
        Assert.Equal(atRc1.Basis, snapshotAtRc1.Basis);
        Assert.StartsWith("rc1 am 4. Mai:", ForecastText.Reasons(atRc1, Core.Content.Language.De)[0], StringComparison.Ordinal);
    }
}
