using KernelPortal.Core.Media;

namespace KernelPortal.UnitTests.Media;

public class MediaAddressTests
{
    private static readonly MediaAddress Png = new("0123456789abcdef", 1600, 900, "scheduler-diagram", MediaFormat.Png);

    [Fact]
    public void An_address_names_key_size_and_name_and_reads_back()
    {
        Assert.Equal("/media/0123456789abcdef/1600x900/scheduler-diagram.png", Png.Url);
        Assert.True(MediaAddress.TryParse(Png.Url, out var parsed));
        Assert.Equal(Png, parsed);
    }

    [Theory]
    [InlineData("/media/0123456789ABCDEF/10x10/a.png")]
    [InlineData("/media/0123456789abcdef/10x10/a.bmp")]
    [InlineData("/media/0123456789abcdef/0x10/a.png")]
    [InlineData("/media/0123456789abcdef/99999x10/a.png")]
    [InlineData("https://example.org/media/0123456789abcdef/10x10/a.png")]
    [InlineData("/media/0123456789abcdef/10x10/../a.png")]
    [InlineData("images/a.png")]
    public void Other_URLs_are_no_library_address(string url) => Assert.False(MediaAddress.TryParse(url, out _));

    [Fact]
    public void Variants_are_made_in_the_standard_widths_below_the_original()
    {
        Assert.Equal([480, 960, 1440], Png.VariantWidths);
        Assert.Empty((Png with { Width = 400 }).VariantWidths);
        Assert.Empty((Png with { Format = MediaFormat.Gif }).VariantWidths);
        Assert.Empty((Png with { Format = MediaFormat.Svg }).VariantWidths);
        Assert.True(Png.HasWebpCopies);
        Assert.False((Png with { Format = MediaFormat.Webp }).HasWebpCopies);
    }

    [Fact]
    public void A_request_for_a_variant_names_its_file_in_the_store()
    {
        Assert.True(MediaAddress.TryParseRequest("0123456789abcdef", "1600x900", "scheduler-diagram-480w.webp", out var address, out var variant));

        Assert.Equal(new MediaVariant(480, MediaFormat.Webp), variant);
        Assert.Equal("0123456789abcdef-480.webp", MediaBlobKeys.For(address, variant));
        Assert.Equal("/media/0123456789abcdef/1600x900/scheduler-diagram-480w.webp", Png.VariantUrl(480, MediaFormat.Webp));
    }

    [Fact]
    public void The_original_of_a_JPEG_is_its_re_encoded_copy_and_of_anything_else_the_upload()
    {
        Assert.True(MediaAddress.TryParseRequest("0123456789abcdef", "1600x900", "photo.jpg", out var jpeg, out var none));
        Assert.Null(none);
        Assert.Equal("0123456789abcdef-1600.jpg", MediaBlobKeys.For(jpeg, null));
        Assert.Equal("0123456789abcdef", MediaBlobKeys.For(Png, null));
    }

    [Theory]
    [InlineData("Scheduler Diagram (2).PNG", "scheduler-diagram-2")]
    [InlineData("Übersicht.png", "uebersicht")]
    [InlineData("chart-480w.png", "chart-480w-image")]
    [InlineData("....png", "image")]
    public void Names_come_from_the_file_name_and_never_look_like_a_variant(string fileName, string expected) =>
        Assert.Equal(expected, MediaLibrary.NameFor(fileName));
}
