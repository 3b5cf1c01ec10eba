using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.UnitTests.Drafts;

public class DraftComposerTests
{
    private static readonly DateTimeOffset When = new(2015, 2, 15, 12, 0, 0, TimeSpan.Zero);

    private static MergeCommit Merge(string id, string subject, string body, MergedCommit[] commits) =>
        new(id, subject, body, When, [.. commits.SelectMany(c => c.Files)]) { Commits = commits };

    private static MergedCommit Commit(string id, string subject, params ChangedFile[] files) => new(id, subject, files);

    private static readonly MergeCommit Networking = Merge(
        "a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1",
        "Merge tag 'net-next' of git://git.kernel.org/net",
        "Pull networking updates from Dave Miller:\n\n - New driver for Prestera switches\n - cleanup of the tcp code\n - faster GRO\n",
        [
            Commit("c001", "net: prestera: add driver", new ChangedFile("drivers/net/ethernet/marvell/prestera/prestera_main.c", 4000, 0, IsNew: true), new ChangedFile("drivers/net/ethernet/marvell/Kconfig", 10, 0)),
            Commit("c002", "tcp: tidy up", new ChangedFile("net/ipv4/tcp.c", 10, 10)),
            Commit("c003", "gro: faster", new ChangedFile("net/core/gro.c", 50, 20)),
            Commit("c004", "selftests: net: gro", new ChangedFile("tools/testing/selftests/net/gro.sh", 30, 0)),
        ]);

    private static readonly MergeCommit Filesystems = Merge(
        "b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2",
        "Merge branch 'for-linus' of git://git.kernel.org/ext4",
        "Pull ext4 updates from Ted Ts'o:\n\n - DAX support for ext4\n - a new helper in the block layer for ext4's zeroing\n",
        [
            Commit("c010", "ext4: DAX", new ChangedFile("fs/ext4/inode.c", 300, 5)),
            Commit("c011", "block: zeroing helper", new ChangedFile("block/blk-lib.c", 20, 0)),
        ]);

    private static readonly MergeCommit Documentation = Merge(
        "c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3",
        "Merge branch 'docs' of git://git.lwn.net/docs",
        string.Empty,
        [
            Commit("c020", "docs: new process guide", new ChangedFile("Documentation/process/guide.rst", 120, 0)),
            Commit("c021", "docs: typo", new ChangedFile("Documentation/process/howto.rst", 1, 1)),
        ]);

    private static readonly KconfigChanges Options = new(
        [new KconfigSymbol("PRESTERA", "Marvell Prestera Switch ASICs support", "This driver supports Marvell Prestera Switch ASICs.", "drivers/net/ethernet/marvell/Kconfig")],
        [new KconfigSymbol("OLD_FS", "Old file system", null, "fs/old/Kconfig")]);

    private static DraftSeries Series() => DraftComposer.Compose("4.0", [Networking, Filesystems, Documentation], FeatureAreaMap.Default, Options, "https://git.example.org/mirror/c/");

    [Fact]
    public void Every_merge_is_in_exactly_one_part_and_what_matches_no_area_goes_to_Sonstiges_last()
    {
        var series = Series();

        Assert.Equal("Was 4.0 bringt", series.Title);
        Assert.Equal(["Was 4.0 bringt (1): Dateisysteme & Storage", "Was 4.0 bringt (2): Netzwerk", "Was 4.0 bringt (3): Sonstiges"], series.Parts.Select(p => p.Title));
        Assert.Equal(3, series.MergeCount);
        Assert.Equal(
            [Filesystems.CommitId, Networking.CommitId, Documentation.CommitId],
            series.Parts.SelectMany(p => p.Merges).Select(m => m.CommitId));
    }

    [Fact]
    public void Items_carry_the_commits_that_touch_what_they_name_and_rank_new_drivers_first()
    {
        var net = Series().Parts.Single(p => p.Area == "netzwerk");

        Assert.Equal(["New driver for Prestera switches", "faster GRO"], net.Items.Select(i => i.Text));
        var prestera = net.Items[0];
        Assert.Equal(["c001"], prestera.Commits);
        Assert.Equal(4010, prestera.LinesChanged);
        Assert.Equal(1, prestera.NewFiles);
        Assert.Equal(["PRESTERA"], prestera.NewOptions);
        Assert.Equal((3, 3), (prestera.FirstLine, prestera.LastLine));
        // log2(4011) + 2·1 new file + 3·1 new option + 5 for "new driver"
        Assert.Equal(Math.Round(Math.Log2(4011) + 2 + 3 + 5, 1), prestera.Score);
        Assert.Equal(["c003", "c004"], net.Items[1].Commits);
        Assert.True(prestera.Score > net.Items[1].Score);
    }

    [Fact]
    public void Trivia_sink_into_Kleinkram()
    {
        var net = Series().Parts.Single(p => p.Area == "netzwerk");

        var trivia = Assert.Single(net.Trivia);
        Assert.Equal("cleanup of the tcp code", trivia.Text);
        Assert.Equal(["c002"], trivia.Commits);
        Assert.DoesNotContain(net.Items, i => i.Text == trivia.Text);
    }

    [Fact]
    public void An_item_goes_to_the_area_of_what_it_touches_and_the_merge_stays_home()
    {
        var series = Series();
        var storage = series.Parts.Single(p => p.Area == "dateisysteme-storage");

        Assert.Equal(["DAX support for ext4", "a new helper in the block layer for ext4's zeroing"], storage.Items.Select(i => i.Text).Order(StringComparer.Ordinal));
        Assert.Equal(Filesystems.CommitId, Assert.Single(storage.Merges).CommitId);
    }

    [Fact]
    public void A_merge_without_text_becomes_one_item_from_its_commits()
    {
        var other = Series().Parts.Single(p => p.Area == "sonstiges");

        var item = Assert.Single(other.AllItems);
        Assert.Equal("Merge branch 'docs': 2 Commits, darunter „docs: new process guide“, „docs: typo“", item.Text);
        Assert.Equal(["c020", "c021"], item.Commits);
        Assert.Equal(0, item.FirstLine);
        Assert.Equal(122, item.LinesChanged);
    }

    [Fact]
    public void New_and_removed_options_are_placed_in_the_area_of_their_Kconfig_file()
    {
        var series = Series();

        var option = Assert.Single(series.NewOptions);
        Assert.Equal(("PRESTERA", "netzwerk", Networking.CommitId), (option.Symbol, option.Area, option.Merge));
        Assert.Equal("netzwerk", series.Parts.Single(p => p.NewOptions.Count > 0).Area);
        var removed = Assert.Single(series.RemovedOptions);
        Assert.Equal(("OLD_FS", "dateisysteme-storage", (string?)null), (removed.Symbol, removed.Area, removed.Merge));
    }

    [Fact]
    public void The_lead_states_the_area_s_figures_in_German()
    {
        var net = Series().Parts.Single(p => p.Area == "netzwerk");

        Assert.Equal(
            "Im Bereich Netzwerk hat Linux 4.0 1 Merge mit 3 Neuerungen aufgenommen; 1 Konfigurationsoption ist neu. Die größten Themen: „New driver for Prestera switches“ (4.010 geänderte Zeilen in 1 Commit) und „faster GRO“ (100 geänderte Zeilen in 2 Commits).",
            net.Lead);
    }

    [Fact]
    public void The_Markdown_links_items_to_their_sources_on_the_configured_tree()
    {
        var series = Series();
        var net = series.Parts.Single(p => p.Area == "netzwerk");

        var markdown = DraftMarkdown.Part(series, net, "Bis rc1: 12.345 Commits.", "Linux 4.0 erscheint voraussichtlich am 12. April.");

        Assert.Contains("- New driver for Prestera switches ([Merge a1a1a1a1a1a1](https://git.example.org/mirror/c/a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1), Zeile 3; Commit [c001](https://git.example.org/mirror/c/c001))", markdown, StringComparison.Ordinal);
        Assert.Contains("### Neue Treiber und Optionen\n\n- `CONFIG_PRESTERA`: Marvell Prestera Switch ASICs support – This driver supports Marvell Prestera Switch ASICs. (`drivers/net/ethernet/marvell/Kconfig`)", markdown, StringComparison.Ordinal);
        Assert.Contains("### Kleinkram\n\n- cleanup of the tcp code", markdown, StringComparison.Ordinal);
        Assert.Contains("Linux 4.0 erscheint voraussichtlich am 12. April.", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("git.kernel.org", markdown, StringComparison.Ordinal);
        Assert.True(markdown.IndexOf("Prestera", StringComparison.Ordinal) < markdown.IndexOf("faster GRO", StringComparison.Ordinal));
    }
}
