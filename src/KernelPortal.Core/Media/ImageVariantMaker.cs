using SkiaSharp;

namespace KernelPortal.Core.Media;

/// <summary>
/// Makes, once on upload, every file an image is served as (<see cref="MediaAddress.VariantWidths"/> in the
/// original format and as WebP) with SkiaSharp (ADR-008). Decoding the whole picture here is also the check that it
/// is not damaged beyond its header.
/// </summary>
internal static class ImageVariantMaker
{
    private const int JpegQuality = 85;
    private const int JpegFullSizeQuality = 90;
    private const int WebpQuality = 80;

    /// <summary>The files to store, or the reason the picture cannot be used.</summary>
    public static (IReadOnlyList<MediaFile> Files, string? Refusal) Make(byte[] upload, InspectedImage image, MediaAddress address, string fileName)
    {
        var files = new List<MediaFile> { new(MediaBlobKeys.Upload(address.Key), image.Format.ContentType(), upload) };
        if (image.Format is MediaFormat.Gif or MediaFormat.Svg)
        {
            return (files, null);
        }

        using var decoded = Decode(upload);
        if (decoded is null)
        {
            return ([], CoreText.T("'{0}' has a readable {1} header but its picture cannot be decoded: it is damaged or incomplete.", fileName, image.Format.DisplayName()));
        }

        using var oriented = Orient(decoded, image.Origin);
        var picture = oriented ?? decoded;
        foreach (var width in address.VariantWidths)
        {
            var height = Math.Max(1, (int)Math.Round((double)address.Height * width / address.Width));
            using var resized = picture.Resize(new SKImageInfo(width, height, picture.ColorType, picture.AlphaType), new SKSamplingOptions(SKCubicResampler.Mitchell));
            if (resized is null)
            {
                return ([], CoreText.T("'{0}' could not be resized to {1} pixels.", fileName, width));
            }

            files.Add(Encode(address.Key, resized, width, image.Format, image.Format == MediaFormat.Jpeg ? JpegQuality : WebpQuality));
            if (address.HasWebpCopies)
            {
                files.Add(Encode(address.Key, resized, width, MediaFormat.Webp, WebpQuality));
            }
        }

        if (address.HasWebpCopies)
        {
            files.Add(Encode(address.Key, picture, address.Width, MediaFormat.Webp, WebpQuality));
        }

        if (image.Format == MediaFormat.Jpeg)
        {
            files.Add(Encode(address.Key, picture, address.Width, MediaFormat.Jpeg, JpegFullSizeQuality));
        }

        return (files, null);
    }

    private static SKBitmap? Decode(byte[] upload)
    {
        using var data = SKData.CreateCopy(upload);
        using var codec = SKCodec.Create(data);
        if (codec is null)
        {
            return null;
        }

        var info = codec.Info.WithColorType(SKImageInfo.PlatformColorType)
            .WithAlphaType(codec.Info.AlphaType == SKAlphaType.Opaque ? SKAlphaType.Opaque : SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }

    /// <summary>The picture turned as its EXIF orientation says; <c>null</c> when it is upright already.</summary>
    private static SKBitmap? Orient(SKBitmap source, SKEncodedOrigin origin)
    {
        if (origin is SKEncodedOrigin.TopLeft)
        {
            return null;
        }

        var sideways = ImageInspector.TurnsSideways(origin);
        var target = new SKBitmap(sideways ? source.Height : source.Width, sideways ? source.Width : source.Height, source.ColorType, source.AlphaType);
        using var canvas = new SKCanvas(target);
        float w = source.Width, h = source.Height;
        // Each case maps the stored picture onto the displayed one (EXIF 2.3, tag 0x0112).
        var matrix = origin switch
        {
            SKEncodedOrigin.TopRight => new SKMatrix(-1, 0, w, 0, 1, 0, 0, 0, 1),
            SKEncodedOrigin.BottomRight => new SKMatrix(-1, 0, w, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.BottomLeft => new SKMatrix(1, 0, 0, 0, -1, h, 0, 0, 1),
            SKEncodedOrigin.LeftTop => new SKMatrix(0, 1, 0, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightTop => new SKMatrix(0, -1, h, 1, 0, 0, 0, 0, 1),
            SKEncodedOrigin.RightBottom => new SKMatrix(0, -1, h, -1, 0, w, 0, 0, 1),
            SKEncodedOrigin.LeftBottom => new SKMatrix(0, 1, 0, -1, 0, w, 0, 0, 1),
            _ => SKMatrix.Identity,
        };
        canvas.SetMatrix(matrix);
        using var image = SKImage.FromBitmap(source);
        canvas.DrawImage(image, 0, 0, new SKSamplingOptions(SKFilterMode.Nearest));
        return target;
    }

    private static MediaFile Encode(string key, SKBitmap bitmap, int width, MediaFormat format, int quality)
    {
        using var image = SKImage.FromBitmap(bitmap);
        var encodedFormat = format switch
        {
            MediaFormat.Png => SKEncodedImageFormat.Png,
            MediaFormat.Jpeg => SKEncodedImageFormat.Jpeg,
            _ => SKEncodedImageFormat.Webp,
        };
        using var data = image.Encode(encodedFormat, quality);
        return new MediaFile(MediaBlobKeys.Variant(key, width, format), format.ContentType(), data.ToArray());
    }
}

/// <summary>One stored file of an image.</summary>
/// <param name="Key">Its key in the <see cref="IMediaStore"/> (<see cref="MediaBlobKeys"/>).</param>
/// <param name="ContentType">What it is served as.</param>
/// <param name="Data">Its bytes.</param>
public sealed record MediaFile(string Key, string ContentType, byte[] Data);
