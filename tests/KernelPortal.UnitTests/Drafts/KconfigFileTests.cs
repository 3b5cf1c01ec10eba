using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.UnitTests.Drafts;

public class KconfigFileTests
{
    [Fact]
    public void Reads_config_and_menuconfig_entries_with_prompt_and_the_first_sentence_of_help()
    {
        const string text = """
            # SPDX-License-Identifier: GPL-2.0-only
            menuconfig NET_VENDOR_EXAMPLE
            	bool "Example devices"
            	default y
            	help
            	  If you have a network (Ethernet) card from Example, say Y. Note
            	  that the answer to this question doesn't directly affect the
            	  kernel.

            if NET_VENDOR_EXAMPLE

            config EXAMPLE_E1000
            	tristate
            	prompt "Example E1000 support"
            	depends on PCI
            	---help---
            	  This driver supports Example PRO/1000 adapters, e.g. the
            	  X100.

            	  To compile this driver as a module, choose M here.

            config EXAMPLE_HELPER
            	def_bool y

            endif
            """;

        var symbols = KconfigFile.Parse("drivers/net/ethernet/example/Kconfig", text);

        Assert.Equal(["NET_VENDOR_EXAMPLE", "EXAMPLE_E1000", "EXAMPLE_HELPER"], symbols.Select(s => s.Symbol));
        Assert.Equal("Example devices", symbols[0].Prompt);
        Assert.Equal("If you have a network (Ethernet) card from Example, say Y.", symbols[0].Help);
        Assert.Equal("Example E1000 support", symbols[1].Prompt);
        Assert.Equal("This driver supports Example PRO/1000 adapters, e.g. the X100.", symbols[1].Help);
        Assert.Null(symbols[2].Prompt);
        Assert.Null(symbols[2].Help);
        Assert.All(symbols, s => Assert.Equal("drivers/net/ethernet/example/Kconfig", s.File));
    }

    [Theory]
    [InlineData("drivers/net/Kconfig", true)]
    [InlineData("lib/Kconfig.debug", true)]
    [InlineData("arch/arm64/Kconfig.platforms", true)]
    [InlineData("drivers/net/Makefile", false)]
    [InlineData("Documentation/kbuild/kconfig-language.rst", false)]
    public void Every_Kconfig_star_file_counts(string path, bool counts)
    {
        Assert.Equal(counts, KconfigFile.IsKconfig(path));
    }
}
