using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.UnitTests.Drafts;

public class FeatureAreaMapTests
{
    [Theory]
    [InlineData("fs/ext4/inode.c", "dateisysteme-storage")]
    [InlineData("drivers/nvme/host/core.c", "dateisysteme-storage")]
    [InlineData("drivers/md/raid5.c", "dateisysteme-storage")]
    [InlineData("net/ipv4/tcp.c", "netzwerk")]
    [InlineData("drivers/net/ethernet/intel/e1000/e1000_main.c", "netzwerk")]
    [InlineData("drivers/gpu/drm/i915/i915_drv.c", "grafik")]
    [InlineData("arch/x86/kernel/setup.c", "prozessoren-plattformen")]
    [InlineData("arch/x86/kvm/x86.c", "virtualisierung")]
    [InlineData("drivers/vhost/net.c", "virtualisierung")]
    [InlineData("security/selinux/hooks.c", "sicherheit")]
    [InlineData("mm/page_alloc.c", "infrastruktur")]
    [InlineData("kernel/sched/core.c", "infrastruktur")]
    [InlineData("drivers/usb/core/hub.c", "treiber")]
    public void The_most_specific_pattern_wins(string path, string area)
    {
        Assert.Equal(area, FeatureAreaMap.Default.AreaOf(path));
    }

    [Theory]
    [InlineData("Documentation/admin-guide/README.rst")]
    [InlineData("MAINTAINERS")]
    [InlineData("fsx/not-fs.c")]
    public void Unmapped_paths_do_not_vote(string path)
    {
        Assert.Null(FeatureAreaMap.Default.AreaOf(path));
    }

    [Fact]
    public void A_merge_spanning_areas_goes_to_the_one_with_most_changed_lines()
    {
        ChangedFile[] files =
        [
            new("net/core/dev.c", 10, 5),
            new("drivers/net/e1000.c", 20, 0),
            new("fs/ext4/super.c", 30, 1),
            new("Documentation/networking/dev.rst", 500, 0),
        ];

        Assert.Equal("netzwerk", FeatureAreaMap.Default.AreaOf(files));
    }

    [Theory]
    [InlineData("F:\tfs/\n", "a pattern before any area")]
    [InlineData("dateisystem\nF: fs/\n", "'dateisystem' is neither a known area")]
    [InlineData("netzwerk\nF: ../etc/\n", "not a relative path pattern")]
    [InlineData("netzwerk\nF: /net/\n", "not a relative path pattern")]
    public void A_bad_map_names_its_line(string text, string message)
    {
        var exception = Assert.Throws<FormatException>(() => FeatureAreaMap.Parse(text));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }
}
