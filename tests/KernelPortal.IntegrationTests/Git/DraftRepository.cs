using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Git;

/// <summary>
/// A kernel-style repository for draft tests: pulls with nested bullets and platform contexts, a prose-only pull, a
/// pull without text that matches no area, a Kconfig symbol moved between files, a removed one, a new driver with
/// a <c>menuconfig</c>, and trivia. Tags v1.0 and v1.1-rc1.
/// </summary>
internal static class DraftRepository
{
    public const string NetText = """
        Pull networking updates from Net Maintainer:
         "Drivers:

           - New driver for Zeta Ethernet controllers
           - acme:
              - faster fast path in acme_main.c
              - less locking

          Core:

           - minor cleanups and a typo fix in dev.c"
        """;

    public const string FsText = """
        Pull ext4 updates from Fs Maintainer:

        This cycle brings large folio support to ext4, which speeds up buffered writes.

        There is also a new mount option for ext4 to skip journal checksums.
        """;

    public static (TestRepository Repo, Commits Commits) Build()
    {
        var repo = TestRepository.Create();
        repo.Write("README", "base\n")
            .Write("drivers/net/Kconfig", "menuconfig NETDEVICES\n\tbool \"Network device support\"\n\nconfig MOVED_SYM\n\tbool \"A symbol that moves\"\n")
            .Write("fs/Kconfig", "config FS_GONE\n\ttristate \"A file system that goes\"\n\thelp\n\t  Old. Really old.\n")
            .Write("drivers/net/ethernet/acme/acme_main.c", "int acme;\n")
            .Write("fs/ext4/inode.c", "int ext4;\n")
            .Write("net/core/dev.c", "int dev;\n");
        repo.Commit("Linux 1.0", "2015-02-08T14:00:00-08:00");
        repo.Git("tag", "-a", "v1.0", "-m", "Linux 1.0");

        repo.Git("checkout", "-q", "-b", "net", "master");
        repo.Write("drivers/net/ethernet/zeta/zeta.c", Lines("zeta", 500))
            .Write("drivers/net/ethernet/zeta/Kconfig", "menuconfig NET_VENDOR_ZETA\n\tbool \"Zeta devices\"\n\nif NET_VENDOR_ZETA\n\nconfig ZETA_ETH\n\ttristate \"Zeta Ethernet support\"\n\thelp\n\t  This driver supports Zeta Ethernet controllers. Say M.\n\nendif\n");
        var zeta = repo.Commit("net: zeta: new driver", "2015-02-10T10:00:00-08:00");
        repo.Write("drivers/net/ethernet/acme/acme_main.c", Lines("acme", 200));
        var acme = repo.Commit("net: acme: faster fast path", "2015-02-10T11:00:00-08:00");
        repo.Write("net/core/dev.c", "int dev; /* typo fixed */\n");
        var typo = repo.Commit("net: fix a typo", "2015-02-10T12:00:00-08:00");
        repo.Git("checkout", "-q", "master");
        var netMerge = repo.Merge("net", "Merge tag 'net-next' of git://git.example.org/net\n\n" + NetText + "\n\n* tag 'net-next' of git://git.example.org/net: (3 commits)\n  net: fix a typo\n", "2015-02-11T10:00:00-08:00");

        repo.Git("checkout", "-q", "-b", "fs", "master");
        repo.Write("fs/ext4/inode.c", Lines("folio", 80));
        var folio = repo.Commit("ext4: large folios", "2015-02-12T10:00:00-08:00");
        repo.Git("checkout", "-q", "master");
        var fsMerge = repo.Merge("fs", "Merge tag 'ext4-for-linus' of git://git.example.org/ext4\n\n" + FsText, "2015-02-12T11:00:00-08:00");

        repo.Git("checkout", "-q", "-b", "misc", "master");
        repo.Write("MAINTAINERS", "TIDY\nM: someone\n");
        var misc = repo.Commit("MAINTAINERS: add TIDY", "2015-02-13T10:00:00-08:00");
        repo.Git("checkout", "-q", "master");
        var miscMerge = repo.Merge("misc", "Merge branch 'misc' of git://git.example.org/misc", "2015-02-13T11:00:00-08:00");

        repo.Git("checkout", "-q", "-b", "kconfig", "master");
        repo.Write("drivers/net/Kconfig", "menuconfig NETDEVICES\n\tbool \"Network device support\"\n")
            .Write("drivers/net/phy/Kconfig", "# SPDX-License-Identifier: GPL-2.0-only\n#\n# PHY Layer Configuration\n#\n\nconfig MOVED_SYM\n\tbool \"A symbol that moves\"\n")
            .Write("fs/Kconfig", "# nothing left\n");
        var kconfig = repo.Commit("kconfig: move MOVED_SYM, drop FS_GONE", "2015-02-14T10:00:00-08:00");
        repo.Git("checkout", "-q", "master");
        var kconfigMerge = repo.Merge("kconfig", "Merge tag 'kconfig' of git://git.example.org/kconfig\n\nPull Kconfig updates from Build Maintainer:\n\n - move MOVED_SYM next to the PHY drivers\n - drop the FS_GONE file system\n", "2015-02-14T11:00:00-08:00");

        repo.Git("tag", "-a", "v1.1-rc1", "-m", "Linux 1.1-rc1");
        return (repo, new Commits(netMerge, zeta, acme, typo, fsMerge, folio, miscMerge, misc, kconfigMerge, kconfig));
    }

    private static string Lines(string word, int count) => string.Concat(Enumerable.Range(0, count).Select(i => $"int {word}{i};\n"));

    public sealed record Commits(string NetMerge, string Zeta, string Acme, string Typo, string FsMerge, string Folio, string MiscMerge, string Misc, string KconfigMerge, string Kconfig);
}
