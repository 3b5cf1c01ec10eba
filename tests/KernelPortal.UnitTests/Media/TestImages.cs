using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace KernelPortal.UnitTests.Media;

/// <summary>
/// Real image files made for the tests (linked into the integration and browser tests too): encoded by Skia, or
/// assembled byte by byte where a test needs what no encoder writes (an EXIF orientation, a header that claims
/// more pixels than the file holds).
/// </summary>
internal static class TestImages
{
    /// <summary>A PNG of the given size: left half red, right half blue, so turning it is visible.</summary>
    public static byte[] Png(int width, int height) => Encode(width, height, SKEncodedImageFormat.Png);

    /// <summary>A JPEG like <see cref="Png"/>; with an EXIF orientation tag when <paramref name="orientation"/> is not 1.</summary>
    public static byte[] Jpeg(int width, int height, int orientation = 1)
    {
        var jpeg = Encode(width, height, SKEncodedImageFormat.Jpeg);
        if (orientation == 1)
        {
            return jpeg;
        }

        // APP1 "Exif": a big-endian TIFF header and one IFD with one entry, Orientation (0x0112, SHORT).
        var app1 = new List<byte> { 0xFF, 0xE1, 0x00, 34 };
        app1.AddRange("Exif\0\0"u8.ToArray());
        app1.AddRange([(byte)'M', (byte)'M', 0x00, 0x2A, 0x00, 0x00, 0x00, 0x08]);
        app1.AddRange([0x00, 0x01, 0x01, 0x12, 0x00, 0x03, 0x00, 0x00, 0x00, 0x01, 0x00, (byte)orientation, 0x00, 0x00]);
        app1.AddRange([0x00, 0x00, 0x00, 0x00]);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    /// <summary>A WebP like <see cref="Png"/>.</summary>
    public static byte[] Webp(int width, int height) => Encode(width, height, SKEncodedImageFormat.Webp);

    /// <summary>
    /// A decompression bomb: a small real PNG whose header (IHDR, with a correct checksum) claims
    /// <paramref name="width"/> × <paramref name="height"/> pixels.
    /// </summary>
    public static byte[] PngClaiming(int width, int height)
    {
        var png = Png(16, 16);
        // Signature (8), IHDR length (4), "IHDR" (4), then width and height; the CRC covers type and data (17 bytes).
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        BinaryPrimitives.WriteUInt32BigEndian(png.AsSpan(29), Crc32(png.AsSpan(12, 17)));
        return png;
    }

    /// <summary>An SVG with the given inner markup on a 200 × 100 canvas.</summary>
    public static byte[] Svg(string inner = "<rect width=\"200\" height=\"100\" fill=\"#36c\"/>", string attributes = "width=\"200\" height=\"100\"") =>
        Encoding.UTF8.GetBytes($"<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" {attributes}>{inner}</svg>");

    private static byte[] Encode(int width, int height, SKEncodedImageFormat format)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            using var red = new SKPaint { Color = SKColors.Red };
            canvas.DrawRect(0, 0, width / 2f, height, red);
        }

        using var image = SKImage.FromBitmap(bitmap);
        using var data = image.Encode(format, 90);
        return data.ToArray();
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
