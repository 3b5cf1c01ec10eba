using KernelPortal.Ingestion;
using KernelPortal.Ingestion.Git;
using KernelPortal.Ingestion.GitHub;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Git;

public class GitHubStatsSourceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static GitHubStatsSource Source(FakeGitHubServer server)
    {
        var options = new GitHubOptions { ApiUrl = server.BaseUri.AbsoluteUri, Repository = "torvalds/linux", MaxRateLimitWait = TimeSpan.FromSeconds(10) };
        return new GitHubStatsSource(GitHubClients.Create(options), options);
    }

    [Fact]
    public async Task A_brief_503_from_GitHub_is_retried_by_the_resilience_pipeline()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        await using var github = await FakeGitHubServer.StartAsync(repo);
        github.UnavailableCompares = 1;

        var figures = await Source(github).ComputeAsync("v1.0", "v1.1", Ct);

        Assert.Equal(0, github.UnavailableCompares);
        Assert.True(figures.Commits > 0);
        Assert.True(github.Requests.Count(r => r.Contains("/compare/", StringComparison.Ordinal)) >= 2, string.Join("\n", github.Requests));
    }

    [Fact]
    public async Task Agrees_with_git_on_everything_GitHub_can_count()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        await using var github = await FakeGitHubServer.StartAsync(repo);

        var fromGitHub = await Source(github).ComputeAsync("v1.0", "v1.1", Ct);
        var fromGit = await new GitStatsSource(await GitRunner.OpenAsync(repo.Path, Ct)).ComputeAsync("v1.0", "v1.1", Ct);

        Assert.Equal(fromGit.Files, fromGitHub.Files);
        Assert.Equal(fromGit.Commits, fromGitHub.Commits);
        Assert.Equal(fromGit.FilesChanged, fromGitHub.FilesChanged);
        Assert.Equal(fromGit.Insertions, fromGitHub.Insertions);
        Assert.Equal(fromGit.Deletions, fromGitHub.Deletions);
        Assert.Equal(fromGit.DevelopmentDays, fromGitHub.DevelopmentDays);
        Assert.Null(fromGitHub.Lines);
        Assert.Null(fromGitHub.LinesWithoutDocs);
        Assert.Contains(github.Requests, r => r.StartsWith("/api/v3/repos/torvalds/linux/compare/", StringComparison.Ordinal) && r.Contains("per_page=250", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Gives_the_people_figures_the_compare_api_can_and_says_which_it_cannot()
    {
        using var repo = GitPeopleReaderTests.BuildRepository();
        await using var github = await FakeGitHubServer.StartAsync(repo);

        var fromGitHub = (await Source(github).ComputeAsync("v1.0", "v1.1", Ct)).People!;
        var fromGit = (await new GitStatsSource(await GitRunner.OpenAsync(repo.Path, Ct)).ComputeAsync("v1.0", "v1.1", Ct)).People!;

        Assert.Equal(fromGit.Commits, fromGitHub.Commits);
        Assert.Equal(fromGit.Developers, fromGitHub.Developers);
        Assert.Equal(fromGit.TopAuthors.Select(a => a.Changesets), fromGitHub.TopAuthors.Select(a => a.Changesets));
        Assert.Equal(fromGit.TopReviewers, fromGitHub.TopReviewers);
        Assert.Equal(fromGit.TopTesters, fromGitHub.TopTesters);
        Assert.Equal(fromGit.TopReporters, fromGitHub.TopReporters);
        Assert.Equal(fromGit.SignoffsByNonAuthors, fromGitHub.SignoffsByNonAuthors);
        Assert.Equal(fromGit.Commits, fromGitHub.Employers.Sum(e => e.Changesets));
        Assert.Null(fromGitHub.FirstTime);
        Assert.Null(fromGitHub.Lines);
        Assert.Empty(fromGitHub.TopAuthorsByLines);
        Assert.Equal(["firstTime", "lines", "topAuthorsByLines"], fromGitHub.Unavailable);
        Assert.Null(fromGit.Unavailable);
    }

    [Fact]
    public async Task Waits_for_an_exhausted_rate_limit_to_reset()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        await using var github = await FakeGitHubServer.StartAsync(repo);
        var start = DateTimeOffset.UtcNow;
        var clock = new FakeTimeProvider(start);
        github.Clock = clock;
        github.ResetAfter = TimeSpan.FromMinutes(20);
        github.RateLimitedCompares = 1;
        var options = new GitHubOptions { ApiUrl = github.BaseUri.AbsoluteUri, Repository = "torvalds/linux", MaxRateLimitWait = TimeSpan.FromHours(1) };

        var computing = new GitHubStatsSource(GitHubClients.Create(options), options, clock).ComputeAsync("v1.0", "v1.1", Ct);
        await Eventually.TrueAsync(() => github.Requests.Any(r => r.Contains("/compare/", StringComparison.Ordinal)), Ct);

        // Twenty minutes of waiting pass on the fake clock; until they have, the second compare is not asked for.
        Assert.Equal(1, github.Requests.Count(r => r.Contains("/compare/", StringComparison.Ordinal)));
        await Eventually.TrueAsync(() =>
        {
            clock.Advance(TimeSpan.FromMinutes(5));
            return computing.IsCompleted;
        }, Ct);
        var stats = await computing;

        Assert.Equal(4, stats.Commits);
        Assert.Equal(2, github.Requests.Count(r => r.Contains("/compare/", StringComparison.Ordinal)));
        Assert.True(clock.GetUtcNow() - start >= TimeSpan.FromMinutes(20), "the wait ran on the injected clock");
    }

    [Fact]
    public async Task Gives_up_clearly_when_the_reset_is_too_far_away()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        await using var github = await FakeGitHubServer.StartAsync(repo);
        github.RateLimitedCompares = 1;
        var options = new GitHubOptions { ApiUrl = github.BaseUri.AbsoluteUri, MaxRateLimitWait = TimeSpan.Zero };

        var exception = await Assert.ThrowsAsync<GitException>(() => new GitHubStatsSource(GitHubClients.Create(options), options).ComputeAsync("v1.0", "v1.1", Ct));

        Assert.Contains("rate limit is used up", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reads_the_same_first_parent_merges_as_the_mirror()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        await using var github = await FakeGitHubServer.StartAsync(repo);
        var options = new GitHubOptions { ApiUrl = github.BaseUri.AbsoluteUri };

        var fromGitHub = await new GitHubMergeReader(GitHubClients.Create(options), options).ReadAsync("v1.0", "v1.1", Ct);
        var fromGit = await new GitMergeReader(await GitRunner.OpenAsync(repo.Path, Ct)).ReadAsync("v1.0", "v1.1", Ct);

        var merge = Assert.Single(fromGitHub);
        Assert.Equal(fromGit.Select(m => (m.CommitId, m.Subject, m.Body, m.LinesChanged)), fromGitHub.Select(m => (m.CommitId, m.Subject, m.Body, m.LinesChanged)));
        Assert.StartsWith("Pull networking updates from Fixture Netdev:", merge.Body, StringComparison.Ordinal);
        Assert.Equal(
            KernelPortal.Ingestion.Drafts.DraftComposer.Compose("1.1", fromGit, KernelPortal.Ingestion.Drafts.FeatureAreaMap.Default, KernelPortal.Ingestion.Drafts.KconfigChanges.None).Parts.Select(p => p.Title),
            KernelPortal.Ingestion.Drafts.DraftComposer.Compose("1.1", fromGitHub, KernelPortal.Ingestion.Drafts.FeatureAreaMap.Default, KernelPortal.Ingestion.Drafts.KconfigChanges.None).Parts.Select(p => p.Title));
    }

    [Fact]
    public async Task An_unknown_tag_is_a_clear_error()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        await using var github = await FakeGitHubServer.StartAsync(repo);

        var exception = await Assert.ThrowsAsync<GitException>(() => Source(github).ComputeAsync("v0.1", "v1.1", Ct));

        Assert.Contains("unknown tag or revision 'v0.1'", exception.Message, StringComparison.Ordinal);
    }
}
