using System.Text.Json;
using KernelPortal.IntegrationTests.Git;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Cli;

public class StatsCommandTests
{
    [Fact]
    public async Task Prints_the_statistics_as_json()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();

        var result = await KportalProcess.RunAsync(["stats", "--repo", repo.Path, "--from", "v1.0", "--to", "v1.1", "--json"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal(
            ["from", "to", "files", "lines", "linesWithoutDocs", "developmentDays", "commits", "filesChanged", "insertions", "deletions", "people"],
            root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("v1.0", root.GetProperty("from").GetString());
        Assert.Equal(8, root.GetProperty("files").GetInt32());
        Assert.Equal(63, root.GetProperty("developmentDays").GetInt32());
    }

    [Fact]
    public async Task Prints_the_people_figures_alone_in_the_documented_shape()
    {
        using var repo = GitPeopleReaderTests.BuildRepository();

        var result = await KportalProcess.RunAsync(["stats", "--repo", repo.Path, "--from", "v1.0", "--to", "v1.1", "--people-only", "--json"]);
        var text = await KportalProcess.RunAsync(["stats", "--repo", repo.Path, "--from", "v1.0", "--to", "v1.1", "--people-only"]);
        var github = await KportalProcess.RunAsync(["stats", "--github", "torvalds/linux", "--from", "v1.0", "--to", "v1.1", "--people-only"]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var people = json.RootElement.GetProperty("people");
        Assert.Equal(
            ["commits", "lines", "developers", "firstTime", "topAuthors", "topAuthorsByLines", "topReviewers", "topTesters", "topReporters", "signoffsByNonAuthors", "employers", "unavailable"],
            people.EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "email", "changesets", "lines", "share"], people.GetProperty("topAuthors")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "email", "count"], people.GetProperty("topReviewers")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(["name", "changesets", "lines", "share"], people.GetProperty("employers")[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(4, people.GetProperty("developers").GetInt32());
        Assert.Contains("Entwickler           4, davon zum ersten Mal 2", text.Output, StringComparison.Ordinal);
        Assert.Equal(2, github.ExitCode);
        Assert.Contains("--people-only needs --repo", github.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/nonexistent/linux.git", "v1.0", "repository not found")]
    [InlineData(null, "v9.9", "unknown tag or revision 'v9.9'")]
    public async Task Bad_input_exits_with_2_and_a_clear_message(string? repository, string from, string message)
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();

        var result = await KportalProcess.RunAsync(["stats", "--repo", repository ?? repo.Path, "--from", from, "--to", "v1.1", "--json"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(message, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public async Task A_folder_that_is_not_a_repository_exits_with_2()
    {
        using var folder = new TempFolder();

        var result = await KportalProcess.RunAsync(["stats", "--repo", folder.Path, "--from", "v1.0", "--to", "v1.1"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("not a git repository", result.Error, StringComparison.Ordinal);
    }
}
