using KernelPortal.Core.Content;
using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Git;

public class GitMirrorStepTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Rc1_creates_drafts_and_a_later_rc_adds_only_what_is_new()
    {
        using var repo = TestRepository.Create();
        repo.Write("README", "base\n").Commit("Linux 1.0", "2015-02-08T14:00:00-08:00");
        repo.Git("tag", "v1.0");
        var net1 = Pull(repo, "net", "net/core/dev.c", "networking updates", "Net Maintainer", "2015-02-10T10:00:00-08:00");
        var fs1 = Pull(repo, "fs", "fs/ext4/inode.c", "ext4 updates", "Fs Maintainer", "2015-02-11T10:00:00-08:00");
        repo.Git("tag", "v1.1-rc1");
        await SeedReleasesAsync();

        var first = await RunPassAsync(repo.Path);

        Assert.Equal(IngestionOutcome.Succeeded, first.Outcome);
        await using (var db = Database.CreateContext())
        {
            var drafts = await db.Articles.Include(a => a.Sources).Where(a => a.IsGenerated).OrderBy(a => a.SeriesPart).ToListAsync(Ct);
            Assert.Equal(["Was 1.1 bringt (1): Dateisysteme & Storage", "Was 1.1 bringt (2): Netzwerk"], drafts.Select(a => a.Title));
            Assert.All(drafts, a => Assert.Equal(ArticleStatus.Draft, a.Status));
            Assert.Equal(fs1, Assert.Single(drafts[0].Sources).CommitId);
            Assert.Contains($"https://git.kernel.org/torvalds/c/{net1}", drafts[1].BodyMarkdown, StringComparison.Ordinal);
            Assert.Contains("Stand v1.1-rc1: 2 Commits", drafts[1].BodyMarkdown, StringComparison.Ordinal);
            Assert.Contains("<li>", drafts[1].BodyHtml, StringComparison.Ordinal);
            Assert.Equal(["net/core/dev.c"], Assert.Single(drafts[1].Sources).Items.Select(i => i.Text));

            // An editor works on the networking part and publishes the file-system part.
            drafts[1].Title = "Was 1.1 bringt (2): Netzwerk – schneller";
            drafts[1].BodyMarkdown += "\n\nRedaktioneller Absatz, den niemand überschreiben darf.\n";
            drafts[0].Status = ArticleStatus.Published;
            drafts[0].PublishedAt = DateTimeOffset.UtcNow;
            await db.SaveChangesAsync(Ct);
        }

        var net2 = Pull(repo, "net2", "drivers/net/e1000.c", "more networking fixes", "Net Maintainer", "2015-02-15T10:00:00-08:00");
        var gpu = Pull(repo, "gpu", "drivers/gpu/drm/x.c", "drm updates", "Gpu Maintainer", "2015-02-16T10:00:00-08:00");
        var fs2 = Pull(repo, "fs2", "fs/xfs/xfs.c", "xfs updates", "Xfs Maintainer", "2015-02-17T10:00:00-08:00");
        repo.Git("tag", "v1.1-rc2");

        var second = await RunPassAsync(repo.Path);

        Assert.Equal(IngestionOutcome.Succeeded, second.Outcome);
        await using var read = Database.CreateContext();
        var all = await read.Articles.Include(a => a.Sources).Where(a => a.IsGenerated).OrderBy(a => a.SeriesPart).ToListAsync(Ct);
        Assert.Equal(3, all.Count);
        var netPart = all[1];
        Assert.Equal("Was 1.1 bringt (2): Netzwerk – schneller", netPart.Title);
        Assert.Contains("Redaktioneller Absatz, den niemand überschreiben darf.", netPart.BodyMarkdown, StringComparison.Ordinal);
        Assert.Single(AllIndexesOf(netPart.BodyMarkdown, $"c/{net1})"));
        Assert.Contains($"c/{net2})", netPart.BodyMarkdown, StringComparison.Ordinal);
        Assert.True(netPart.BodyMarkdown.IndexOf("Redaktioneller Absatz", StringComparison.Ordinal) < netPart.BodyMarkdown.IndexOf(net2, StringComparison.Ordinal));
        var published = all[0];
        Assert.DoesNotContain(fs2, published.BodyMarkdown, StringComparison.Ordinal);
        Assert.Contains(published.Sources, s => s.CommitId == fs2);
        Assert.Equal("Was 1.1 bringt (3): Grafik", all[2].Title);
        Assert.Equal(gpu, Assert.Single(all[2].Sources).CommitId);
        var stats = await read.ReleaseStatistics.SingleAsync(s => s.Source == StatisticsSource.GitMirror, Ct);
        Assert.Equal("git mirror, v1.0..v1.1-rc2", stats.Note);
        Assert.Equal(5, stats.Commits);
        // The people figures come with the other statistics, in the same pass.
        Assert.NotNull(stats.People);
        Assert.Equal(5, stats.People.Commits);
        Assert.Equal(stats.People.Developers, stats.Developers);
        Assert.Equal(stats.People.Commits, stats.People.Employers.Sum(e => e.Changesets));

        var third = await RunPassAsync(repo.Path);
        Assert.Equal(0, third.ItemsNew);
    }

    private static IEnumerable<int> AllIndexesOf(string text, string value)
    {
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            yield return i;
        }
    }

    private static string Pull(TestRepository repo, string branch, string file, string what, string who, string date)
    {
        repo.Git("checkout", "-q", "-b", branch, "master");
        repo.Write(file, $"{what}\n").Commit($"{branch}: change {file}", date);
        repo.Git("checkout", "-q", "master");
        return repo.Merge(branch, $"Merge tag '{branch}-for-linus' of git://git.kernel.org/{branch}\n\nPull {what} from {who}:\n\n - {file}\n", date);
    }

    private async Task SeedReleasesAsync()
    {
        await using var db = Database.CreateContext();
        db.Releases.Add(new ReleaseBuilder("1.0").Released(2015, 2, 8).Build());
        db.Releases.Add(new ReleaseBuilder("1.1").OpenedOn(2015, 2, 8).WithCandidates(2).Build());
        await db.SaveChangesAsync(Ct);
    }

    private async Task<IngestionRun> RunPassAsync(string mirror)
    {
        await using var app = new PortalAppFactory(
            Database.ConnectionString,
            ("Ingestion:Lore:Enabled", "false"),
            ("Ingestion:KernelOrg:Enabled", "false"),
            ("Ingestion:Git:MirrorPath", mirror),
            ("Ingestion:Git:StatisticsBackfillPerPass", "0"));
        await using var scope = app.Services.CreateAsyncScope();
        var run = await scope.ServiceProvider.GetRequiredService<IngestionPass>().TryRunAsync("test", null, Ct);
        Assert.NotNull(run);
        Assert.Empty(run.Errors);
        return run;
    }
}
