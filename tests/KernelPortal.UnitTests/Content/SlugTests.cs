using KernelPortal.Core.Content;

namespace KernelPortal.UnitTests.Content;

public class SlugTests
{
    [Theory]
    [InlineData("Was 4.0 bringt (1): Dateisysteme & Storage", "was-4-0-bringt-1-dateisysteme-storage")]
    [InlineData("Größere Änderungen für Übersetzer", "groessere-aenderungen-fuer-uebersetzer")]
    [InlineData("Café crème à la française", "cafe-creme-a-la-francaise")]
    [InlineData("  --Linux   3.19--  ", "linux-3-19")]
    [InlineData("???", "")]
    public void Creates_slug_from_title_with_diacritics(string title, string expected)
    {
        Assert.Equal(expected, Slug.FromTitle(title));
    }

    [Fact]
    public void Cuts_long_titles_without_a_trailing_hyphen()
    {
        var slug = Slug.FromTitle(string.Join(' ', Enumerable.Repeat("kernel", 40)));

        Assert.True(slug.Length <= Slug.MaxLength);
        Assert.True(Slug.IsValid(slug));
    }

    [Theory]
    [InlineData("linux-4-0-ist-da", true)]
    [InlineData("Linux-4", false)]
    [InlineData("a--b", false)]
    [InlineData("-a", false)]
    [InlineData("../etc/passwd", false)]
    [InlineData("", false)]
    public void Validates_slugs(string slug, bool valid)
    {
        Assert.Equal(valid, Slug.IsValid(slug));
    }
}
