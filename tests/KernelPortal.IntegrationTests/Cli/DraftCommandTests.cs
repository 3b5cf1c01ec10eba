using System.Text.Json;
using KernelPortal.IntegrationTests.Git;

namespace KernelPortal.IntegrationTests.Cli;

public class DraftCommandTests
{
    [Fact]
    public async Task Prints_the_series_with_the_merges_of_the_window()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        var merge = repo.Git("rev-list", "--merges", "-1", "v1.1").Trim();

        var result = await KportalProcess.RunAsync(["draft", "--repo", repo.Path, "--from", "v1.0", "--to", "v1.1", "--release", "1.1", "--json"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var part = Assert.Single(json.RootElement.GetProperty("parts").EnumerateArray());
        Assert.Equal("netzwerk", part.GetProperty("area").GetString());
        Assert.Equal("Was 1.1 bringt (1): Netzwerk", part.GetProperty("title").GetString());
        var item = Assert.Single(part.GetProperty("merges").EnumerateArray());
        Assert.Equal(merge, item.GetProperty("commitId").GetString());
        Assert.Equal("Merge tag 'net-next' of git://git.kernel.org/net", item.GetProperty("subject").GetString());
        // net/core/dev.c (3) + e1000.c (2 added, 2 removed) + Documentation/networking/dev.rst (1): what the merge brought in.
        Assert.Equal(8, item.GetProperty("linesChanged").GetInt32());
    }

    [Fact]
    public async Task Reads_the_merges_from_GitHub_when_asked()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        await using var github = await KernelPortal.IntegrationTests.Infrastructure.FakeGitHubServer.StartAsync(repo);

        var result = await KportalProcess.RunAsync(["draft", "--github", "torvalds/linux", "--github-api", github.BaseUri.AbsoluteUri, "--from", "v1.0", "--to", "v1.1", "--release", "1.1", "--json"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("Was 1.1 bringt (1): Netzwerk", Assert.Single(json.RootElement.GetProperty("parts").EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Giving_both_or_neither_source_exits_with_2()
    {
        var result = await KportalProcess.RunAsync(["draft", "--from", "v1.0", "--to", "v1.1"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("either --repo DIR or --github OWNER/NAME", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_tags_exit_with_2()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();

        var result = await KportalProcess.RunAsync(["draft", "--repo", repo.Path, "--from", "v0.9", "--to", "v1.1"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("unknown tag or revision 'v0.9'", result.Error, StringComparison.Ordinal);
    }
}
