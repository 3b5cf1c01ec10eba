using System.Security.Cryptography;
using System.Text.RegularExpressions;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Editorial;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Media;

/// <summary>
/// The media library: takes uploads (checked by <see cref="ImageInspector"/>, variants made once, files into the
/// <see cref="IMediaStore"/>, then the row), lists what is there with where it is used, and deletes what no article
/// uses. The same file uploaded twice is one image: the second upload returns the first.
/// </summary>
public sealed partial class MediaLibrary(IDbContextFactory<PortalDbContext> contexts, IMediaStore store, TimeProvider clock)
{
    /// <summary>Checks and stores an upload; nothing is stored when it is refused.</summary>
    /// <param name="data">The file's bytes.</param>
    /// <param name="fileName">Its name; the extension must match the content.</param>
    /// <param name="altText">What the image shows, for readers who cannot see it (required).</param>
    /// <param name="actor">Who uploads.</param>
    /// <param name="cancellationToken">Cancels the upload.</param>
    public async Task<MediaUploadResult> UploadAsync(byte[] data, string fileName, string altText, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(actor);
        fileName = Path.GetFileName(fileName ?? string.Empty);
        altText = (altText ?? string.Empty).Trim();
        if (altText.Length == 0)
        {
            return new MediaUploadResult.Refused(CoreText.T("Describe the image in its alt text: readers who cannot see it, and search engines, read that instead."));
        }

        if (altText.Length > MediaLimits.AltTextMaxLength)
        {
            return new MediaUploadResult.Refused(CoreText.T("The alt text has {0:N0} characters; at most {1:N0} are accepted.", altText.Length, MediaLimits.AltTextMaxLength));
        }

        var inspection = ImageInspector.Inspect(data, fileName);
        if (inspection is ImageInspection.Refused refused)
        {
            return new MediaUploadResult.Refused(refused.Reason);
        }

        var image = (InspectedImage)inspection;

        var sha256 = Sha256(data);
        var address = AddressFor(sha256, fileName, image);
        var key = address.Key;
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.MediaImages.AsNoTracking().SingleOrDefaultAsync(m => m.Key == key, cancellationToken) is { } existing)
        {
            return existing.Sha256 == sha256
                ? new MediaUploadResult.Stored(existing, AlreadyThere: true)
                : new MediaUploadResult.Refused(CoreText.T("A different image already has the key {0} (the first 64 bits of its SHA-256); this does not happen by chance. Nothing was stored.", key));
        }

        var (files, refusal) = ImageVariantMaker.Make(data, image, address, fileName);
        if (refusal is not null)
        {
            return new MediaUploadResult.Refused(refusal);
        }

        // Files first, row last: an image is listed only once every address it has can be served.
        await store.PutAsync(files, cancellationToken);
        var row = new MediaImage
        {
            Key = key,
            Sha256 = sha256,
            Name = address.Name,
            Format = image.Format,
            Width = image.Width,
            Height = image.Height,
            ByteSize = data.LongLength,
            FileName = fileName.Length <= MediaImage.FileNameMaxLength ? fileName : fileName[^MediaImage.FileNameMaxLength..],
            AltText = altText,
            UploadedBy = actor.Name,
            UploadedAt = clock.GetUtcNow(),
        };
        db.MediaImages.Add(row);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (PortalDatabase.IsUniqueViolation(ex))
        {
            // The same file, uploaded by someone else a moment earlier: theirs is the image.
            await using var again = await contexts.CreateDbContextAsync(cancellationToken);
            return new MediaUploadResult.Stored(await again.MediaImages.AsNoTracking().SingleAsync(m => m.Key == key, cancellationToken), AlreadyThere: true);
        }

        return new MediaUploadResult.Stored(row, AlreadyThere: false);
    }

    /// <summary>The library's images, newest first, with how many articles use each; filtered by name or alt text.</summary>
    public async Task<IReadOnlyList<MediaListItem>> ListAsync(string? search, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var query = db.MediaImages.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search))
        {
            var pattern = $"%{search.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal)}%";
            query = query.Where(m => EF.Functions.ILike(m.FileName, pattern) || EF.Functions.ILike(m.AltText, pattern));
        }

        return await query
            .OrderByDescending(m => m.UploadedAt).ThenByDescending(m => m.Id)
            .Select(m => new MediaListItem(m, db.Articles.Count(a => a.BodyMarkdown.Contains("/media/" + m.Key + "/"))))
            .ToListAsync(cancellationToken);
    }

    /// <summary>The articles that show an image, for the media page.</summary>
    public async Task<IReadOnlyList<(int Id, string Title)>> UsesAsync(string key, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rows = await db.Articles.AsNoTracking()
            .Where(a => a.BodyMarkdown.Contains("/media/" + key + "/"))
            .OrderBy(a => a.Id)
            .Select(a => new { a.Id, a.Title })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => (r.Id, r.Title))];
    }

    /// <summary>Of the given keys, those no image has: an article that refers to them would show a broken picture.</summary>
    public async Task<IReadOnlySet<string>> MissingAsync(IEnumerable<string> keys, CancellationToken cancellationToken)
    {
        var wanted = keys.Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new HashSet<string>();
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var found = await db.MediaImages.AsNoTracking().Where(m => wanted.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken);
        return wanted.Except(found, StringComparer.Ordinal).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>A stored file, by its key.</summary>
    public Task<MediaFile?> GetFileAsync(string key, CancellationToken cancellationToken) => store.GetAsync(key, cancellationToken);

    /// <summary>Removes an image no article uses (Editors and Admins). A used image is refused with the articles that use it.</summary>
    public async Task<MediaDeleteResult> DeleteAsync(int id, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        if (!actor.IsEditor)
        {
            return new MediaDeleteResult.Refused(CoreText.T("Only Editors and Admins delete images."));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.MediaImages.SingleOrDefaultAsync(m => m.Id == id, cancellationToken) is not { } image)
        {
            return new MediaDeleteResult.NotFound();
        }

        var uses = await UsesAsync(image.Key, cancellationToken);
        if (uses.Count > 0)
        {
            return new MediaDeleteResult.Refused(
                CoreText.T("'{0}' is used by {1}; remove it there first.", image.FileName, string.Join(", ", uses.Select(u => $"“{u.Title}”"))));
        }

        db.MediaImages.Remove(image);
        await db.SaveChangesAsync(cancellationToken);
        await store.DeleteImageAsync(image.Key, cancellationToken);
        return new MediaDeleteResult.Deleted();
    }

    /// <summary>The address an upload gets: its key from its bytes, its size, its name from its file name.</summary>
    internal static MediaAddress AddressFor(byte[] data, string fileName, InspectedImage image) => AddressFor(Sha256(data), fileName, image);

    private static MediaAddress AddressFor(string sha256, string fileName, InspectedImage image) =>
        new(sha256[..16], image.Width, image.Height, NameFor(fileName), image.Format);

    private static string Sha256(byte[] data) => Convert.ToHexStringLower(SHA256.HashData(data));

    /// <summary>"Scheduler Diagram (2).PNG" → "scheduler-diagram-2"; never a name a variant's "-480w" could be read into.</summary>
    internal static string NameFor(string fileName)
    {
        var name = Slug.FromTitle(Path.GetFileNameWithoutExtension(fileName));
        if (name.Length > MediaImage.NameMaxLength)
        {
            name = name[..MediaImage.NameMaxLength].TrimEnd('-');
        }

        if (name.Length == 0)
        {
            return "image";
        }

        return VariantLikeEnding().IsMatch(name) ? name + "-image" : name;
    }

    [GeneratedRegex("-[0-9]+w$", RegexOptions.CultureInvariant)]
    private static partial Regex VariantLikeEnding();
}

/// <summary>What became of an upload.</summary>
public abstract record MediaUploadResult
{
    private MediaUploadResult()
    {
    }

    /// <summary>In the library (<paramref name="AlreadyThere"/>: the same file was there before).</summary>
    /// <param name="Image">The image.</param>
    /// <param name="AlreadyThere">True when an earlier upload of the same file is returned.</param>
    public sealed record Stored(MediaImage Image, bool AlreadyThere) : MediaUploadResult;

    /// <summary>Nothing stored, and why.</summary>
    /// <param name="Reason">The message for the editor.</param>
    public sealed record Refused(string Reason) : MediaUploadResult;
}

/// <summary>What became of a delete.</summary>
public abstract record MediaDeleteResult
{
    private MediaDeleteResult()
    {
    }

    /// <summary>Gone, with all its files.</summary>
    public sealed record Deleted : MediaDeleteResult;

    /// <summary>No such image.</summary>
    public sealed record NotFound : MediaDeleteResult;

    /// <summary>Kept, and why.</summary>
    /// <param name="Reason">The message for the editor.</param>
    public sealed record Refused(string Reason) : MediaDeleteResult;
}

/// <summary>An image on the media page.</summary>
/// <param name="Image">The image.</param>
/// <param name="UsedBy">How many articles show it.</param>
public sealed record MediaListItem(MediaImage Image, int UsedBy);
