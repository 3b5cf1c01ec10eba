using KernelPortal.Ingestion;
using KernelPortal.Ingestion.Git;
using KernelPortal.Ingestion.GitHub;
using KernelPortal.IntegrationTests.Git;
using KernelPortal.IntegrationTests.Infrastructure;
using KernelPortal.UnitTests.Fuzz;

namespace KernelPortal.IntegrationTests.Security;

/// <summary>
/// GitHub's answers mangled on the wire (the local stand-in serves real-format JSON, then damages it): the statistics
/// and merge readers either succeed or fail with one clear GitException, within a bounded time, never anything else.
/// </summary>
public class GitHubReaderFuzzTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const int Inputs = 24;

    [Fact]
    public async Task Mangled_GitHub_answers_give_a_result_or_a_clear_GitException()
    {
        using var repo = GitStatsSourceTests.BuildKernelShapedRepository();
        await using var github = await FakeGitHubServer.StartAsync(repo);
        var mutator = new Mutator(20261127);
        github.Mangle = mutator.Mutate;
        var options = new GitHubOptions { ApiUrl = github.BaseUri.AbsoluteUri, Repository = "torvalds/linux", MaxRateLimitWait = TimeSpan.Zero };
        var (succeeded, failedClearly) = (0, 0);

        // A fixed number of mangled exchanges, not a time budget: on a loaded machine three seconds held only six.
        for (var input = 0; input < Inputs; input++)
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            timeout.CancelAfter(TimeSpan.FromSeconds(10));
            try
            {
                await new GitHubStatsSource(GitHubClients.Create(options), options).ComputeAsync("v1.0", "v1.1", timeout.Token);
                await new GitHubMergeReader(GitHubClients.Create(options), options).ReadAsync("v1.0", "v1.1", timeout.Token);
                succeeded++;
            }
            catch (GitException ex)
            {
                Assert.False(string.IsNullOrWhiteSpace(ex.Message));
                failedClearly++;
            }
            catch (OperationCanceledException) when (!Ct.IsCancellationRequested)
            {
                Assert.Fail("a mangled answer made a reader hang for 10 s");
            }
        }

        Assert.Equal(Inputs, succeeded + failedClearly);
        Assert.True(failedClearly >= Inputs / 2, $"only {failedClearly} mangled answers were rejected ({succeeded} read fine)");
    }
}
