using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion;
using KernelPortal.Ingestion.Mail;
using KernelPortal.Ingestion.Sources;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Ingestion;

public class IngestionRunnerTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_pass_over_mail_files_builds_the_timeline_and_records_the_run()
    {
        using var folder = new TempFolder();
        var history = AnnouncementMailWriter.History();
        folder.Write(history);

        var run = await Runner().RunAsync([new MailFileSource([folder.Path])], "test", null, Ct);

        Assert.Equal(IngestionOutcome.Succeeded, run.Outcome);
        Assert.Equal(history.Count, run.ItemsSeen);
        Assert.Equal(history.Count, run.ItemsNew);
        await using var db = Database.CreateContext();
        var stored = await db.IngestionRuns.SingleAsync(Ct);
        Assert.Equal(IngestionOutcome.Succeeded, stored.Outcome);
        Assert.NotNull(stored.FinishedAt);
        Assert.Equal(history.Count, await db.Announcements.CountAsync(Ct));
        var v40 = await db.Releases.Include(r => r.Candidates).ThenInclude(c => c.Announcement).SingleAsync(r => r.VersionText == "4.0", Ct);
        Assert.Equal(ReleaseState.Released, v40.State);
        Assert.All(v40.Candidates, c => Assert.Equal($"Linux 4.0-rc{c.Number}", c.Announcement!.Subject));
        Assert.Equal(new DateOnly(2015, 2, 8), v40.MergeWindowOpenedOn);
    }

    [Fact]
    public async Task Reverse_order_and_duplicates_give_the_same_timeline_as_forwards()
    {
        var history = AnnouncementMailWriter.History();
        var forwards = await TimelineAfterAsync(history);
        await Database.ResetAsync();

        var backwards = await TimelineAfterAsync([.. history.AsEnumerable().Reverse(), .. history.Take(5)]);

        Assert.Equal(forwards, backwards);
        Assert.Contains("4.1|False|ReleaseCandidates|2015-04-12|1", forwards);
    }

    [Fact]
    public async Task A_bad_mail_is_recorded_and_does_not_stop_the_pass()
    {
        using var folder = new TempFolder();
        folder.Write([("4.0-rc1", AnnouncementMailWriter.Mail("4.0-rc1", new DateTimeOffset(2015, 2, 22, 18, 0, 0, TimeSpan.FromHours(-8))))]);
        File.WriteAllText(Path.Combine(folder.Path, "b-broken.eml"), "Subject: Linux 4.0-rc2\nFrom: Linus Torvalds <torvalds@linux-foundation.org>\n\nno date\n");
        folder.Write([("4.0-rc2", AnnouncementMailWriter.Mail("4.0-rc2", new DateTimeOffset(2015, 3, 1, 18, 0, 0, TimeSpan.FromHours(-8))))]);

        var run = await Runner().RunAsync([new MailFileSource([folder.Path])], "test", null, Ct);

        Assert.Equal(IngestionOutcome.PartiallyFailed, run.Outcome);
        Assert.Equal(2, run.ItemsNew);
        Assert.Equal(1, run.ItemsFailed);
        Assert.Contains(run.Errors, e => e.Contains("b-broken.eml", StringComparison.Ordinal) && e.Contains("Date", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_failing_source_is_recorded_and_the_next_source_still_runs()
    {
        using var folder = new TempFolder();
        folder.Write([("4.0", AnnouncementMailWriter.Mail("4.0", new DateTimeOffset(2015, 4, 12, 14, 0, 0, TimeSpan.FromHours(-7))))]);

        var run = await Runner().RunAsync([new BrokenSource(), new MailFileSource([folder.Path])], "test", null, Ct);

        Assert.Equal(IngestionOutcome.PartiallyFailed, run.Outcome);
        Assert.Equal(1, run.ItemsNew);
        Assert.Contains("broken: connection refused", run.Errors);
    }

    [Fact]
    public async Task Only_one_pass_holds_the_lock_at_a_time()
    {
        await using var dataSource = Npgsql.NpgsqlDataSource.Create(Database.ConnectionString);
        var ingestionLock = new IngestionLock(dataSource);

        await using (var first = await ingestionLock.TryAcquireAsync(Ct))
        {
            Assert.NotNull(first);
            Assert.Null(await ingestionLock.TryAcquireAsync(Ct));
        }

        await using var again = await ingestionLock.TryAcquireAsync(Ct);
        Assert.NotNull(again);
    }

    private async Task<List<string>> TimelineAfterAsync(IEnumerable<(string Version, string Mail)> mails)
    {
        using var folder = new TempFolder();
        folder.Write(mails);
        await Runner().RunAsync([new MailFileSource([folder.Path])], "test", null, Ct);
        await using var db = Database.CreateContext();
        var releases = await db.Releases.Include(r => r.Candidates).ToListAsync(Ct);
        return releases.OrderBy(r => r.Version).Select(r =>
            $"{r.VersionText}|{r.IsProvisional}|{r.State}|{r.MergeWindowOpenedOn:yyyy-MM-dd}|{string.Join(',', r.Candidates.OrderBy(c => c.Number).Select(c => $"{c.Number}"))}").ToList();
    }

    [Fact]
    public async Task A_running_pass_shows_its_progress_on_its_row_and_clears_it_at_the_end()
    {
        using var folder = new TempFolder();
        folder.Write(AnnouncementMailWriter.History().Take(3));
        var seen = new List<string?>();
        var clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 12, 0, 0, TimeSpan.Zero));

        var run = await TestContextFactory.Runner(Database, clock).RunAsync([new ObservingSource(new MailFileSource([folder.Path]), Database, seen, clock)], "test", null, Ct);

        Assert.Equal(["mail files: 1 read, 1 new, 0 failed", "mail files: 2 read, 2 new, 0 failed", "mail files: 3 read, 3 new, 0 failed"], seen);
        await using var db = Database.CreateContext();
        Assert.Null((await db.IngestionRuns.SingleAsync(r => r.Id == run.Id, Ct)).Progress);
    }

    // Reads the run's row from another connection after each item, as the CMS's live view does.
    private sealed class ObservingSource(IAnnouncementSource inner, PostgresFixture database, List<string?> seen, Microsoft.Extensions.Time.Testing.FakeTimeProvider clock) : IAnnouncementSource
    {
        public string Name => inner.Name;

        public async IAsyncEnumerable<MailParseResult> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await foreach (var item in inner.ReadAsync(cancellationToken))
            {
                yield return item;

                // Past the runner's write interval on its clock, so every item's progress is written (no real waiting).
                clock.Advance(TimeSpan.FromMilliseconds(600));
                await using var db = database.CreateContext();
                seen.Add(await db.IngestionRuns.Select(r => r.Progress).SingleAsync(cancellationToken));
            }
        }
    }

    private IngestionRunner Runner() => TestContextFactory.Runner(Database);


    private sealed class BrokenSource : IAnnouncementSource
    {
        public string Name => "broken";

        public async IAsyncEnumerable<MailParseResult> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            await Task.Yield();
            throw new HttpRequestException("connection refused");
#pragma warning disable CS0162 // An async iterator needs a yield to be one; this source fails before it.
            yield break;
#pragma warning restore CS0162
        }
    }
}
