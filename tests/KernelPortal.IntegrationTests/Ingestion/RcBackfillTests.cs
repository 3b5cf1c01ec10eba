using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Backfill;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Ingestion;

/// <summary><c>kportal ingest backfill</c>'s work: rc dates from a git mirror's tags and from lore's search.</summary>
public class RcBackfillTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        var v319 = new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build();
        // 4.0 as the history knows it: released after rc7, but no rc day known.
        var v40 = new Release(KernelVersion.Parse("4.0"), ReleaseState.Released) { MergeWindowOpenedOn = new DateOnly(2015, 2, 8) };
        for (var n = 1; n <= 7; n++)
        {
            v40.AddCandidate(n, null);
        }

        v40.MarkReleased(new DateOnly(2015, 4, 12));
        db.Releases.AddRange(v319, v40);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<Release> LoadAsync(string version)
    {
        await using var db = Database.CreateContext();
        return await db.Releases.AsNoTracking().Include(r => r.Candidates).ThenInclude(c => c.Announcement).SingleAsync(r => r.VersionText == version, Ct);
    }

    private static async Task<IngestionRun> BackfillAsync(PortalAppFactory app, string? git, bool lore)
    {
        await using var scope = app.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<RcBackfill>().RunAsync(KernelVersion.Parse("3.0"), git, lore, null, Ct);
    }

    [Fact]
    public async Task Rc_tags_of_a_git_mirror_give_the_rc_days_in_the_tagger_s_time_zone()
    {
        await SeedAsync();
        using var repo = TestRepository.Create();
        repo.Write("README", "x\n").Commit("Linux 3.19", "2015-02-08T14:00:00-08:00");
        for (var n = 1; n <= 7; n++)
        {
            // Sunday evenings in Portland: 22 February 2015 is 23 February in UTC.
            var day = new DateTimeOffset(2015, 2, 22, 17, 30, 0, TimeSpan.FromHours(-8)).AddDays(7 * (n - 1));
            var date = day.ToString("yyyy-MM-ddTHH:mm:sszzz", System.Globalization.CultureInfo.InvariantCulture);
            repo.Write("README", $"rc{n}\n").Commit($"Linux 4.0-rc{n}", date);
            repo.Git(new Dictionary<string, string> { ["GIT_COMMITTER_DATE"] = date }, "tag", "-a", $"v4.0-rc{n}", "-m", $"Linux 4.0-rc{n}");
        }

        repo.Git("tag", "v4.0-rc7-fixup"); // not an rc tag
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var run = await BackfillAsync(app, repo.Path, lore: false);
        var again = await BackfillAsync(app, repo.Path, lore: false);

        var v40 = await LoadAsync("4.0");
        Assert.Equal(
            Enumerable.Range(0, 7).Select(i => new DateOnly(2015, 2, 22).AddDays(7 * i)),
            v40.Candidates.OrderBy(c => c.Number).Select(c => c.AnnouncedOn!.Value));
        Assert.Equal(new DateOnly(2015, 2, 22), v40.Rc1On);
        Assert.Equal(ReleaseState.Released, v40.State);
        Assert.Equal(("backfill", IngestionOutcome.Succeeded, 7), (run.Trigger, run.Outcome, run.ItemsNew));
        Assert.Equal(0, again.ItemsNew); // resumable: nothing left to do
        Assert.All(v40.Candidates, c => Assert.Equal(RcDateSource.GitTag, c.DateSource));
        Assert.All((await LoadAsync("3.19")).Candidates, c => Assert.Equal(RcDateSource.History, c.DateSource));

        // The release page says where the days came from: the git tags, not the history the release was loaded from.
        var page = System.Net.WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/releases/4.0", Ct));
        Assert.Contains("Termine der Vorabversionen aus den Git-Tags.", page, StringComparison.Ordinal);
        Assert.Contains("Termine der Vorabversionen aus der Release-Chronik.", System.Net.WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/releases/3.19", Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lore_is_searched_per_release_that_lacks_dates_and_its_rc_mails_are_ingested()
    {
        await SeedAsync();
        await using var remote = await FakeRemoteServer.StartAsync();
        remote.AddMail("CA+55aFxFixtureRc1MessageIdAAAA@mail.gmail.com", "Linux 4.0-rc1", new DateTimeOffset(2015, 2, 22, 18, 23, 11, TimeSpan.FromHours(-8)), Fixture("linux-4.0-rc1.eml"));
        remote.AddMail("CA+55aFxFixtureRc7MessageIdBBBB@mail.gmail.com", "Linux 4.0-rc7", new DateTimeOffset(2015, 4, 5, 18, 31, 40, TimeSpan.FromHours(-7)), Fixture("linux-4.0-rc7.eml"));
        remote.AddMail("reply-4.0-rc1@example.org", "Re: Linux 4.0-rc1", new DateTimeOffset(2015, 2, 23, 9, 0, 0, TimeSpan.FromHours(1)), Fixture("re-linux-4.0-rc1.eml"), "Fixture Tester");
        await using var app = new PortalAppFactory(Database.ConnectionString, ("Ingestion:Lore:BaseUrl", remote.LoreBase.AbsoluteUri), ("Ingestion:Lore:BackfillPace", "00:00:00"));

        var run = await BackfillAsync(app, null, lore: true);

        var v40 = await LoadAsync("4.0");
        Assert.Equal(new DateOnly(2015, 2, 22), v40.Candidates.Single(c => c.Number == 1).AnnouncedOn);
        Assert.Equal(new DateOnly(2015, 4, 5), v40.Candidates.Single(c => c.Number == 7).AnnouncedOn);
        Assert.NotNull(v40.Candidates.Single(c => c.Number == 7).Announcement);
        Assert.Equal(2, run.ItemsNew);
        // One search, for the release that lacks dates (3.19's are all known), in the configured query shape.
        var searches = remote.Requests.Where(r => r.Contains("x=A", StringComparison.Ordinal)).ToList();
        Assert.Equal(Uri.EscapeDataString("s:\"Linux 4.0-rc\" f:torvalds"), Assert.Single(searches).Split("q=")[1].Split('&')[0]);
    }

    private static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "fixtures", "mail", name));
}
