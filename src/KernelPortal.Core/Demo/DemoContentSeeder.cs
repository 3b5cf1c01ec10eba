using System.Globalization;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Demo;

/// <summary>
/// Fills an empty database with real facts (every mainline release 2.6.0–7.2 with dates and figures, the
/// Kernel-Log table for 3.15–3.19), the feature tags, and a handful of articles written for the demo.
/// </summary>
/// <remarks>
/// It only ever writes into an empty database, in one transaction, so running it twice (or against a
/// database with real content) changes nothing.
/// </remarks>
public sealed class DemoContentSeeder(PortalDbContext db, MarkdownRenderer renderer, TimeProvider clock)
{
    /// <summary>Seeds when there are no releases and no articles yet.</summary>
    public async Task<DemoSeedResult> SeedAsync(CancellationToken cancellationToken)
    {
        if (await db.Releases.AnyAsync(cancellationToken) || await db.Articles.AnyAsync(cancellationToken))
        {
            return new DemoSeedResult(false, 0, 0, 0, 0);
        }

        return await db.InTransactionAsync(async ct =>
        {
            var now = clock.GetUtcNow();

            var tags = FeatureAreas.All.Select((area, i) => new FeatureTag
            {
                Slug = area.Slug,
                NameDe = area.NameDe,
                NameEn = area.NameEn,
                DescriptionDe = area.DescriptionDe,
                DescriptionEn = area.DescriptionEn,
                Position = i + 1,
            }).ToList();
            db.FeatureTags.AddRange(tags);

            var releases = BuildReleases(ReleaseHistory.Load(), now, out var statistics);
            db.Releases.AddRange(releases);
            AddKernelLogTable(releases, now, ref statistics);
            await db.SaveChangesAsync(ct);

            var articles = await AddArticlesAsync(tags, releases, ct);
            return new DemoSeedResult(true, releases.Count, statistics, tags.Count, articles);
        }, cancellationToken);
    }

    private static List<Release> BuildReleases(IReadOnlyList<ReleaseHistoryRow> history, DateTimeOffset now, out int statistics)
    {
        var releases = new List<Release>(history.Count + 1);
        statistics = 0;
        ReleaseHistoryRow? previous = null;
        foreach (var row in history)
        {
            var release = new Release(row.Version, ReleaseState.Released)
            {
                MergeWindowOpenedOn = previous?.ReleasedOn,
                Notes = Provenance(row),
            };
            if (row.Rc1On is { } rc1)
            {
                release.CloseMergeWindow(rc1);
            }

            release.MarkReleased(row.ReleasedOn);

            // rc rows exist for every rc the history knows of; a date is only set where a source gave it.
            var rcCount = Math.Max(row.LastRc ?? 0, row.RcDates.Count);
            for (var n = 1; n <= rcCount; n++)
            {
                var date = n <= row.RcDates.Count ? row.RcDates[n - 1] : null;
                release.AddCandidate(n, date ?? (n == 1 ? row.Rc1On : null));
            }

            if (row.Commits is not null || row.Files is not null || row.LinesAdded is not null)
            {
                release.Statistics.Add(new ReleaseStatistics
                {
                    Source = StatisticsSource.KernelHistorySpreadsheet,
                    FromVersion = previous?.Version.ToString(),
                    DevelopmentDays = row.DevelopmentDays,
                    Commits = row.Commits,
                    Developers = row.Developers,
                    Files = row.Files,
                    Insertions = row.LinesAdded,
                    Deletions = row.LinesRemoved,
                    ComputedAt = now,
                    Note = "Greg Kroah-Hartman, kernel-history (kernel_stats.ods)",
                });
                statistics++;
            }

            releases.Add(release);
            previous = row;
        }

        // The last release opened the next merge window; its number is a guess until rc1 names it.
        if (previous is not null)
        {
            releases.Add(new Release(previous.Version.ProvisionalSuccessor(), ReleaseState.MergeWindow, isProvisional: true)
            {
                MergeWindowOpenedOn = previous.ReleasedOn,
                Notes = $"Provisional: the merge window opened with the release of {previous.Version}; rc1 will name this release.",
            });
        }

        return releases;
    }

    private static void AddKernelLogTable(List<Release> releases, DateTimeOffset now, ref int statistics)
    {
        var records = Csv.Parse(EmbeddedData.Read("kernel-log-stats.csv"));
        foreach (var record in records.Skip(1).Where(r => r.Length >= 9))
        {
            var version = KernelVersion.Parse(record[0]);
            var release = releases.Single(r => r.Version == version);
            var previous = releases.Where(r => r.Version < version).MaxBy(r => r.Version);
            release.Statistics.Add(new ReleaseStatistics
            {
                Source = StatisticsSource.KernelLogTable,
                FromVersion = previous?.VersionText,
                Files = int.Parse(record[1], CultureInfo.InvariantCulture),
                Lines = long.Parse(record[2], CultureInfo.InvariantCulture),
                LinesWithoutDocs = long.Parse(record[3], CultureInfo.InvariantCulture),
                DevelopmentDays = int.Parse(record[4], CultureInfo.InvariantCulture),
                Commits = int.Parse(record[5], CultureInfo.InvariantCulture),
                FilesChanged = int.Parse(record[6], CultureInfo.InvariantCulture),
                Insertions = long.Parse(record[7], CultureInfo.InvariantCulture),
                Deletions = long.Parse(record[8], CultureInfo.InvariantCulture),
                ComputedAt = now,
                Note = "heise Kernel-Log table (figures from git at the release tags)",
            });
            statistics++;
        }
    }

    private async Task<int> AddArticlesAsync(List<FeatureTag> tags, List<Release> releases, CancellationToken cancellationToken)
    {
        var documents = EmbeddedData.Names(".md").Select(name => (name, doc: FrontMatterDocument.Parse(EmbeddedData.Read(name)))).ToList();
        var series = new Dictionary<string, Series>(StringComparer.Ordinal);
        var articles = new Dictionary<string, Article>(StringComparer.Ordinal);
        foreach (var (name, doc) in documents)
        {
            var language = LanguageCodes.FromStoredCode(doc["language"] ?? "de");
            var publishedAt = DateTimeOffset.Parse(Required(doc, "published_at", name), CultureInfo.InvariantCulture);
            var fields = new ArticleFields
            {
                Slug = Required(doc, "slug", name),
                Title = Required(doc, "title", name),
                Lead = doc["lead"] ?? string.Empty,
                Iow = doc["iow"],
                BodyMarkdown = doc.Body,
                Language = language,
            };
            var article = fields.NewArticle(renderer, ArticleStatus.Published, doc["author"] ?? "KernelPortal", publishedAt: publishedAt);
            article.Release = doc["release"] is { } version ? releases.Single(r => r.VersionText == version) : null;
            foreach (var slug in doc.List("tags"))
            {
                article.Tags.Add(tags.Single(t => t.Slug == slug));
            }

            if (doc["series"] is { } seriesSlug)
            {
                if (!series.TryGetValue(seriesSlug, out var s))
                {
                    s = new Series { Slug = seriesSlug, Title = doc["series_title"] ?? seriesSlug, Language = language, Release = article.Release };
                    series.Add(seriesSlug, s);
                }

                article.Series = s;
                article.SeriesPart = int.Parse(Required(doc, "series_part", name), CultureInfo.InvariantCulture);
            }

            article.Revisions.Add(ArticleRevision.Of(article, RevisionNumbers.First, null, article.AuthorName, article.PublishedAt!.Value));
            articles.Add(article.Slug, article);
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync(cancellationToken);

        // Translations point at each other; the rows must exist before either link can be written.
        foreach (var (name, doc) in documents)
        {
            if (doc["translation_of"] is { } other)
            {
                var article = articles[doc["slug"]!];
                var translation = articles.GetValueOrDefault(other)
                    ?? throw new InvalidOperationException($"Demo article {name}: translation '{other}' does not exist.");
                article.TranslationId = translation.Id;
                translation.TranslationId = article.Id;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        return articles.Count;
    }

    private static string Provenance(ReleaseHistoryRow row)
    {
        static string Verified(bool yes) => yes ? "verified" : "not verified";
        var releaseDate = row.ReleaseDateVerified switch
        {
            "yes" => "verified",
            "utc-tag-date" => "taken from the git tag in UTC (the local date may be a day earlier)",
            _ => "not verified",
        };
        var text = $"Release date {releaseDate}; rc1 date {Verified(row.Rc1Verified)}; rc count {Verified(row.RcCountVerified)}. Sources: {row.Sources}";
        return text.Length <= Release.NotesMaxLength ? text : text[..(Release.NotesMaxLength - 1)] + "…";
    }

    private static string Required(FrontMatterDocument doc, string key, string name) =>
        doc[key] ?? throw new InvalidOperationException($"Demo article {name} lacks '{key}'.");
}
