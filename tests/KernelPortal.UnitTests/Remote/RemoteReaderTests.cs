using System.Text;
using KernelPortal.Ingestion.KernelOrg;
using KernelPortal.Ingestion.Lore;

namespace KernelPortal.UnitTests.Remote;

public class RemoteReaderTests
{
    [Fact]
    public void Reads_entries_and_Message_IDs_from_a_public_inbox_feed()
    {
        using var feed = File.OpenRead(Fixtures.Path("remote", "lore-search.atom"));

        var entries = LoreAtomReader.Read(feed);

        Assert.Equal(2, entries.Count);
        Assert.Equal("Linux 4.0", entries[0].Title);
        Assert.Equal("CA+55aFxFixtureReleaseMessageIdCCCC@mail.gmail.com", entries[0].MessageId);
        Assert.Equal(new DateTimeOffset(2015, 4, 12, 21, 4, 22, TimeSpan.Zero), entries[0].Updated);
        Assert.Equal("Re: Linux 4.0-rc1", entries[1].Title);
    }

    [Theory]
    [InlineData("<html><body>503</body></html>", "root element is <html>")]
    [InlineData("not xml at all", "not an Atom feed")]
    [InlineData("<?xml version=\"1.0\"?><!DOCTYPE feed [<!ENTITY x \"x\">]><feed xmlns=\"http://www.w3.org/2005/Atom\"/>", "not an Atom feed")]
    public void Refuses_what_is_not_a_feed(string text, string message)
    {
        var exception = Assert.Throws<FormatException>(() => LoreAtomReader.Read(new MemoryStream(Encoding.UTF8.GetBytes(text))));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reads_kernel_org_releases_including_linux_next()
    {
        var releases = KernelOrgReleasesReader.Read(File.ReadAllBytes(Fixtures.Path("remote", "kernelorg-releases.json")));

        Assert.Equal(["mainline", "stable", "longterm", "linux-next"], releases.Select(r => r.Moniker));
        Assert.Equal("6.18-rc7", releases[0].Version);
        Assert.Equal(new DateOnly(2025, 11, 23), releases[0].ReleasedOn);
        Assert.True(releases[2].IsEndOfLife);
        Assert.Equal("next-20251126", releases[3].Version);
    }

    [Theory]
    [InlineData("[]", "no 'releases' array")]
    [InlineData("{\"releases\": {}}", "no 'releases' array")]
    [InlineData("{\"releases\": [42]}", "releases[0] is not an object")]
    [InlineData("{\"releases\": [{\"moniker\": \"stable\"}]}", "releases[0] has no version")]
    [InlineData("{\"releases\": [", "not JSON")]
    public void Says_what_is_wrong_with_a_bad_releases_json(string json, string message)
    {
        var exception = Assert.Throws<FormatException>(() => KernelOrgReleasesReader.Read(Encoding.UTF8.GetBytes(json)));

        Assert.Contains(message, exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Random_bytes_give_a_format_error_and_nothing_else()
    {
        var random = new Random(1234);
        for (var i = 0; i < 300; i++)
        {
            var bytes = new byte[random.Next(0, 4000)];
            random.NextBytes(bytes);

            Assert.Throws<FormatException>(() => KernelOrgReleasesReader.Read(bytes));
            Assert.Throws<FormatException>(() => LoreAtomReader.Read(new MemoryStream(bytes)));
        }
    }
}
