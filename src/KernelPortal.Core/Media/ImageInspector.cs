using System.Globalization;
using SkiaSharp;

namespace KernelPortal.Core.Media;

/// <summary>
/// Decides from an upload's bytes whether the library takes it, before anything is decoded: what the file really
/// is (its first bytes, not its name), that its name does not claim another format, its size in bytes and, from the
/// image header alone, in pixels. Every refusal says what was wrong and what the limit is.
/// </summary>
public static class ImageInspector
{
    /// <summary>Checks an upload; <see cref="InspectedImage"/> when it is taken, else the reason it is not.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="fileName">The name it came with (its extension must match its content).</param>
    public static ImageInspection Inspect(ReadOnlySpan<byte> data, string fileName)
    {
        ArgumentNullException.ThrowIfNull(fileName);
        if (data.IsEmpty)
        {
            return new ImageInspection.Refused(CoreText.T("'{0}' is empty.", fileName));
        }

        if (data.Length > MediaLimits.MaxBytes)
        {
            return new ImageInspection.Refused(TooLarge(fileName, data.Length));
        }

        if (Sniff(data) is not { } format)
        {
            return new ImageInspection.Refused(CoreText.T("'{0}' is not an image the site can show: PNG, JPEG, GIF, WebP and SVG are accepted.", fileName));
        }

        var extension = Path.GetExtension(fileName);
        if (MediaFormats.FromExtension(extension) is not { } claimed)
        {
            return new ImageInspection.Refused(CoreText.T("'{0}' holds a {1} image but is not named like one: name it *.{2}.", fileName, format.DisplayName(), format.Extension()));
        }

        if (claimed != format)
        {
            return new ImageInspection.Refused(
                CoreText.T("'{0}' is named as a {1} file but holds a {2} image: rename it to *.{3} or export it as {4}.", fileName, claimed.DisplayName(), format.DisplayName(), format.Extension(), claimed.DisplayName()));
        }

        return format == MediaFormat.Svg ? SvgInspector.Inspect(data, fileName) : InspectRaster(data, fileName, format);
    }

    private static ImageInspection InspectRaster(ReadOnlySpan<byte> data, string fileName, MediaFormat format)
    {
        using var skData = SKData.CreateCopy(data);
        using var codec = SKCodec.Create(skData);
        if (codec is null || codec.Info.Width <= 0 || codec.Info.Height <= 0)
        {
            return new ImageInspection.Refused(CoreText.T("'{0}' starts like a {1} image but cannot be read: it is damaged or incomplete.", fileName, format.DisplayName()));
        }

        var turned = TurnsSideways(codec.EncodedOrigin);
        var width = turned ? codec.Info.Height : codec.Info.Width;
        var height = turned ? codec.Info.Width : codec.Info.Height;
        if ((long)width * height > MediaLimits.MaxPixels || width > MediaLimits.MaxSide || height > MediaLimits.MaxSide)
        {
            return new ImageInspection.Refused(
                CoreText.T("'{0}' is {1:N0} × {2:N0} pixels ({3:N0} megapixels); at most {4:N0} megapixels and {5:N0} pixels a side are accepted.", fileName, width, height, (double)width * height / 1_000_000, MediaLimits.MaxPixels / 1_000_000, MediaLimits.MaxSide));
        }

        var animated = codec.FrameCount > 1;
        if (animated && format == MediaFormat.Webp)
        {
            // Variants would keep only the first frame; GIF is the animated format the library keeps as it is.
            return new ImageInspection.Refused(CoreText.T("'{0}' is an animated WebP image, which the library cannot resize: upload it as GIF.", fileName));
        }

        return new InspectedImage(format, width, height, codec.EncodedOrigin, animated);
    }

    /// <summary>The message for a file over <see cref="MediaLimits.MaxBytes"/>; the CMS says it before reading the file.</summary>
    public static string TooLarge(string fileName, long size) =>
        CoreText.T("'{0}' has {1}; at most {2} are accepted. Export it smaller (a screenshot as PNG, a photo as JPEG).", fileName, Megabytes(size), Megabytes(MediaLimits.MaxBytes));

    /// <summary>The format the first bytes show; <c>null</c> for anything else.</summary>
    internal static MediaFormat? Sniff(ReadOnlySpan<byte> data)
    {
        if (data.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]))
        {
            return MediaFormat.Png;
        }

        if (data.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return MediaFormat.Jpeg;
        }

        if (data.StartsWith("GIF87a"u8) || data.StartsWith("GIF89a"u8))
        {
            return MediaFormat.Gif;
        }

        if (data.Length >= 12 && data.StartsWith("RIFF"u8) && data[8..12].SequenceEqual("WEBP"u8))
        {
            return MediaFormat.Webp;
        }

        return SvgInspector.LooksLikeSvg(data) ? MediaFormat.Svg : null;
    }

    /// <summary>EXIF orientations 5 to 8 turn the picture by 90°: its displayed width is the stored height.</summary>
    internal static bool TurnsSideways(SKEncodedOrigin origin) =>
        origin is SKEncodedOrigin.LeftTop or SKEncodedOrigin.RightTop or SKEncodedOrigin.RightBottom or SKEncodedOrigin.LeftBottom;

    /// <summary>"50.0 MB": sizes in messages, in the units editors' file managers show.</summary>
    public static string Megabytes(long bytes) =>
        // In the current culture, as the messages around it are: "0,2 MB" in the German CMS.
        string.Create(CultureInfo.CurrentCulture, $"{bytes / (1024.0 * 1024.0):0.0} MB");
}

/// <summary>What <see cref="ImageInspector"/> found.</summary>
public abstract record ImageInspection
{
    private protected ImageInspection()
    {
    }

    /// <summary>Not taken, and why, in words for the editor.</summary>
    /// <param name="Reason">The message.</param>
    public sealed record Refused(string Reason) : ImageInspection;
}

/// <summary>An image the library takes.</summary>
/// <param name="Format">What it really is.</param>
/// <param name="Width">Its displayed width in pixels.</param>
/// <param name="Height">Its displayed height in pixels.</param>
/// <param name="Origin">How EXIF says to turn it (JPEG); top-left for everything else.</param>
/// <param name="Animated">More than one frame (GIF, WebP).</param>
public sealed record InspectedImage(MediaFormat Format, int Width, int Height, SKEncodedOrigin Origin, bool Animated) : ImageInspection;
