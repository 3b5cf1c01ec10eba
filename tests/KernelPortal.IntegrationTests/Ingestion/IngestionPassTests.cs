using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Ingestion;

public class IngestionPassTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "mail", name));

    private const string ReleasesJson = """
        {"latest_stable":{"version":"4.0.1"},"releases":[
          {"iseol":false,"version":"4.0","moniker":"mainline","source":null,"pgp":null,"released":{"timestamp":1428872662,"isodate":"2015-04-12"},"gitweb":null,"changelog":null,"diffview":null,"patch":{"full":null,"incremental":null}},
          {"iseol":false,"version":"4.0.1","moniker":"stable","source":null,"pgp":null,"released":{"timestamp":1429100000,"isodate":"2015-04-15"},"gitweb":null,"changelog":null,"diffview":null,"patch":{"full":null,"incremental":null}},
          {"iseol":false,"version":"next-20150416","moniker":"linux-next","source":null,"pgp":null,"released":{"timestamp":1429150000,"isodate":"2015-04-16"},"gitweb":null,"changelog":null,"diffview":null,"patch":{"full":null,"incremental":null}}]}
        """;

    [Fact]
    public async Task A_pass_reads_lore_and_kernel_org_and_stores_what_is_new()
    {
        await using var remote = await StartRemoteAsync();
        await using var app = Portal(remote);

        var run = await RunPassAsync(app);

        Assert.Equal(IngestionOutcome.Succeeded, run!.Outcome);
        Assert.Equal(3, run.ItemsNew);
        Assert.Equal(3, remote.RawRequests);
        Assert.DoesNotContain(remote.Requests, r => r.Contains("reply-4.0-rc1", StringComparison.Ordinal));
        await using var db = Database.CreateContext();
        Assert.Equal(3, await db.Announcements.CountAsync(Ct));
        var v40 = await db.Releases.Include(r => r.Candidates).SingleAsync(r => r.VersionText == "4.0", Ct);
        Assert.Equal(ReleaseState.Released, v40.State);
        Assert.Equal([1, 7], v40.Candidates.Select(c => c.Number).Order());
        Assert.Equal(3, await db.UpstreamReleases.CountAsync(Ct));
        Assert.Empty(run.Warnings);
        var home = await app.CreateClient().GetStringAsync("/", Ct);
        Assert.Contains("Stabil: 4.0.1", home, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_pass_fetches_no_known_message_again()
    {
        await using var remote = await StartRemoteAsync();
        await using var app = Portal(remote);
        await RunPassAsync(app);
        var rawBefore = remote.RawRequests;

        var second = await RunPassAsync(app);

        Assert.Equal(rawBefore, remote.RawRequests);
        Assert.Equal(0, second!.ItemsNew);
        Assert.Equal(IngestionOutcome.Succeeded, second.Outcome);
    }

    [Fact]
    public async Task A_rate_limited_feed_is_retried_after_the_time_it_asks_for()
    {
        await using var remote = await StartRemoteAsync();
        remote.RateLimitedFeedRequests = 1;
        await using var app = Portal(remote);

        var run = await RunPassAsync(app);

        Assert.Equal(IngestionOutcome.Succeeded, run!.Outcome);
        Assert.Equal(2, remote.FeedRequests);
        Assert.Equal(3, run.ItemsNew);
    }

    [Fact]
    public async Task A_broken_feed_is_recorded_and_kernel_org_is_still_read()
    {
        await using var remote = await StartRemoteAsync();
        remote.FeedOverride = "<html><body>Service temporarily unavailable</body></html>";
        await using var app = Portal(remote);

        var run = await RunPassAsync(app);

        Assert.NotEqual(IngestionOutcome.Succeeded, run!.Outcome);
        Assert.Contains(run.Errors, e => e.StartsWith("lore: not an Atom feed", StringComparison.Ordinal));
        await using var db = Database.CreateContext();
        Assert.Equal(3, await db.UpstreamReleases.CountAsync(Ct));
        Assert.Contains(run.Warnings, w => w.Contains("kernel.org lists mainline 4.0", StringComparison.Ordinal));
        Assert.Equal(run.Errors, (await db.IngestionRuns.SingleAsync(Ct)).Errors);
    }

    [Fact]
    public async Task A_missing_raw_message_fails_alone()
    {
        await using var remote = await StartRemoteAsync();
        remote.AddMail("gone@fixture", "Linux 4.0-rc2", new DateTimeOffset(2015, 3, 1, 18, 0, 0, TimeSpan.FromHours(-8)), raw: null);
        await using var app = Portal(remote);

        var run = await RunPassAsync(app);

        Assert.Equal(IngestionOutcome.PartiallyFailed, run!.Outcome);
        Assert.Equal(3, run.ItemsNew);
        Assert.Contains(run.Errors, e => e.Contains("gone@fixture/raw: HTTP 404", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_line_Linus_began_with_From_is_read_through_lore_s_escaping()
    {
        // lore answers /raw in mboxrd, where this line arrives as ">From where I sit, …" (FakeRemoteServer escapes it).
        const string sentence = "From where I sit, this is the last rc, and the final 4.1 will be out next weekend.";
        await using var remote = await StartRemoteAsync();
        remote.AddMail("from-line-4.1-rc7@example.org", "Linux 4.1-rc7", new DateTimeOffset(2015, 6, 7, 16, 0, 0, TimeSpan.FromHours(-7)), System.Text.Encoding.UTF8.GetBytes(
            "Date: Sun, 7 Jun 2015 16:00:00 -0700\nFrom: Linus Torvalds <torvalds@linux-foundation.org>\nTo: Linux Kernel Mailing List <linux-kernel@vger.kernel.org>\n"
            + "Subject: Linux 4.1-rc7\nMessage-ID: <from-line-4.1-rc7@example.org>\nContent-Type: text/plain; charset=\"UTF-8\"\n\n"
            + $"Things are calm, and the diffstat is small.\n\n{sentence}\n\n      Linus\n"));
        await using var app = Portal(remote);

        var run = await RunPassAsync(app);

        Assert.Equal(IngestionOutcome.Succeeded, run!.Outcome);
        await using var db = Database.CreateContext();
        var rc7 = await db.Announcements.SingleAsync(a => a.MessageId == "from-line-4.1-rc7@example.org", Ct);
        Assert.Equal(sentence, rc7.HintSentence);
        Assert.Equal(7, rc7.ExpectedLastRc);
    }

    [Fact]
    public async Task A_pass_is_skipped_while_another_instance_holds_the_lock()
    {
        await using var remote = await StartRemoteAsync();
        await using var app = Portal(remote);
        await using var scope = app.Services.CreateAsyncScope();
        await using var held = await scope.ServiceProvider.GetRequiredService<IngestionLock>().TryAcquireAsync(Ct);

        var run = await scope.ServiceProvider.GetRequiredService<IngestionPass>().TryRunAsync("test", null, Ct);

        Assert.Null(run);
        Assert.Equal(0, remote.FeedRequests);
    }

    private static async Task<FakeRemoteServer> StartRemoteAsync()
    {
        var remote = await FakeRemoteServer.StartAsync();
        remote.ReleasesJson = ReleasesJson;
        remote.AddMail("CA+55aFxFixtureRc1MessageIdAAAA@mail.gmail.com", "Linux 4.0-rc1", new DateTimeOffset(2015, 2, 22, 18, 23, 11, TimeSpan.FromHours(-8)), Fixture("linux-4.0-rc1.eml"));
        remote.AddMail("reply-4.0-rc1@example.org", "Re: Linux 4.0-rc1", new DateTimeOffset(2015, 2, 23, 9, 0, 0, TimeSpan.FromHours(1)), Fixture("re-linux-4.0-rc1.eml"), "Fixture Tester");
        remote.AddMail("CA+55aFxFixtureRc7MessageIdBBBB@mail.gmail.com", "Linux 4.0-rc7", new DateTimeOffset(2015, 4, 5, 18, 31, 40, TimeSpan.FromHours(-7)), Fixture("linux-4.0-rc7.eml"));
        remote.AddMail("CA+55aFxFixtureReleaseMessageIdCCCC@mail.gmail.com", "Linux 4.0", new DateTimeOffset(2015, 4, 12, 14, 4, 22, TimeSpan.FromHours(-7)), Fixture("linux-4.0.eml"));
        return remote;
    }

    private PortalAppFactory Portal(FakeRemoteServer remote) => new(
        Database.ConnectionString,
        ("Ingestion:Lore:BaseUrl", remote.LoreBase.AbsoluteUri),
        ("Ingestion:KernelOrg:ReleasesUrl", remote.ReleasesUri.AbsoluteUri));

    private static async Task<IngestionRun?> RunPassAsync(PortalAppFactory app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<IngestionPass>().TryRunAsync("test", null, Ct);
    }
}
