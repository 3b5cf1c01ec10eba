using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.UnitTests.Drafts;

public class ReleaseNameTests
{
    [Theory]
    [InlineData("v4.0-rc1", "4.0")]
    [InlineData("v6.12-rc7", "6.12")]
    [InlineData("v6.12", "6.12")]
    [InlineData("v2.6.39-rc1", "2.6.39")]
    [InlineData("v2024.04-rc1", "2024.04")]
    [InlineData("v2024.04", "2024.04")]
    [InlineData("release-5", "release-5")]
    public void The_release_a_tag_belongs_to(string tag, string release)
    {
        Assert.Equal(release, ReleaseName.FromTag(tag));
    }
}
