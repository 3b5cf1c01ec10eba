using System.Globalization;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Media;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Editorial;

/// <summary>
/// Writes every article as a Markdown file with a YAML front-matter header in the form <see cref="ArticleImporter"/>
/// reads, so that an export imported into a database with the same releases gives the same articles (status, dates,
/// tags, series and part, translation, author, lead, iow, body). Revisions and generated-draft sources stay behind:
/// the export is the content, not its history.
/// </summary>
public sealed class ArticleExporter(IDbContextFactory<PortalDbContext> contexts, IMediaStore media)
{
    /// <summary>
    /// Every article, in id order, as a file name (<c>{slug}.md</c>) and its text, and every library image they
    /// show as <c>media/{key}/{name}.{ext}</c>, the uploaded file byte for byte; the articles refer to them by that
    /// relative path, which an import turns back into the same library address.
    /// </summary>
    public async Task<ArticleExport> ExportAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var articles = await db.Articles.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => new
            {
                a.Slug, a.Title, a.Language, a.Status, a.PublishAt, a.PublishedAt, a.AuthorName, a.Lead, a.Iow, a.BodyMarkdown,
                Tags = a.Tags.OrderBy(t => t.Position).ThenBy(t => t.Slug).Select(t => t.Slug).ToList(),
                Release = a.Release == null ? null : a.Release.VersionText,
                Series = a.Series == null ? null : new { a.Series.Slug, a.Series.Title },
                a.SeriesPart,
                Translation = a.Translation == null ? null : a.Translation.Slug,
            })
            .ToListAsync(cancellationToken);

        var images = new Dictionary<string, ExportedImage>(StringComparer.Ordinal);
        foreach (var address in articles.SelectMany(a => ImageReferences.In(a.BodyMarkdown)).Select(r => r.Address).OfType<MediaAddress>())
        {
            if (!images.ContainsKey(address.Url)
                && await media.GetAsync(MediaBlobKeys.Upload(address.Key), cancellationToken) is { } file)
            {
                images[address.Url] = new ExportedImage(RelativePath(address), file.Data);
            }
        }

        string Body(string markdown) => ImageReferences.Rewrite(markdown, r => images.TryGetValue(r.Url, out var image) ? image.RelativePath : null);

        return new ArticleExport([.. articles.Select(a => new ExportedArticle($"{a.Slug}.md", FrontMatterDocument.Write(
            [
                new("title", a.Title),
                new("slug", a.Slug),
                new("language", a.Language.Code()),
                new("status", StatusCode(a.Status)),
                new("date", Timestamp(a.Status == ArticleStatus.Scheduled ? a.PublishAt : a.PublishedAt)),
                new("author", a.AuthorName.Length > 0 ? a.AuthorName : null),
                new("lead", a.Lead.Length > 0 ? a.Lead : null),
                new("iow", a.Iow),
                new("tags", a.Tags.Count > 0 ? a.Tags : null),
                new("release", a.Release),
                new("series", a.Series?.Slug),
                new("series-title", a.Series?.Title),
                new("part", a.SeriesPart?.ToString(CultureInfo.InvariantCulture)),
                new("translation", a.Translation),
            ],
            Body(a.BodyMarkdown))))], [.. images.Values]);
    }

    /// <summary>A folder per image keeps the uploaded file name, so an import makes the same address again.</summary>
    private static string RelativePath(MediaAddress address) => $"media/{address.Key}/{address.Name}.{address.Format.Extension()}";

    /// <summary>The status as the importer reads it: <c>in-review</c>, not <c>InReview</c>.</summary>
    private static string StatusCode(ArticleStatus status) => status switch
    {
        ArticleStatus.InReview => "in-review",
        _ => status.ToString().ToLowerInvariant(),
    };

    /// <summary>UTC, to the second when that is exact (as editors write it), else to the tick (nothing lost).</summary>
    private static string? Timestamp(DateTimeOffset? when) => when?.ToUniversalTime() switch
    {
        null => null,
        { } utc when utc.Ticks % TimeSpan.TicksPerSecond == 0 => utc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        { } utc => utc.ToString("o", CultureInfo.InvariantCulture),
    };
}

/// <summary>What an export writes.</summary>
/// <param name="Articles">One Markdown file per article.</param>
/// <param name="Images">The images the articles show.</param>
public sealed record ArticleExport(IReadOnlyList<ExportedArticle> Articles, IReadOnlyList<ExportedImage> Images);

/// <summary>One exported image.</summary>
/// <param name="RelativePath">Where it goes below the export folder, with forward slashes (as the Markdown refers to it).</param>
/// <param name="Data">The uploaded file.</param>
public sealed record ExportedImage(string RelativePath, byte[] Data);

/// <summary>One exported article.</summary>
/// <param name="FileName">The file's name: the slug with <c>.md</c>.</param>
/// <param name="Text">Front matter and Markdown body.</param>
public sealed record ExportedArticle(string FileName, string Text);
