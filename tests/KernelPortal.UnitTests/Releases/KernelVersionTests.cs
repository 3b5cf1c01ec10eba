using KernelPortal.Core.Releases;

namespace KernelPortal.UnitTests.Releases;

public class KernelVersionTests
{
    [Theory]
    [InlineData("2.6.39-rc7", 2, 6, 39, 7)]
    [InlineData("2.6.0", 2, 6, 0, null)]
    [InlineData("3.0", 3, 0, null, null)]
    [InlineData("4.0-rc1", 4, 0, null, 1)]
    [InlineData("v6.17-rc1", 6, 17, null, 1)]
    [InlineData(" 7.2 ", 7, 2, null, null)]
    public void Parses_mainline_versions_into_numbers(string text, int major, int minor, int? patch, int? rc)
    {
        var version = KernelVersion.Parse(text);

        Assert.Equal(major, version.Major);
        Assert.Equal(minor, version.Minor);
        Assert.Equal(patch, version.Patch);
        Assert.Equal(rc, version.Rc);
    }

    [Fact]
    public void Orders_versions_numerically_across_eras()
    {
        string[] expected = ["2.6.39-rc7", "2.6.39", "3.0-rc1", "3.0", "3.9", "3.10", "3.19", "4.0-rc1", "4.0-rc7", "4.0", "4.20", "5.0"];
        var shuffled = expected.Reverse().Select(KernelVersion.Parse).ToList();

        var sorted = shuffled.Order().Select(v => v.ToString()).ToArray();

        Assert.Equal(expected, sorted);
    }

    [Fact]
    public void Compares_with_operators()
    {
        Assert.True(KernelVersion.Parse("3.9") < KernelVersion.Parse("3.10"));
        Assert.True(KernelVersion.Parse("4.0-rc7") < KernelVersion.Parse("4.0"));
        Assert.True(KernelVersion.Parse("2.6.39") < KernelVersion.Parse("3.0-rc1"));
        Assert.True(KernelVersion.Parse("6.0") >= KernelVersion.Parse("6.0"));
        Assert.Equal(KernelVersion.Parse("v4.0"), KernelVersion.Parse("4.0"));
    }

    [Theory]
    [InlineData("", "required")]
    [InlineData("4", "two or three numbers")]
    [InlineData("4.0.0.1", "two or three numbers")]
    [InlineData("4.x", "'x' is not a number")]
    [InlineData("4.0-rc", "rc number")]
    [InlineData("4.0-rc0", "rc numbers run from 1")]
    [InlineData("4.0-beta1", "only an rc number")]
    [InlineData("0.9", "major number starts at 1")]
    [InlineData("3.05", "'05' is not a number")]
    [InlineData("6.6.37", "stable release")]
    [InlineData("4.0-rc1; DROP TABLE releases", "too long")]
    [InlineData("-1.0", "only an rc number")]
    public void Rejects_malformed_versions_with_a_clear_error(string text, string expectedMessage)
    {
        var ok = KernelVersion.TryParse(text, out _, out var error);

        Assert.False(ok);
        Assert.Contains(expectedMessage, error, StringComparison.Ordinal);
        var exception = Assert.Throws<FormatException>(() => KernelVersion.Parse(text));
        Assert.Equal(error, exception.Message);
    }

    [Theory]
    [InlineData("3.19", "3.20")]
    [InlineData("2.6.39", "2.6.40")]
    [InlineData("5.19", "5.20")]
    public void Proposes_a_provisional_successor(string released, string provisional)
    {
        Assert.Equal(provisional, KernelVersion.Parse(released).ProvisionalSuccessor().ToString());
    }

    [Theory]
    [InlineData("2.6.39-rc7")]
    [InlineData("3.0")]
    [InlineData("4.0-rc1")]
    public void Round_trips_through_text(string text)
    {
        Assert.Equal(text, KernelVersion.Parse(text).ToString());
    }

    [Fact]
    public void Names_the_release_an_rc_belongs_to()
    {
        Assert.Equal(KernelVersion.Parse("4.0"), KernelVersion.Parse("4.0-rc3").Release);
    }
}
