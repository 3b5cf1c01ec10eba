using KernelPortal.Ingestion.Mail;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Ingestion;

/// <summary>Stored mails read again with today's prose reader: the schedule fields follow it, nothing else changes.</summary>
public class AnnouncementRereaderTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Rc1 = new(2015, 4, 26, 15, 0, 0, TimeSpan.FromHours(-7));

    [Fact]
    public async Task Brings_stored_mails_up_to_the_reader_and_signals_only_when_something_changed()
    {
        using var folder = new TempFolder();
        // The 4.0 release mail plans a three-week merge window.
        folder.Write([.. AnnouncementMailWriter.History().Select(m => m.Version == "4.0"
                ? (m.Version, m.Mail.Replace("Another week, another 4.0. Nothing unusual.", "4.0 is out. The merge window will be three weeks, since I'm traveling.", StringComparison.Ordinal))
                : m),
            ("4.1-rc6", AnnouncementMailWriter.Mail("4.1-rc6", Rc1.AddDays(35), prose: "I expect rc7 to be the last rc.")),
            ("4.1-rc7", AnnouncementMailWriter.Mail("4.1-rc7", Rc1.AddDays(42), prose: "I'll decide next weekend whether we need an rc8. I'll be traveling next week, though."))]);
        await TestContextFactory.Runner(Database).RunAsync([new MailFileSource([folder.Path])], "test", null, Ct);

        // As an older reader stored them: rc6 read as nothing, rc7 not marked open; and one mail whose raw copy broke.
        await using (var db = Database.CreateContext())
        {
            await db.Announcements.Where(a => a.VersionText == "4.1-rc6")
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ExpectedLastRc, (int?)null).SetProperty(a => a.ExpectsExtraRc, (bool?)null).SetProperty(a => a.HintSentence, (string?)null), Ct);
            await db.Announcements.Where(a => a.VersionText == "4.1-rc7")
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.ScheduleLeftOpen, false).SetProperty(a => a.HintSentence, (string?)null).SetProperty(a => a.TravelSentence, (string?)null), Ct);
            await db.Announcements.Where(a => a.VersionText == "4.0")
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.MergeWindowDays, (int?)null).SetProperty(a => a.MergeWindowSentence, (string?)null), Ct);
            await db.Announcements.Where(a => a.VersionText == "4.0-rc3")
                .ExecuteUpdateAsync(u => u.SetProperty(a => a.Raw, "not a mail").SetProperty(a => a.HintSentence, "kept as it was"), Ct);
        }

        int[] timeline;
        await using (var db = Database.CreateContext())
        {
            timeline = [await db.Releases.CountAsync(Ct), await db.ReleaseCandidates.CountAsync(Ct), await db.Announcements.CountAsync(Ct)];
        }

        var notifier = new CountingNotifier();
        var rereader = new AnnouncementRereader(new TestContextFactory(Database), notifier);
        var lines = new List<string>();
        var first = await rereader.RunAsync(new Progress(lines), Ct);
        var second = await rereader.RunAsync(null, Ct);

        await using var check = Database.CreateContext();
        var mails = await check.Announcements.CountAsync(Ct);
        Assert.Equal((mails, 3), (first.Read, first.Changed));
        Assert.StartsWith("fixture-4.0-rc3-", Assert.Single(first.Unreadable), StringComparison.Ordinal);
        Assert.Equal(0, second.Changed);
        Assert.Equal(1, notifier.Changes);
        Assert.Equal($"{mails} of {mails} mails read again, 3 changed", lines[^1]);

        var rc6 = await check.Announcements.SingleAsync(a => a.VersionText == "4.1-rc6", Ct);
        var rc7 = await check.Announcements.SingleAsync(a => a.VersionText == "4.1-rc7", Ct);
        var broken = await check.Announcements.SingleAsync(a => a.VersionText == "4.0-rc3", Ct);
        Assert.Equal((7, false, "I expect rc7 to be the last rc."), (rc6.ExpectedLastRc!.Value, rc6.ExpectsExtraRc!.Value, rc6.HintSentence));
        Assert.True(rc7.ScheduleLeftOpen);
        Assert.Equal("I'll decide next weekend whether we need an rc8.", rc7.HintSentence);
        Assert.Equal("I'll be traveling next week, though.", rc7.TravelSentence);
        Assert.Equal("kept as it was", broken.HintSentence);
        var release = await check.Announcements.SingleAsync(a => a.VersionText == "4.0", Ct);
        Assert.Equal((21, "The merge window will be three weeks, since I'm traveling."), (release.MergeWindowDays!.Value, release.MergeWindowSentence));
        int[] after = [await check.Releases.CountAsync(Ct), await check.ReleaseCandidates.CountAsync(Ct), await check.Announcements.CountAsync(Ct)];
        Assert.Equal(timeline, after);
    }

    private sealed class Progress(List<string> lines) : IProgress<string>
    {
        public void Report(string value) => lines.Add(value);
    }
}
