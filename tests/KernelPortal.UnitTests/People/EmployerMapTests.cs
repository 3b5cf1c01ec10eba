using KernelPortal.Core.People;

namespace KernelPortal.UnitTests.People;

public class EmployerMapTests
{
    [Theory]
    [InlineData("dev@intel.com", "Intel")]
    [InlineData("dev@linux.intel.com", "Intel")]
    [InlineData("dev@lab.linux.intel.com", "Intel")]
    [InlineData("DEV@Chromium.ORG", "Google")]
    [InlineData("dev@google.com", "Google")]
    [InlineData("dev@redhat.com", "Red Hat")]
    [InlineData("dev@gmail.com", EmployerMap.Unknown)]
    [InlineData("gregkh@kernel.org", EmployerMap.Unknown)]
    [InlineData("someone@unlisted.example", EmployerMap.Unknown)]
    [InlineData("no-address-at-all", EmployerMap.Unknown)]
    public void The_longest_listed_domain_decides(string email, string employer) =>
        Assert.Equal(employer, EmployerMap.Default.For(email));

    [Fact]
    public void A_rule_for_an_address_wins_over_its_domain()
    {
        var map = EmployerMap.Default.WithAddressRules([new("gregkh@kernel.org", "Linux Foundation"), new("dev@intel.com", "Selbstständig")]);

        Assert.Equal("Linux Foundation", map.For("GregKH@kernel.org"));
        Assert.Equal("Selbstständig", map.For("dev@intel.com"));
        Assert.Equal("Intel", map.For("other@intel.com"));
    }

    [Fact]
    public void A_broken_map_is_refused_with_its_line()
    {
        var missing = Assert.Throws<FormatException>(() => EmployerMap.Parse("# comment\nintel.com Intel\nredhat.com\n"));
        var twice = Assert.Throws<FormatException>(() => EmployerMap.Parse("intel.com Intel\nINTEL.com Intel Corp\n"));

        Assert.StartsWith("Line 3:", missing.Message, StringComparison.Ordinal);
        Assert.StartsWith("Line 2:", twice.Message, StringComparison.Ordinal);
        Assert.True(EmployerMap.Default.DomainCount > 50);
    }
}
