namespace KernelPortal.Core.Media;

/// <summary>An image in the media library: what was uploaded, by whom, and the alt text it came with.</summary>
public class MediaImage
{
    public const int FileNameMaxLength = 255;
    public const int NameMaxLength = 80;

    public int Id { get; private set; }

    /// <summary>The first 16 hex digits of <see cref="Sha256"/>: the image's part of every address.</summary>
    public required string Key { get; init; }

    /// <summary>SHA-256 of the uploaded file, hex: the same file uploaded twice is one image.</summary>
    public required string Sha256 { get; init; }

    /// <summary>The slug of the uploaded file's name, the readable part of the address.</summary>
    public required string Name { get; init; }

    public required MediaFormat Format { get; init; }

    public required int Width { get; init; }

    public required int Height { get; init; }

    /// <summary>Size of the uploaded file in bytes.</summary>
    public required long ByteSize { get; init; }

    /// <summary>The file's name as it was uploaded.</summary>
    public required string FileName { get; init; }

    /// <summary>The description given on upload; inserting the image into an article starts from it.</summary>
    public required string AltText { get; set; }

    public required string UploadedBy { get; init; }

    public required DateTimeOffset UploadedAt { get; init; }

    /// <summary>Where the image is served; also what Markdown refers to it by.</summary>
    public MediaAddress Address => new(Key, Width, Height, Name, Format);

    /// <summary>The Markdown an editor inserts: <c>![alt text](address)</c>.</summary>
    public string Markdown(string? altText = null) => $"![{EscapeAlt(altText ?? AltText)}]({Address.Url})";

    private static string EscapeAlt(string alt) =>
        alt.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("[", "\\[", StringComparison.Ordinal)
            .Replace("]", "\\]", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
