using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.UnitTests.Drafts;

public class DraftComposerTests
{
    private static MergeCommit Merge(string id, string subject, string body, params ChangedFile[] files) =>
        new(id, subject, body, new DateTimeOffset(2015, 2, 15, 12, 0, 0, TimeSpan.Zero), files);

    private static readonly MergeCommit[] Merges =
    [
        Merge("a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1a1", "Merge tag 'net-next' of git://git.kernel.org/net", "Pull networking updates from Dave Miller:\n\n - faster TCP", new ChangedFile("net/ipv4/tcp.c", 100, 20)),
        Merge("b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2", "Merge branch 'for-linus' of git://git.kernel.org/ext4", "Pull ext4 updates from Ted Ts'o:\n\n - DAX support", new ChangedFile("fs/ext4/inode.c", 50, 5), new ChangedFile("fs/dax.c", 300, 0)),
        Merge("c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3c3", "Merge branch 'docs'", "Pull documentation updates from Jon Corbet:", new ChangedFile("Documentation/x.rst", 10, 0)),
        Merge("d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4", "Merge tag 'xfs-for-linus'", "Pull xfs updates from Dave Chinner:\n\n - pNFS", new ChangedFile("fs/xfs/xfs_pnfs.c", 200, 10)),
    ];

    [Fact]
    public void Builds_one_part_per_area_in_the_Kernel_Log_order()
    {
        var series = DraftComposer.Compose("4.0", Merges, FeatureAreaMap.Default);

        Assert.Equal("Was 4.0 bringt", series.Title);
        Assert.Equal(["Was 4.0 bringt (1): Dateisysteme & Storage", "Was 4.0 bringt (2): Netzwerk"], series.Parts.Select(p => p.Title));
        Assert.Equal(["b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2", "d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4"], series.Parts[0].Merges.Select(m => m.CommitId));
        Assert.Equal(1, series.UnassignedMerges);
        Assert.Equal(355, series.Parts[0].Merges[0].LinesChanged);
        Assert.Equal("Ted Ts'o", series.Parts[0].Merges[0].Puller);
        Assert.Equal("ext4 updates", series.Parts[0].Merges[0].What);
    }

    [Fact]
    public void Every_section_carries_its_merge_commit_as_provenance()
    {
        var series = DraftComposer.Compose("4.0", Merges, FeatureAreaMap.Default);

        var markdown = DraftComposer.Markdown(series, series.Parts[0], "Bis rc1: 12.345 Commits.", "Linux 4.0 erscheint voraussichtlich am 12. April.");

        Assert.Contains("## Ext4 updates (von Ted Ts'o)", markdown, StringComparison.Ordinal);
        Assert.Contains(">  - DAX support", markdown, StringComparison.Ordinal);
        Assert.Contains("(https://git.kernel.org/torvalds/c/b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2b2)", markdown, StringComparison.Ordinal);
        Assert.Contains("(https://git.kernel.org/torvalds/c/d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4d4)", markdown, StringComparison.Ordinal);
        Assert.Contains("Linux 4.0 erscheint voraussichtlich am 12. April.", markdown, StringComparison.Ordinal);
        Assert.Contains("355 geänderte Zeilen", markdown, StringComparison.Ordinal);
    }
}
