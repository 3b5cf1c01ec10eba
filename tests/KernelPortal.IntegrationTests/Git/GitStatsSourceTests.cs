using System.Globalization;
using KernelPortal.Ingestion.Git;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Git;

public class GitStatsSourceTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>
    /// v1.0 → v1.1 with what makes counting hard: a merge, a rename, a binary file with newline bytes, a file
    /// without a final newline, an executable, a symlink, a submodule entry and a Documentation folder; the two
    /// tags are committed in different time zones.
    /// </summary>
    internal static TestRepository BuildKernelShapedRepository()
    {
        var repo = TestRepository.Create();
        repo.Write("README", "Linux kernel\n============\n\nfixture\n")
            .Write("fs/ext4/inode.c", "int a;\nint b;\nint c;\nint d;\nint e;\n")
            .Write("Documentation/filesystems/ext4.rst", "ext4\n====\n\ntext\n")
            .Write("drivers/net/e1000.c", "no final newline\nhere")
            .Write("scripts/checkpatch.pl", "#!/usr/bin/perl\nprint 1;\n")
            .WriteBytes("firmware/blob.bin", [0, 1, 10, 255, 10, 0, 10, 7]);
        repo.Shell("chmod +x scripts/checkpatch.pl");
        File.CreateSymbolicLink(Path.Combine(repo.Path, "COPYING-link"), "README");
        repo.Commit("Linux 1.0", "2015-02-08T14:00:00-08:00");
        repo.Git("tag", "-a", "v1.0", "-m", "Linux 1.0");

        repo.Git("checkout", "-q", "-b", "net");
        repo.Write("net/core/dev.c", "void dev(void)\n{\n}\n").Write("drivers/net/e1000.c", "now with\nfinal newline\n");
        repo.Commit("net: add dev.c", "2015-02-15T10:00:00+01:00");
        repo.Write("Documentation/networking/dev.rst", "dev\n");
        repo.Commit("net: document dev", "2015-02-16T10:00:00+01:00");

        repo.Git("checkout", "-q", "master");
        repo.Git("mv", "fs/ext4/inode.c", "fs/ext4/inode_new.c");
        repo.Write("fs/ext4/inode_new.c", "int a;\nint b;\nint c;\nint d;\nint e;\nint f;\n");
        // An uninitialised submodule: a gitlink in the index and an empty folder in the work tree.
        Directory.CreateDirectory(Path.Combine(repo.Path, "drivers/sub"));
        repo.Git("update-index", "--add", "--cacheinfo", "160000,1111111111111111111111111111111111111111,drivers/sub");
        repo.Commit("ext4: rename inode.c", "2015-02-20T09:00:00-08:00");
        repo.Merge("net", "Merge tag 'net-next' of git://git.kernel.org/net\n\nPull networking updates from Fixture Netdev:\n\n - dev.c\n", "2015-02-21T12:00:00-08:00");
        repo.Write("Documentation/filesystems/ext4.rst", "ext4\n====\n\nmore text\nand more\n");
        repo.Commit("Linux 1.1", "2015-04-12T23:30:00+02:00");
        repo.Git("tag", "-a", "v1.1", "-m", "Linux 1.1");
        return repo;
    }

    [Fact]
    public async Task Agrees_with_plain_git_and_the_Kernel_Log_shell_commands()
    {
        using var repo = BuildKernelShapedRepository();
        using var checkout = new TempFolder();
        repo.Shell($"git archive v1.1 | tar -x -C '{checkout.Path}'");

        var stats = await new GitStatsSource(await GitRunner.OpenAsync(repo.Path, Ct)).ComputeAsync("v1.0", "v1.1", Ct);

        Assert.Equal(int.Parse(repo.Shell("find . -type f | wc -l", checkout.Path), CultureInfo.InvariantCulture), stats.Files);
        Assert.Equal(long.Parse(repo.Shell("find . -type f -print0 | xargs -0 cat | wc -l", checkout.Path), CultureInfo.InvariantCulture), stats.Lines);
        Assert.Equal(long.Parse(repo.Shell("find . -type f -not -path './Documentation/*' -print0 | xargs -0 cat | wc -l", checkout.Path), CultureInfo.InvariantCulture), stats.LinesWithoutDocs);
        Assert.Equal(int.Parse(repo.Shell("git rev-list --count --no-merges v1.0..v1.1"), CultureInfo.InvariantCulture), stats.Commits);
        Assert.Equal(repo.Shell("git diff --shortstat v1.0 v1.1"), $"{stats.FilesChanged} files changed, {stats.Insertions} insertions(+), {stats.Deletions} deletions(-)");
        Assert.Equal(63, stats.DevelopmentDays);
    }

    [Fact]
    public async Task Counts_exactly_what_find_and_wc_count()
    {
        using var repo = BuildKernelShapedRepository();

        var stats = await new GitStatsSource(await GitRunner.OpenAsync(repo.Path, Ct)).ComputeAsync("v1.0", "v1.1", Ct);

        // README 4 + inode_new.c 6 + ext4.rst 5 + e1000.c 2 + checkpatch.pl 2 + blob.bin 3 + dev.c 3 + dev.rst 1;
        // the symlink and the submodule entry are not files.
        Assert.Equal(8, stats.Files);
        Assert.Equal(26, stats.Lines);
        Assert.Equal(20, stats.LinesWithoutDocs);
        Assert.Equal(4, stats.Commits);
        Assert.Contains("100755 blob", repo.Git("ls-tree", "v1.1", "scripts/checkpatch.pl"), StringComparison.Ordinal);
        Assert.Contains("120000 blob", repo.Git("ls-tree", "v1.1", "COPYING-link"), StringComparison.Ordinal);
        Assert.Contains("160000 commit", repo.Git("ls-tree", "v1.1", "drivers/sub"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Works_on_a_bare_mirror()
    {
        using var repo = BuildKernelShapedRepository();
        using var mirror = new TempFolder();
        repo.Shell($"git clone -q --mirror . '{mirror.Path}/linux.git'");

        var fromWorkTree = await new GitStatsSource(await GitRunner.OpenAsync(repo.Path, Ct)).ComputeAsync("v1.0", "v1.1", Ct);
        var fromMirror = await new GitStatsSource(await GitRunner.OpenAsync(Path.Combine(mirror.Path, "linux.git"), Ct)).ComputeAsync("v1.0", "v1.1", Ct);

        // The people lists are compared by content (records compare lists by reference).
        Assert.Equal(fromWorkTree with { People = null }, fromMirror with { People = null });
        Assert.Equal(System.Text.Json.JsonSerializer.Serialize(fromWorkTree.People), System.Text.Json.JsonSerializer.Serialize(fromMirror.People));
        Assert.Equal(fromWorkTree.Commits, fromMirror.People!.Commits);
    }

    [Theory]
    [InlineData("v9.9", "unknown tag or revision 'v9.9'")]
    [InlineData("--output=/tmp/x", "not a valid tag or revision")]
    public async Task Unknown_tags_are_a_clear_error(string tag, string message)
    {
        using var repo = BuildKernelShapedRepository();
        var source = new GitStatsSource(await GitRunner.OpenAsync(repo.Path, Ct));

        var exception = await Assert.ThrowsAsync<GitException>(() => source.ComputeAsync(tag, "v1.1", Ct));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_folder_and_a_folder_without_git_are_clear_errors()
    {
        using var plain = new TempFolder();

        var missing = await Assert.ThrowsAsync<GitException>(() => GitRunner.OpenAsync("/nonexistent/linux.git", Ct));
        var notGit = await Assert.ThrowsAsync<GitException>(() => GitRunner.OpenAsync(plain.Path, Ct));

        Assert.StartsWith("repository not found", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith("not a git repository", notGit.Message, StringComparison.Ordinal);
    }
}
