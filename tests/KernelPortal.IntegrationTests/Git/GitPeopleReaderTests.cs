using System.Globalization;
using KernelPortal.Core.People;
using KernelPortal.Ingestion.Git;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Git;

/// <summary>The people figures on a repository built here, each checked against plain git and against what it must be.</summary>
public class GitPeopleReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Maintainer = "Fixture Maintainer <maintainer@example.org>";

    /// <summary>
    /// v1.0 → v1.1: a .mailmap that merges Anna's two addresses (and a case difference), trailers with odd spacing and
    /// case and one named twice, a commit committed by someone else, a binary file, a freemail author, a merge.
    /// </summary>
    internal static TestRepository BuildRepository()
    {
        var repo = TestRepository.Create();
        repo.Write(".mailmap", "Anna Alt <anna@redhat.com> <anna@gmail.com>\nAnna Alt <anna@redhat.com> Anna A. <anna@redhat.com>\n");
        repo.Write("kernel/sched.c", "one\ntwo\nthree\n");
        repo.CommitAs("sched: first", "2015-01-01T10:00:00+00:00", "Old Timer <old@intel.com>");
        repo.Write("mm/slab.c", "slab\n");
        repo.CommitAs("mm: slab", "2015-01-02T10:00:00+00:00", "Anna A. <anna@gmail.com>");
        repo.Git("tag", "-a", "v1.0", "-m", "Linux 1.0");

        repo.Write("mm/slab.c", "slab\nbetter slab\n").Write("mm/slub.c", "a\nb\n");
        repo.CommitAs("mm: better slab\n\nText.\n\nReviewed-by: Rita Review <rita@suse.com>\ntested-BY:   Tom Test <tom@intel.com>  \nSigned-off-by: Anna <anna@gmail.com>",
            "2015-01-10T10:00:00+00:00", "Anna A. <ANNA@GMAIL.COM>", Maintainer);
        repo.WriteBytes("firmware/new.bin", [0, 1, 10, 2, 10, 0]).Write("drivers/gpu/drm.c", "x\ny\nz\nw\n");
        repo.CommitAs("drm: new driver\n\nReviewed-by : Rita Review <RITA@suse.com>\nReported-by: syzbot+abc@syzkaller.appspotmail.com\nReviewed-by: Rita Review <rita@suse.com>",
            "2015-01-11T10:00:00+00:00", "Neo Neu <neo@chromium.org>");
        repo.Write("kernel/sched.c", "one\n2\nthree\n");
        repo.CommitAs("sched: fix\n\nReviewed-by: Rita Review <rita@suse.com>\nReviewed-by: Neo Neu <neo@chromium.org>\nReported-by: Rex Port <rex@example.com>",
            "2015-01-12T10:00:00+00:00", "Old Timer <old@intel.com>", "Greg Maint <greg@kernel.org>");
        repo.Git("checkout", "-q", "-b", "topic");
        repo.Write("drivers/gpu/drm.c", "x\ny\nz\nw\nv\n");
        repo.CommitAs("drm: more", "2015-01-13T10:00:00+00:00", "Neo Neu <neo@chromium.org>");
        repo.Git("checkout", "-q", "master");
        repo.Write("README", "hello\n");
        repo.CommitAs("readme\n\nTested-by: Tom Test <tom@intel.com>", "2015-01-14T10:00:00+00:00", "Frida Free <frida@gmx.de>", Maintainer);
        repo.Merge("topic", "Merge branch 'topic'", "2015-01-15T10:00:00+00:00");
        repo.Git("tag", "-a", "v1.1", "-m", "Linux 1.1");
        return repo;
    }

    private static async Task<ReleasePeople> CountAsync(TestRepository repo, EmployerMap? map = null) =>
        await new GitPeopleReader(await GitRunner.OpenAsync(repo.Path, Ct)).CountAsync("v1.0", "v1.1", map ?? EmployerMap.Default, Ct);

    [Fact]
    public async Task Authors_and_their_changesets_agree_with_git_shortlog()
    {
        using var repo = BuildRepository();

        var people = await CountAsync(repo);

        // "   2\tNeo Neu <neo@chromium.org>" per author, .mailmap applied as shortlog applies it.
        var shortlog = repo.Git("shortlog", "-sne", "--no-merges", "v1.0..v1.1").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Trim().Split('\t'))
            .ToDictionary(p => p[1][(p[1].IndexOf('<') + 1)..^1].ToLowerInvariant(), p => int.Parse(p[0], CultureInfo.InvariantCulture));
        Assert.Equal(shortlog.Count, people.Developers);
        Assert.Equal(shortlog.OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => (p.Key, p.Value)),
            people.TopAuthors.Select(a => (a.Email.ToLowerInvariant(), a.Changesets)));
        Assert.Equal(4, people.Developers); // Anna's two addresses are one developer
        Assert.Contains(people.TopAuthors, a => a is { Name: "Anna Alt", Email: "anna@redhat.com", Changesets: 1 });
        Assert.Equal(int.Parse(repo.Git("rev-list", "--count", "--no-merges", "v1.0..v1.1").Trim(), CultureInfo.InvariantCulture), people.Commits);
    }

    [Fact]
    public async Task Changed_lines_agree_with_numstat_and_binary_files_count_nothing()
    {
        using var repo = BuildRepository();

        var people = await CountAsync(repo);

        var expected = new Dictionary<string, long>();
        var author = "";
        foreach (var line in repo.Git("log", "--no-merges", "--numstat", "--format=@%aE", "v1.0..v1.1").Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.StartsWith('@'))
            {
                author = line[1..].ToLowerInvariant();
                continue;
            }

            var parts = line.Split('\t');
            expected[author] = expected.GetValueOrDefault(author) + (parts[0] == "-" ? 0 : long.Parse(parts[0], CultureInfo.InvariantCulture)) + (parts[1] == "-" ? 0 : long.Parse(parts[1], CultureInfo.InvariantCulture));
        }

        Assert.Equal(expected.OrderBy(e => e.Key), people.TopAuthorsByLines.Select(a => new KeyValuePair<string, long>(a.Email.ToLowerInvariant(), a.Lines)).OrderBy(e => e.Key));
        Assert.Equal(expected.Values.Sum(), people.Lines);
        Assert.Equal(5, people.TopAuthorsByLines.Single(a => a.Email == "neo@chromium.org").Lines); // drm.c's 4 + 1 lines, the .bin 0
        Assert.Equal(people.TopAuthorsByLines.OrderByDescending(a => a.Lines).ThenBy(a => a.Email).Select(a => a.Email), people.TopAuthorsByLines.Select(a => a.Email));
    }

    [Fact]
    public async Task Trailers_are_counted_per_address_in_any_case_and_spacing_as_git_reads_them()
    {
        using var repo = BuildRepository();

        var people = await CountAsync(repo);

        // git's own trailer parser, per commit, the values only.
        var reviewed = repo.Git("log", "--no-merges", "--format=%(trailers:key=Reviewed-by,valueonly,separator=%x1d)%x1e", "v1.0..v1.1")
            .Split('\x1e').Select(c => c.Trim().Split('\x1d', StringSplitOptions.RemoveEmptyEntries).Select(v => v[(v.IndexOf('<') + 1)..v.IndexOf('>')].ToLowerInvariant()).Distinct())
            .SelectMany(c => c).GroupBy(e => e).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(reviewed.OrderByDescending(r => r.Value).ThenBy(r => r.Key).Select(r => (r.Key, r.Value)),
            people.TopReviewers.Select(r => (r.Email.ToLowerInvariant(), r.Count)));
        Assert.Equal(new PersonCount("Rita Review", "rita@suse.com", 3), people.TopReviewers[0]); // "Reviewed-by :", RITA@, twice in one commit: once
        Assert.Equal(new PersonCount("Tom Test", "tom@intel.com", 2), Assert.Single(people.TopTesters)); // "tested-BY:   … "
        Assert.Equal(["rex@example.com", "syzbot+abc@syzkaller.appspotmail.com"], people.TopReporters.Select(r => r.Email));
    }

    [Fact]
    public async Task Committers_of_others_work_first_timers_and_employers()
    {
        using var repo = BuildRepository();

        var people = await CountAsync(repo);

        // Committer ≠ author: the maintainer committed Anna's and Frida's commits, Greg the Old Timer's.
        var expected = repo.Git("log", "--no-merges", "--format=%aE %cE", "v1.0..v1.1").Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => l.Split(' ')).Where(p => !string.Equals(p[0], p[1], StringComparison.OrdinalIgnoreCase))
            .GroupBy(p => p[1].ToLowerInvariant()).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (g.Key, g.Count()));
        Assert.Equal(expected, people.SignoffsByNonAuthors.Select(s => (s.Email, s.Count)));
        Assert.Equal([("maintainer@example.org", 2), ("greg@kernel.org", 1)], people.SignoffsByNonAuthors.Select(s => (s.Email, s.Count)));

        // Neo and Frida never committed before v1.0; Anna did under her other address, which the .mailmap merges.
        Assert.Equal(2, people.FirstTime);

        Assert.Equal(people.Commits, people.Employers.Sum(e => e.Changesets));
        Assert.Equal([("Google", 2), ("(unbekannt)", 1), ("Intel", 1), ("Red Hat", 1)], people.Employers.Select(e => (e.Name, e.Changesets)));

        // An editor's rule for one address wins over its domain.
        var ruled = await CountAsync(repo, EmployerMap.Default.WithAddressRules([new("frida@gmx.de", "Linux Foundation")]));
        Assert.Contains(ruled.Employers, e => e is { Name: "Linux Foundation", Changesets: 1 });
        Assert.DoesNotContain(ruled.Employers, e => e.Name == EmployerMap.Unknown);
    }
}
