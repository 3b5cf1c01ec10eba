using KernelPortal.Core.Media;
using SkiaSharp;

namespace KernelPortal.UnitTests.Media;

public class ImageVariantMakerTests
{
    private static (MediaAddress Address, IReadOnlyList<MediaFile> Files) Make(byte[] data, string name)
    {
        var image = Assert.IsType<InspectedImage>(ImageInspector.Inspect(data, name));
        var address = MediaLibrary.AddressFor(data, name, image);
        var (files, refusal) = ImageVariantMaker.Make(data, image, address, name);
        Assert.Null(refusal);
        return (address, files);
    }

    [Fact]
    public void A_PNG_gets_every_width_as_PNG_and_WebP_and_a_full_size_WebP()
    {
        var data = TestImages.Png(1000, 500);

        var (address, files) = Make(data, "chart.png");

        Assert.Equal(
            [address.Key, $"{address.Key}-480.png", $"{address.Key}-480.webp", $"{address.Key}-960.png", $"{address.Key}-960.webp", $"{address.Key}-1000.webp"],
            files.Select(f => f.Key));
        Assert.Equal(data, files[0].Data);
        foreach (var file in files.Skip(1))
        {
            using var codec = SKCodec.Create(new SKMemoryStream(file.Data));
            var width = int.Parse(file.Key.Split('-', '.')[1], System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(width, codec.Info.Width);
            Assert.Equal(width / 2, codec.Info.Height);
            Assert.Equal(file.ContentType == "image/webp" ? SKEncodedImageFormat.Webp : SKEncodedImageFormat.Png, codec.EncodedFormat);
        }
    }

    [Fact]
    public void A_JPEG_turned_by_EXIF_is_served_upright_and_without_its_EXIF_block()
    {
        var data = TestImages.Jpeg(300, 100, orientation: 6);

        var (address, files) = Make(data, "phone.jpg");

        Assert.Equal((100, 300), (address.Width, address.Height));
        var original = files.Single(f => f.Key == MediaBlobKeys.Original(address));
        Assert.True(data.AsSpan().IndexOf("Exif"u8) > 0, "the upload has an EXIF block");
        Assert.True(original.Data.AsSpan().IndexOf("Exif"u8) < 0, "the served copy has none");
        using var shown = SKBitmap.Decode(original.Data);
        Assert.Equal((100, 300), (shown.Width, shown.Height));
        // Stored left half red; turned 90° clockwise, red is on top.
        Assert.True(shown.GetPixel(50, 20).Red > 200 && shown.GetPixel(50, 20).Blue < 60, $"top is {shown.GetPixel(50, 20)}");
        Assert.True(shown.GetPixel(50, 280).Blue > 200 && shown.GetPixel(50, 280).Red < 60, $"bottom is {shown.GetPixel(50, 280)}");
    }

    [Fact]
    public void SVG_and_GIF_are_kept_as_uploaded()
    {
        var (_, files) = Make(TestImages.Svg(), "d.svg");

        Assert.Single(files);
    }
}
