namespace KernelPortal.Core.Media;

/// <summary>One stored file of <see cref="PostgresMediaStore"/>: an upload or a variant, under its key.</summary>
public class MediaBlob
{
    public const int KeyMaxLength = 64;

    public required string Key { get; init; }

    public required string ContentType { get; init; }

    public required byte[] Data { get; init; }
}
