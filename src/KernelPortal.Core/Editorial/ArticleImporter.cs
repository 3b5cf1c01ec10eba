using System.Globalization;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Editorial;

/// <summary>
/// Brings existing articles in from Markdown files with a front-matter header (title, slug, language, tags, release,
/// series, part, author, lead, iow, status, publish-at). All files are checked first; if any is wrong, each problem
/// is reported and nothing is imported, so a batch never lands half.
/// </summary>
public sealed class ArticleImporter(IDbContextFactory<PortalDbContext> contexts, MarkdownRenderer renderer, TimeProvider clock, IContentChangeNotifier? changes = null)
{
    private static readonly HashSet<string> KnownKeys = new(StringComparer.Ordinal)
    {
        "title", "slug", "language", "tags", "release", "series", "part", "author", "lead", "iow", "status", "publish-at",
    };

    /// <summary>Checks every file and imports all of them, or none.</summary>
    public async Task<ImportReport> ImportAsync(IReadOnlyList<ImportFile> files, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(files);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var tags = await db.FeatureTags.ToDictionaryAsync(t => t.Slug, StringComparer.Ordinal, cancellationToken);
        var series = await db.Series.ToDictionaryAsync(s => s.Slug, StringComparer.Ordinal, cancellationToken);
        var releases = await db.Releases.ToListAsync(cancellationToken);
        var takenSlugs = (await db.Articles.Select(a => a.Slug).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);

        var errors = new List<ImportError>();
        var articles = new List<(ImportFile File, Article Article)>();
        foreach (var file in files)
        {
            var problems = new List<string>();
            var article = Read(file, problems, tags, series, releases);
            if (article is not null && !takenSlugs.Add(article.Slug))
            {
                problems.Add($"the slug '{article.Slug}' is already taken (by a stored article or an earlier file)");
            }

            errors.AddRange(problems.Select(p => new ImportError(file.Name, p)));
            if (problems.Count == 0 && article is not null)
            {
                articles.Add((file, article));
            }
        }

        if (errors.Count > 0)
        {
            return new ImportReport([], errors);
        }

        var now = clock.GetUtcNow();
        foreach (var (_, article) in articles)
        {
            db.Articles.Add(article);
            article.Revisions.Add(ArticleRevision.Of(article, 1, null, Actor.Import.Name, now));
        }

        await db.SaveChangesAsync(cancellationToken);
        if (changes is not null && articles.Any(a => a.Article.Status == ArticleStatus.Published))
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return new ImportReport([.. articles.Select(a => new ImportedArticle(a.File.Name, a.Article.Id, a.Article.Slug, a.Article.Status))], []);
    }

    private static bool TryParseLanguage(string code, out Language language)
    {
        (var known, language) = code.ToLowerInvariant() switch
        {
            "de" => (true, Language.De),
            "en" => (true, Language.En),
            _ => (false, Language.De),
        };
        return known;
    }

    private Article? Read(ImportFile file, List<string> problems, Dictionary<string, FeatureTag> tags, Dictionary<string, Series> series, List<Release> releases)
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

        problems.AddRange(document.Fields.Keys.Where(k => !KnownKeys.Contains(k)).Select(k => $"unknown field '{k}' (known: {string.Join(", ", KnownKeys)})"));

        var fields = new ArticleFields
        {
            Title = document["title"] ?? string.Empty,
            Slug = document["slug"] ?? string.Empty,
            Lead = document["lead"] ?? string.Empty,
            Iow = document["iow"],
            BodyMarkdown = document.Body,
        };
        problems.AddRange(ArticleValidator.Validate(fields).Select(e => $"{e.Key}: {e.Value}"));

        var language = Language.De;
        if (document["language"] is { } code && !TryParseLanguage(code, out language))
        {
            problems.Add($"language '{code}' is neither 'de' nor 'en'");
        }

        var status = ArticleStatus.Draft;
        if (document["status"] is { } statusText && !Enum.TryParse(statusText.Replace("-", string.Empty, StringComparison.Ordinal), ignoreCase: true, out status))
        {
            problems.Add($"status '{statusText}' is not one of draft, in-review, scheduled, published, archived");
        }

        DateTimeOffset? publishAt = null;
        if (document["publish-at"] is { } when)
        {
            if (DateTimeOffset.TryParse(when, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                publishAt = parsed.ToUniversalTime();
            }
            else
            {
                problems.Add($"publish-at '{when}' is not a date and time (for example 2015-04-13T08:00:00+02:00)");
            }
        }

        if (status == ArticleStatus.Scheduled && publishAt is null)
        {
            problems.Add("a scheduled article needs publish-at");
        }

        var articleTags = new List<FeatureTag>();
        foreach (var slug in (document["tags"] ?? string.Empty).Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (tags.TryGetValue(slug, out var tag))
            {
                articleTags.Add(tag);
            }
            else
            {
                problems.Add($"unknown tag '{slug}' (known: {string.Join(", ", tags.Keys.Order(StringComparer.Ordinal))})");
            }
        }

        Release? release = null;
        if (document["release"] is { } versionText)
        {
            if (!KernelVersion.TryParse(versionText, out var version))
            {
                problems.Add($"release '{versionText}' is not a kernel version");
            }
            else if ((release = releases.FirstOrDefault(r => r.Version == version.Release)) is null)
            {
                problems.Add($"release {versionText} is not known to the portal");
            }
        }

        Series? articleSeries = null;
        if (document["series"] is { } seriesSlug && !series.TryGetValue(seriesSlug, out articleSeries))
        {
            problems.Add($"unknown series '{seriesSlug}'");
        }

        int? part = null;
        if (document["part"] is { } partText)
        {
            if (int.TryParse(partText, NumberStyles.None, CultureInfo.InvariantCulture, out var number) && number >= 1 && articleSeries is not null)
            {
                part = number;
            }
            else
            {
                problems.Add(articleSeries is null ? "part needs a series" : $"part '{partText}' is not a number from 1");
            }
        }

        if (problems.Count > 0)
        {
            return null;
        }

        var article = new Article
        {
            Title = fields.Title.Trim(),
            Slug = ArticleValidator.SlugFor(fields),
            Lead = fields.Lead,
            Iow = fields.Iow,
            BodyMarkdown = fields.BodyMarkdown,
            BodyHtml = renderer.ToHtml(fields.BodyMarkdown),
            Language = language,
            Status = status,
            AuthorName = document["author"] ?? string.Empty,
            Release = release,
            Series = articleSeries,
            SeriesPart = part,
            PublishAt = status == ArticleStatus.Scheduled ? publishAt : null,
            PublishedAt = status is ArticleStatus.Published or ArticleStatus.Archived ? publishAt ?? clock.GetUtcNow() : null,
        };
        article.Tags.AddRange(articleTags);
        return article;
    }
}

/// <summary>A file to import: its name (for the report) and its text.</summary>
public sealed record ImportFile(string Name, string Text);

/// <summary>What an import did: either articles imported, or errors and nothing imported.</summary>
public sealed record ImportReport(IReadOnlyList<ImportedArticle> Imported, IReadOnlyList<ImportError> Errors);

public sealed record ImportedArticle(string File, int Id, string Slug, ArticleStatus Status);

public sealed record ImportError(string File, string Message);
