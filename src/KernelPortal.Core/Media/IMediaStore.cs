namespace KernelPortal.Core.Media;

/// <summary>
/// Where the bytes of images lie. PostgreSQL by default (<see cref="PostgresMediaStore"/>), so every instance and
/// every backup sees them; an object store (S3 and the like) can implement this later without the library, the
/// endpoint or the editor changing. The image's row (<see cref="MediaImage"/>) is always in the database.
/// </summary>
public interface IMediaStore
{
    /// <summary>Stores files; a key that is there already keeps its bytes (keys name content, so they are equal).</summary>
    Task PutAsync(IReadOnlyList<MediaFile> files, CancellationToken cancellationToken);

    /// <summary>One file, or <c>null</c>.</summary>
    Task<MediaFile?> GetAsync(string key, CancellationToken cancellationToken);

    /// <summary>Every file of the image <paramref name="imageKey"/>: the upload and all its variants.</summary>
    Task DeleteImageAsync(string imageKey, CancellationToken cancellationToken);
}
