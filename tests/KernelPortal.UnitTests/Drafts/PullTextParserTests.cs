using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.UnitTests.Drafts;

public class PullTextParserTests
{
    [Fact]
    public void Bullets_become_items_with_nested_bullets_kept_under_their_parent_and_the_shortlog_left_out()
    {
        const string body = """
            Pull networking updates from Jane Netdev:
             "Core:

               - Add a page frag cache for small skb heads, which claws back
                 the regression in UDP flood tests.

               - Run coalesced packets through SW GRO.

              New hardware / drivers:

               - Ethernet:
                  - Marvell Prestera: add support for the AC5X family
                  - Microchip lan966x: new PTP support

              Misc:

               * fix a typo in the tcp documentation"

            * tag 'net-next-9.1' of git://git.example.org/net-next: (1461 commits)
              net: prestera: add AC5X
              net: lan966x: add PTP
            """;

        var items = PullTextParser.Parse(body);

        Assert.Equal(4, items.Count);
        Assert.Equal("Add a page frag cache for small skb heads, which claws back the regression in UDP flood tests.", items[0].Text);
        Assert.Equal("Core", items[0].Context);
        Assert.Equal((4, 5), (items[0].FirstLine, items[0].LastLine));
        Assert.Equal("Run coalesced packets through SW GRO.", items[1].Text);
        Assert.Equal("Ethernet:", items[2].Text);
        Assert.Equal("New hardware / drivers", items[2].Context);
        Assert.Equal(["Marvell Prestera: add support for the AC5X family", "Microchip lan966x: new PTP support"], items[2].Children.Select(c => c.Text));
        Assert.Equal((11, 13), (items[2].FirstLine, items[2].LastLine));
        Assert.Equal("fix a typo in the tcp documentation", items[3].Text);
        Assert.Equal("Misc", items[3].Context);
        Assert.DoesNotContain(items, i => i.AllText.Contains("net: prestera", StringComparison.Ordinal));
    }

    [Fact]
    public void Lines_naming_a_platform_are_the_context_of_the_items_below_them()
    {
        const string body = """
            Pull SoC updates from Michal:

            xilinx:
            - Add support for the Kria KV260 board
            - Enable the RTC
            zynqmp:
            1. Fix the clock tree for the GEM
            2) Add firmware loading for the PMU
            o Describe the USB PHYs
            """;

        var items = PullTextParser.Parse(body);

        Assert.Equal(["xilinx", "xilinx", "zynqmp", "zynqmp", "zynqmp"], items.Select(i => i.Context));
        Assert.Equal(["Add support for the Kria KV260 board", "Enable the RTC", "Fix the clock tree for the GEM", "Add firmware loading for the PMU", "Describe the USB PHYs"], items.Select(i => i.Text));
    }

    [Fact]
    public void A_prose_only_text_gives_one_item_per_paragraph()
    {
        const string body = """
            Pull ext4 updates from Ted:
             "The big change this cycle is support for large folios in the
              buffered write path, which speeds up sequential writes.

              There is also a new mount option to disable the journal checksum
              for testing.

              Thanks,"
            """;

        var items = PullTextParser.Parse(body);

        Assert.Equal(2, items.Count);
        Assert.StartsWith("The big change this cycle is support for large folios in the buffered write path", items[0].Text, StringComparison.Ordinal);
        Assert.Equal((2, 3), (items[0].FirstLine, items[0].LastLine));
        Assert.Equal("There is also a new mount option to disable the journal checksum for testing.", items[1].Text);
        Assert.Null(items[1].Context);
    }

    [Fact]
    public void A_long_introduction_ending_in_a_colon_is_not_an_item_nor_a_context()
    {
        const string body = """
            Pull x86 fixes from Ingo:

              Here are the x86 fixes for this week, mostly about the new CPUs:

               - Fix the microcode loader on hybrid parts
            """;

        var item = Assert.Single(PullTextParser.Parse(body));

        Assert.Equal("Fix the microcode loader on hybrid parts", item.Text);
        Assert.Null(item.Context);
    }

    [Theory]
    [InlineData("")]
    [InlineData("Pull char-misc updates from Greg:\n\n* 'char-misc-next' of git://git.example.org/char-misc:\n  misc: fix it")]
    [InlineData("* tag 'sound-9.1' of git://git.example.org/sound: (3 commits)\n  ALSA: hda: quirk")]
    public void A_merge_without_text_of_its_own_has_no_items(string body)
    {
        Assert.Empty(PullTextParser.Parse(body));
    }
}
