namespace KernelPortal.Core.Media;

/// <summary>What the media library accepts; the messages of <see cref="ImageInspector"/> name these figures.</summary>
public static class MediaLimits
{
    /// <summary>Largest upload: a screenshot or a diagram is far smaller; a 50 MB camera file is refused, not resized.</summary>
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>
    /// Most pixels an image may have: decoding needs four bytes per pixel, so a few-kilobyte PNG that claims
    /// 100,000 × 100,000 pixels (a decompression bomb) is refused from its header before anything is decoded.
    /// </summary>
    public const long MaxPixels = 40_000_000;

    /// <summary>Longest side in pixels.</summary>
    public const int MaxSide = 16_384;

    /// <summary>Longest alt text: a description, not an article.</summary>
    public const int AltTextMaxLength = 500;
}
