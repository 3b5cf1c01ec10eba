using System.Globalization;
using System.Text.RegularExpressions;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Media;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Editorial;

/// <summary>
/// Brings articles in from Markdown files with a YAML front-matter header: this portal's own keys (what
/// <see cref="ArticleExporter"/> writes) and Hugo's and Jekyll's (<c>date</c>, <c>draft</c>, <c>description</c>,
/// <c>tags</c> as a list, <c>authors</c>), so that files from those sites import as they are. Tags and series that
/// do not exist yet are created. All files are checked first; if any is wrong, each problem is reported and nothing
/// is imported, so a batch never lands half. Keys the portal has no use for (<c>layout</c>, <c>categories</c>, …)
/// are named in the report's notes, never silently dropped.
/// </summary>
public sealed partial class ArticleImporter(
    IDbContextFactory<PortalDbContext> contexts,
    MarkdownRenderer renderer,
    MediaLibrary media,
    TimeProvider clock,
    IContentChangeNotifier? changes = null)
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "title", "slug", "language", "tags", "release", "series", "series-title", "part", "author", "authors", "lead",
        "description", "iow", "status", "draft", "date", "publish-at", "translation",
    };

    /// <summary>Checks every file and imports all of them, or none.</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);

        // Reading and writing in one retriable unit: a retry after a lost connection builds every article again
        // from what the database holds.
        var report = await db.InTransactionAsync(ct => ImportInAsync(db, files, ct), cancellationToken);
        if (changes is not null && report.Imported.Any(a => a.Status == ArticleStatus.Published))
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return report;
    }

    private async Task<ImportReport> ImportInAsync(PortalDbContext db, IReadOnlyList<ImportFile> files, CancellationToken cancellationToken)
    {
        var batch = new Batch(
            await db.FeatureTags.ToListAsync(cancellationToken),
            await db.Series.ToListAsync(cancellationToken),
            await db.Releases.ToListAsync(cancellationToken),
            (await db.Articles.Select(a => a.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal));

        var errors = new List<ImportError>();
        var articles = new List<(ImportFile File, Article Article, string? Translation)>();
        foreach (var file in files)
        {
            var problems = new List<string>();
            var read = Read(file, problems, batch);
            if (read is { } r && !batch.TakenSlugs.Add(r.Article.Slug))
            {
                problems.Add($"the slug '{r.Article.Slug}' is already taken (by a stored article or an earlier file)");
            }

            errors.AddRange(problems.Select(p => new ImportError(file.Name, p)));
            if (problems.Count == 0 && read is { } ok)
            {
                articles.Add((file, ok.Article, ok.Translation));
            }
        }

        foreach (var (file, _, translation) in articles)
        {
            if (translation is not null && !batch.TakenSlugs.Contains(translation))
            {
                errors.Add(new ImportError(file.Name, $"translation '{translation}' is neither a stored article nor one of the files"));
            }
        }

        if (errors.Count > 0)
        {
            return new ImportReport([], errors, []);
        }

        // Only a good batch stores its images; a retry of this unit finds them stored and gets the same addresses.
        if (await batch.Images.StoreAsync(media, cancellationToken) is { Count: > 0 } imageErrors)
        {
            return new ImportReport([], imageErrors, []);
        }

        var now = clock.GetUtcNow();
        foreach (var (_, article, _) in articles)
        {
            db.Articles.Add(article);
            article.Revisions.Add(ArticleRevision.Of(article, RevisionNumbers.First, null, Actor.Import.Name, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        await LinkTranslationsAsync(db, articles.Where(a => a.Translation is not null).Select(a => (a.Article, a.Translation!)), cancellationToken);
        return new ImportReport([.. articles.Select(a => new ImportedArticle(a.File.Name, a.Article.Id, a.Article.Slug, a.Article.Status))], [], batch.Notes);
    }

    /// <summary>Translations point at each other; both rows must exist before either link can be written.</summary>
    private static async Task LinkTranslationsAsync(PortalDbContext db, IEnumerable<(Article Article, string Slug)> links, CancellationToken cancellationToken)
    {
        foreach (var (article, slug) in links)
        {
            var other = await db.Articles.SingleAsync(a => a.Slug == slug, cancellationToken);
            article.TranslationId = other.Id;
            other.TranslationId ??= article.Id;
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private (Article Article, string? Translation)? Read(ImportFile file, List<string> problems, Batch batch)
    {
        FrontMatterDocument document;
        try
        {
            document = FrontMatterDocument.Parse(file.Text);
        }
        catch (FormatException ex)
        {
            problems.Add(ex.Message);
            return null;
        }

        var header = new Header(document, problems);
        batch.Notes.AddRange(document.Keys.Where(k => !KnownKeys.Contains(k)).Order(StringComparer.Ordinal)
            .Select(k => new ImportError(file.Name, $"field '{k}' ignored (the portal has no use for it)")));

        var fields = new ArticleFields
        {
            Title = header.Single("title") ?? string.Empty,
            Slug = header.Single("slug") ?? string.Empty,
            Lead = header.OneOf("lead", "description") ?? string.Empty,
            Iow = header.Single("iow"),
            BodyMarkdown = batch.Images.Rewrite(file, document, problems, batch.Notes),
        };
        problems.AddRange(ArticleValidator.Validate(fields, bodyLine: document.BodyLine).Select(e => $"{e.Key}: {e.Value}"));

        var language = Language.De;
        if (header.Single("language") is { } code && !LanguageCodes.TryParse(code, out language))
        {
            problems.Add($"language '{code}' is neither 'de' nor 'en'");
        }

        var (status, publishAt) = StatusAndDate(file, header, problems);
        var release = ReadRelease(header, problems, batch);
        var articleTags = new List<FeatureTag>();
        foreach (var name in document.List("tags").Distinct(StringComparer.OrdinalIgnoreCase))
        {
            if (batch.Tag(file.Name, name, problems) is { } tag && !articleTags.Contains(tag))
            {
                articleTags.Add(tag);
            }
        }

        var author = header.Author();
        var series = header.Single("series") is { } seriesName ? batch.Series(file.Name, seriesName, header.Single("series-title"), language, release, problems) : null;
        int? part = null;
        if (header.Single("part") is { } partText)
        {
            if (int.TryParse(partText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && series is not null)
            {
                part = number;
            }
            else
            {
                problems.Add(series is null ? "part needs a series" : $"part '{partText}' is not a number from 1");
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var article = (fields with { Language = language }).NewArticle(
            renderer, status, author, publishedAt: publishAt ?? clock.GetUtcNow(), publishAt: publishAt);
        // The release and series may be new in this batch (no ids yet), so they are linked as entities.
        article.Release = release;
        article.Series = series;
        article.SeriesPart = part;
        article.Tags.AddRange(articleTags);
        return (article, header.Single("translation"));
    }

    /// <summary>
    /// The status and its date. <c>status</c> says it outright; otherwise, as in Hugo and Jekyll, a file with a
    /// <c>date</c> (or a Jekyll file name's date) that is not <c>draft: true</c> is published, or scheduled when the
    /// date lies ahead; anything else is a draft.
    /// </summary>
    private (ArticleStatus Status, DateTimeOffset? When) StatusAndDate(ImportFile file, Header header, List<string> problems)
    {
        bool? draft = null;
        if (header.Single("draft") is { } draftText)
        {
            draft = bool.TryParse(draftText, out var flag) ? flag : null;
            if (draft is null)
            {
                problems.Add($"draft '{draftText}' is neither true nor false");
            }
        }

        var dateText = header.OneOf("date", "publish-at");
        var fromFileName = dateText is null && JekyllFileName().Match(Path.GetFileName(file.Name)) is { Success: true } name ? name.Groups[1].Value : null;
        DateTimeOffset? when = null;
        if ((dateText ?? fromFileName) is { } text)
        {
            if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                when = parsed.ToUniversalTime();
            }
            else
            {
                problems.Add($"date '{text}' is not a date (for example 2015-04-13 or 2015-04-13T08:00:00+02:00)");
            }
        }

        ArticleStatus status;
        if (header.Single("status") is { } statusText)
        {
            if (!Enum.TryParse(statusText.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out status) || !Enum.IsDefined(status))
            {
                problems.Add($"status '{statusText}' is not one of draft, in-review, scheduled, published, archived");
            }
            else if (draft == true && status != ArticleStatus.Draft)
            {
                problems.Add($"draft: true contradicts status '{statusText}'");
            }
        }
        else
        {
            status = draft == true || (header.Has("publish-at") && !header.Has("date")) || when is null ? ArticleStatus.Draft
                : when > clock.GetUtcNow() ? ArticleStatus.Scheduled
                : ArticleStatus.Published;
        }

        if (status == ArticleStatus.Scheduled && when is null)
        {
            problems.Add("a scheduled article needs a date (date or publish-at)");
        }

        return (status, when);
    }

    private static Release? ReadRelease(Header header, List<string> problems, Batch batch)
    {
        if (header.Single("release") is not { } versionText)
        {
            return null;
        }

        if (!KernelVersion.TryParse(versionText, out var version))
        {
            problems.Add($"release '{versionText}' is not a kernel version");
            return null;
        }

        var release = batch.Releases.FirstOrDefault(r => r.Version == version.Release);
        if (release is null)
        {
            problems.Add($"release {versionText} is not known to the portal");
        }

        return release;
    }

    /// <summary>Jekyll's <c>_posts/2015-04-13-title.md</c>: the date is in the name.</summary>
    [GeneratedRegex(@"^(\d{4}-\d{2}-\d{2})-")]
    private static partial Regex JekyllFileName();

    /// <summary>Reads single values of one file's header, adding a problem for a list where a value belongs.</summary>
    private sealed class Header(FrontMatterDocument document, List<string> problems)
    {
        public bool Has(string key) => document.Keys.Contains(key, StringComparer.Ordinal);

        public string? Single(string key)
        {
            try
            {
                return document[key];
            }
            catch (FormatException ex)
            {
                problems.Add(ex.Message);
                return null;
            }
        }

        /// <summary>One of two keys that mean the same (this portal's and Hugo's), refusing both at once.</summary>
        public string? OneOf(string key, string alias)
        {
            var (first, second) = (Single(key), Single(alias));
            if (first is not null && second is not null)
            {
                problems.Add($"'{key}' and '{alias}' mean the same; give one of them");
            }

            return first ?? second;
        }

        /// <summary><c>author</c>, or Hugo's <c>authors</c> list joined.</summary>
        public string Author()
        {
            var author = (Has("author") ? Single("author") : string.Join(", ", document.List("authors"))) ?? string.Empty;
            author = author.Trim();
            if (author.Length > Article.AuthorNameMaxLength)
            {
                problems.Add($"author: at most {Article.AuthorNameMaxLength} characters ({author.Length} given)");
            }

            return author;
        }
    }

    /// <summary>What the files of one import share: the stored tags, series and releases, the new ones, and the notes.</summary>
    private sealed class Batch(List<FeatureTag> tags, List<Series> series, List<Release> releases, HashSet<string> takenSlugs)
    {
        public List<Release> Releases { get; } = releases;

        public HashSet<string> TakenSlugs { get; } = takenSlugs;

        public List<ImportError> Notes { get; } = [];

        public ImportImages Images { get; } = new();

        /// <summary>A tag by slug, by its German or English name, or by the slug its name makes; created when none fits.</summary>
        public FeatureTag? Tag(string file, string name, List<string> problems)
        {
            var slug = Slug.FromTitle(name);
            var tag = tags.FirstOrDefault(t => t.Slug == name)
                ?? tags.FirstOrDefault(t => string.Equals(t.NameDe, name, StringComparison.OrdinalIgnoreCase) || string.Equals(t.NameEn, name, StringComparison.OrdinalIgnoreCase))
                ?? tags.FirstOrDefault(t => t.Slug == slug);
            if (tag is not null)
            {
                return tag;
            }

            if (!Slug.IsValid(slug) || !TaxonomyRules.IsTagName(name))
            {
                problems.Add($"tag '{name}' can't be a tag (a name of at most {FeatureTag.NameMaxLength} characters with letters or digits)");
                return null;
            }

            tag = TaxonomyRules.NewTag(slug, name, name, tags.Count == 0 ? 1 : tags.Max(t => t.Position) + 1);
            tags.Add(tag);
            Notes.Add(new ImportError(file, $"new tag '{tag.Slug}' ({tag.NameDe})"));
            return tag;
        }

        /// <summary>A series by slug or title; created (with <c>series-title</c> as its title) when none fits.</summary>
        public Series? Series(string file, string name, string? title, Language language, Release? release, List<string> problems)
        {
            var slug = Slug.IsValid(name) ? name : Slug.FromTitle(name);
            var found = series.FirstOrDefault(s => s.Slug == name || s.Slug == slug || string.Equals(s.Title, name, StringComparison.OrdinalIgnoreCase));
            if (found is not null)
            {
                return found;
            }

            var seriesTitle = (title ?? name).Trim();
            if (!Slug.IsValid(slug) || !TaxonomyRules.IsSeriesTitle(seriesTitle))
            {
                problems.Add($"series '{name}' can't be a series (a slug or title of at most {Content.Series.TitleMaxLength} characters)");
                return null;
            }

            found = TaxonomyRules.NewSeries(slug, seriesTitle, language);
            found.Release = release;
            series.Add(found);
            Notes.Add(new ImportError(file, $"new series '{slug}' ({seriesTitle})"));
            return found;
        }
    }
}

/// <summary>A file to import: its name (for the report) and its text.</summary>
/// <param name="Name">The file's name as the editor knows it.</param>
/// <param name="Text">The Markdown with its front matter.</param>
/// <param name="Directory">The folder it was read from: images referred to by relative paths are read from there.</param>
public sealed record ImportFile(string Name, string Text, string? Directory = null);

/// <summary>What an import did: either articles imported (with notes), or errors and nothing imported.</summary>
/// <param name="Imported">The articles stored.</param>
/// <param name="Errors">Each problem with its file; when there are any, nothing was stored.</param>
/// <param name="Notes">What the import did besides (new tags and series) and what it ignored.</param>
public sealed record ImportReport(IReadOnlyList<ImportedArticle> Imported, IReadOnlyList<ImportError> Errors, IReadOnlyList<ImportError> Notes);

/// <summary>One stored article of an import.</summary>
/// <param name="File">The file it came from.</param>
/// <param name="Id">Its id.</param>
/// <param name="Slug">Its slug.</param>
/// <param name="Status">Its status.</param>
public sealed record ImportedArticle(string File, int Id, string Slug, ArticleStatus Status);

/// <summary>A problem or note about one file.</summary>
/// <param name="File">The file.</param>
/// <param name="Message">What is wrong, or what was done.</param>
public sealed record ImportError(string File, string Message);
