using KernelPortal.Ingestion.Git;

namespace KernelPortal.IntegrationTests.Git;

public class GitMergeReaderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Each_merge_s_commits_are_what_plain_git_lists_between_its_parents()
    {
        var (repo, commits) = DraftRepository.Build();
        using (repo)
        {
            var merges = await new GitMergeReader(await GitRunner.OpenAsync(repo.Path, Ct)).ReadAsync("v1.0", "v1.1-rc1", Ct);

            Assert.Equal(repo.Git("rev-list", "--first-parent", "--merges", "--reverse", "v1.0..v1.1-rc1").Split('\n', StringSplitOptions.RemoveEmptyEntries), merges.Select(m => m.CommitId));
            foreach (var merge in merges)
            {
                var plain = repo.Git("rev-list", "--no-merges", $"{merge.CommitId}^1..{merge.CommitId}").Split('\n', StringSplitOptions.RemoveEmptyEntries);
                Assert.Equal(plain.Order(StringComparer.Ordinal), merge.Commits.Select(c => c.CommitId).Order(StringComparer.Ordinal));
            }

            var net = merges.Single(m => m.CommitId == commits.NetMerge);
            var zeta = net.Commits.Single(c => c.CommitId == commits.Zeta);
            Assert.All(zeta.Files, f => Assert.True(f.IsNew, f.Path));
            Assert.Equal(500, zeta.Files.Single(f => f.Path == "drivers/net/ethernet/zeta/zeta.c").Added);
            Assert.False(net.Commits.Single(c => c.CommitId == commits.Acme).Files.Single().IsNew);
        }
    }

    [Fact]
    public async Task Kconfig_comparison_finds_new_and_removed_symbols_but_not_moved_ones()
    {
        var (repo, _) = DraftRepository.Build();
        using (repo)
        {
            var changes = await new KconfigComparison(await GitRunner.OpenAsync(repo.Path, Ct)).CompareAsync("v1.0", "v1.1-rc1", Ct);

            Assert.Equal(["NET_VENDOR_ZETA", "ZETA_ETH"], changes.Added.Select(s => s.Symbol));
            Assert.Equal("FS_GONE", Assert.Single(changes.Removed).Symbol);
            Assert.Equal("Old.", changes.Removed[0].Help);
        }
    }
}
