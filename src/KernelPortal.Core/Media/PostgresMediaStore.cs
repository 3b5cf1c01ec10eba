using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Media;

/// <summary>The media store in the portal's database (<c>media_blobs</c>, one <c>bytea</c> row per file).</summary>
public sealed class PostgresMediaStore(IDbContextFactory<PortalDbContext> contexts) : IMediaStore
{
    /// <inheritdoc />
    public async Task PutAsync(IReadOnlyList<MediaFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.InTransactionAsync(async ct =>
        {
            foreach (var file in files)
            {
                // Two editors uploading the same picture at once write the same bytes: the second insert is a no-op.
                await db.Database.ExecuteSqlInterpolatedAsync(
                    $"INSERT INTO media_blobs (key, content_type, data) VALUES ({file.Key}, {file.ContentType}, {file.Data}) ON CONFLICT (key) DO NOTHING",
                    ct);
            }

            return true;
        }, cancellationToken);
    }

    /// <inheritdoc />
    public async Task<MediaFile?> GetAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.MediaBlobs.AsNoTracking()
            .Where(b => b.Key == key)
            .Select(b => new MediaFile(b.Key, b.ContentType, b.Data))
            .SingleOrDefaultAsync(cancellationToken);
    }

    /// <inheritdoc />
    public async Task DeleteImageAsync(string imageKey, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(imageKey);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var variants = imageKey + "-";
        await db.MediaBlobs.Where(b => b.Key == imageKey || b.Key.StartsWith(variants)).ExecuteDeleteAsync(cancellationToken);
    }
}
