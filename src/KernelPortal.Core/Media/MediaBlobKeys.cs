using System.Globalization;

namespace KernelPortal.Core.Media;

/// <summary>
/// Where each file of an image lies in the <see cref="IMediaStore"/>: the upload as it came under its key, each
/// variant under key, width and format. One place, so the upload that writes them and the endpoint that reads
/// them cannot disagree.
/// </summary>
public static class MediaBlobKeys
{
    /// <summary>The uploaded file, byte for byte (what an export writes out).</summary>
    public static string Upload(string key) => key;

    /// <summary>A variant <paramref name="width"/> pixels wide in <paramref name="format"/>.</summary>
    public static string Variant(string key, int width, MediaFormat format) =>
        string.Create(CultureInfo.InvariantCulture, $"{key}-{width}.{format.Extension()}");

    /// <summary>
    /// What the address without a width serves: the upload, except for JPEGs, whose full-size copy is re-encoded
    /// without their EXIF block (camera, time and GPS position stay private) and turned as EXIF said.
    /// </summary>
    public static string Original(MediaAddress address)
    {
        ArgumentNullException.ThrowIfNull(address);
        return address.Format == MediaFormat.Jpeg ? Variant(address.Key, address.Width, MediaFormat.Jpeg) : Upload(address.Key);
    }

    /// <summary>The file a request names.</summary>
    public static string For(MediaAddress address, MediaVariant? variant)
    {
        ArgumentNullException.ThrowIfNull(address);
        return variant is null ? Original(address) : Variant(address.Key, variant.Width, variant.Format);
    }
}
