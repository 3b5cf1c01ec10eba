using System.Globalization;
using System.Text.RegularExpressions;

namespace KernelPortal.Core.Media;

/// <summary>
/// The public address of an image in the media library, which is also its description:
/// <c>/media/{key}/{width}x{height}/{name}.{ext}</c>. The key is the first 16 hex digits of the SHA-256 of the
/// uploaded file, so an address never changes its content and is served as immutable; the size in the address
/// gives every <c>&lt;img&gt;</c> its <c>width</c> and <c>height</c> and the Markdown renderer its <c>srcset</c>
/// without asking the database. Variants are <c>{name}-{w}w.{ext}</c> beside it (<see cref="VariantWidths"/>).
/// </summary>
/// <param name="Key">16 lower-case hex digits.</param>
/// <param name="Width">The image's width in pixels (as displayed, after any EXIF rotation).</param>
/// <param name="Height">The image's height in pixels.</param>
/// <param name="Name">A slug made from the uploaded file's name; only for people reading the address.</param>
/// <param name="Format">The uploaded file's format.</param>
public sealed partial record MediaAddress(string Key, int Width, int Height, string Name, MediaFormat Format)
{
    /// <summary>The widths variants are made in, where the original is wider.</summary>
    public static readonly IReadOnlyList<int> StandardWidths = [480, 960, 1440, 1920];

    /// <summary>The site-relative URL of the image as uploaded (JPEGs without their metadata).</summary>
    public string Url => string.Create(CultureInfo.InvariantCulture, $"/media/{Key}/{Width}x{Height}/{Name}.{Format.Extension()}");

    /// <summary>
    /// The widths of the variants made on upload: the standard widths below the original's. None for GIF (resizing
    /// would stop an animation) and SVG (it scales by itself). The rule is part of every stored address: change it
    /// only together with a command that makes the new variants of every stored image.
    /// </summary>
    public IReadOnlyList<int> VariantWidths => Format is MediaFormat.Gif or MediaFormat.Svg
        ? []
        : [.. StandardWidths.Where(w => w < Width)];

    /// <summary>True when a WebP copy of every size is made (the original is neither WebP nor a format kept as it is).</summary>
    public bool HasWebpCopies => Format is MediaFormat.Png or MediaFormat.Jpeg;

    /// <summary>The URL of the variant <paramref name="width"/> pixels wide in <paramref name="format"/>.</summary>
    public string VariantUrl(int width, MediaFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"/media/{Key}/{Width}x{Height}/{Name}-{width}w.{format.Extension()}");

    /// <summary>Reads an address from a URL as Markdown holds it; false for any other URL.</summary>
    public static bool TryParse(string? url, out MediaAddress address)
    {
        address = null!;
        var match = url is null ? null : AddressPattern().Match(url);
        if (match is not { Success: true }
            || MediaFormats.FromExtension(match.Groups["ext"].Value) is not { } format
            || !TryDimension(match.Groups["w"].Value, out var width)
            || !TryDimension(match.Groups["h"].Value, out var height))
        {
            return false;
        }

        address = new MediaAddress(match.Groups["key"].Value, width, height, match.Groups["name"].Value, format);
        return true;
    }

    /// <summary>
    /// Reads a request for <c>/media/{key}/{size}/{file}</c>: the image it names and, for a variant, the width and
    /// format asked for. False when the path cannot name anything the library serves.
    /// </summary>
    public static bool TryParseRequest(string key, string size, string file, out MediaAddress address, out MediaVariant? variant)
    {
        variant = null;
        address = null!;
        var fileMatch = FilePattern().Match(file);
        if (!fileMatch.Success || MediaFormats.FromExtension(fileMatch.Groups["ext"].Value) is not { } asked)
        {
            return false;
        }

        // The original's format is not in a variant's file name; WebP variants of any original share ".webp", so the
        // format of the address itself is only known for the original, which is all that matters for serving.
        if (!TryParse($"/media/{key}/{size}/{fileMatch.Groups["name"].Value}.{asked.Extension()}", out address))
        {
            return false;
        }

        if (fileMatch.Groups["w"].Success)
        {
            if (!TryDimension(fileMatch.Groups["w"].Value, out var width))
            {
                return false;
            }

            variant = new MediaVariant(width, asked);
        }

        return true;
    }

    private static bool TryDimension(string text, out int value) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value) && value is > 0 and <= MediaLimits.MaxSide;

    [GeneratedRegex(@"^/media/(?<key>[0-9a-f]{16})/(?<w>[0-9]{1,5})x(?<h>[0-9]{1,5})/(?<name>[a-z0-9]+(?:-[a-z0-9]+)*)\.(?<ext>png|jpg|gif|webp|svg)$", RegexOptions.CultureInvariant)]
    private static partial Regex AddressPattern();

    [GeneratedRegex(@"^(?<name>[a-z0-9]+(?:-[a-z0-9]+)*?)(?:-(?<w>[0-9]{1,5})w)?\.(?<ext>png|jpg|gif|webp|svg)$", RegexOptions.CultureInvariant)]
    private static partial Regex FilePattern();
}

/// <summary>A resized copy of an image.</summary>
/// <param name="Width">Its width in pixels.</param>
/// <param name="Format">Its format: the original's or WebP.</param>
public sealed record MediaVariant(int Width, MediaFormat Format);
