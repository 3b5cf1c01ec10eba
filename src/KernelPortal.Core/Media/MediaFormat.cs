namespace KernelPortal.Core.Media;

/// <summary>The image formats the media library takes: what browsers show without help, nothing else.</summary>
public enum MediaFormat
{
    Png,
    Jpeg,
    Gif,
    Webp,
    Svg,
}

/// <summary>File extensions and content types of <see cref="MediaFormat"/>, in one place.</summary>
public static class MediaFormats
{
    /// <summary>The extension URLs use: <c>png</c>, <c>jpg</c>, <c>gif</c>, <c>webp</c>, <c>svg</c>.</summary>
    public static string Extension(this MediaFormat format) => format switch
    {
        MediaFormat.Png => "png",
        MediaFormat.Jpeg => "jpg",
        MediaFormat.Gif => "gif",
        MediaFormat.Webp => "webp",
        MediaFormat.Svg => "svg",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The content type the image is served with.</summary>
    public static string ContentType(this MediaFormat format) => format switch
    {
        MediaFormat.Png => "image/png",
        MediaFormat.Jpeg => "image/jpeg",
        MediaFormat.Gif => "image/gif",
        MediaFormat.Webp => "image/webp",
        MediaFormat.Svg => "image/svg+xml",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
    };

    /// <summary>The format a file name's extension claims (<c>.jpeg</c> and <c>.jpg</c> alike); <c>null</c> for any other.</summary>
    public static MediaFormat? FromExtension(string? extension) => extension?.TrimStart('.').ToLowerInvariant() switch
    {
        "png" => MediaFormat.Png,
        "jpg" or "jpeg" => MediaFormat.Jpeg,
        "gif" => MediaFormat.Gif,
        "webp" => MediaFormat.Webp,
        "svg" => MediaFormat.Svg,
        _ => null,
    };

    /// <summary>The format a content type claims; <c>null</c> for any other (or none).</summary>
    public static MediaFormat? FromContentType(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "image/png" => MediaFormat.Png,
        "image/jpeg" or "image/jpg" or "image/pjpeg" => MediaFormat.Jpeg,
        "image/gif" => MediaFormat.Gif,
        "image/webp" => MediaFormat.Webp,
        "image/svg+xml" => MediaFormat.Svg,
        _ => null,
    };

    /// <summary>The name editors know the format by, for messages.</summary>
    public static string DisplayName(this MediaFormat format) => format switch
    {
        MediaFormat.Webp => "WebP",
        _ => format.ToString().ToUpperInvariant(),
    };
}
