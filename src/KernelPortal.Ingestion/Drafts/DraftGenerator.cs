using System.Globalization;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Markdown;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// Stores a composed "Was X bringt" series as CMS drafts, and on later runs adds only what is new.
/// </summary>
/// <remarks>
/// Each part's article records, per merge, the items it took from that merge (<see cref="ArticleSource"/>), which is
/// the provenance the CMS shows beside each item and what regeneration checks. A merge already recorded for an
/// article is never written again, so nothing an editor changed is touched: the items of new merges (and new
/// config options) are appended below the editor's text for parts that are still drafts or in review; for parts
/// already scheduled, published or archived they are only recorded as source material. Each change is a revision.
/// A save that races an editor's fails on the article's xmin token and is retried by the next pass instead of
/// overwriting.
/// </remarks>
public sealed class DraftGenerator(IDbContextFactory<PortalDbContext> contexts, MarkdownRenderer renderer, TimeProvider clock, NewsroomZone newsroom)
{
    /// <summary>The byline and revision author of generated text.</summary>
    public const string GeneratorName = "KernelPortal (automatisch)";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public async Task<DraftGenerationResult> GenerateAsync(int releaseId, DraftSeries series, string? statsSentence, string? forecastSentence, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.InTransactionAsync(async ct =>
        {
            var now = clock.GetUtcNow();
            var release = await db.Releases.SingleAsync(r => r.Id == releaseId, ct);
            var seriesSlug = Slug.FromTitle(series.Title);
            var entity = await db.Series.SingleOrDefaultAsync(s => s.Slug == seriesSlug, ct);
            if (entity is null)
            {
                entity = new Series { Slug = seriesSlug, Title = series.Title, Language = Language.De, Release = release, Description = $"Die Neuerungen von Linux {series.Release}, Bereich für Bereich." };
                db.Series.Add(entity);
            }

            var articles = entity.Id == 0
                ? []
                : await db.Articles.Include(a => a.Sources).Include(a => a.Revisions).Where(a => a.SeriesId == entity.Id).ToListAsync(ct);
            var knownOptions = articles.SelectMany(a => a.Sources).SelectMany(s => s.Items)
                .Where(i => i.Kind is SourceItemKinds.NewOption or SourceItemKinds.RemovedOption)
                .Select(i => (i.Kind, Symbol: i.Text.Split(':')[0]))
                .ToHashSet();
            var tags = await db.FeatureTags.ToDictionaryAsync(t => t.Slug, ct);
            int created = 0, appended = 0, recorded = 0;

            foreach (var part in series.Parts)
            {
                var article = articles.FirstOrDefault(a => a.Sources.Any(s => s.Area == part.Area));
                var knownMerges = article?.Sources.Select(s => s.CommitId).ToHashSet(StringComparer.Ordinal) ?? [];
                var fresh = Fresh(part, knownMerges, knownOptions, articles);
                var freshMerges = fresh.MergeIds;
                if (freshMerges.Count == 0 && fresh.Options.Count == 0)
                {
                    continue;
                }

                if (article is null)
                {
                    var number = articles.Count == 0 ? 1 : articles.Max(a => a.SeriesPart ?? 0) + 1;
                    var title = $"{series.Title} ({number}): {part.AreaName}";
                    var fields = new ArticleFields
                    {
                        Slug = Slug.FromTitle(title),
                        Title = title,
                        Lead = $"Was Linux {series.Release} im Bereich {part.AreaName} bringt, zusammengestellt aus den Pull-Requests und Kconfig-Dateien des Merge Window.",
                        BodyMarkdown = DraftMarkdown.Part(series, part with { Number = number }, statsSentence, forecastSentence),
                        Language = Language.De,
                    };
                    article = fields.NewArticle(renderer, ArticleStatus.Draft, GeneratorName);
                    article.IsGenerated = true;
                    // The series may be new in this pass (no id yet), so it and the release are linked as entities.
                    article.Release = release;
                    article.Series = entity;
                    article.SeriesPart = number;
                    if (tags.TryGetValue(part.Area, out var tag))
                    {
                        article.Tags.Add(tag);
                    }

                    db.Articles.Add(article);
                    articles.Add(article);
                    created++;
                }
                else if (article.Status is ArticleStatus.Draft or ArticleStatus.InReview)
                {
                    var additions = DraftMarkdown.Additions(
                        series.CommitUrl,
                        [.. part.Items.Where(i => freshMerges.Contains(i.Merge))],
                        [.. part.Trivia.Where(i => freshMerges.Contains(i.Merge))],
                        [.. fresh.Options.Where(o => part.NewOptions.Contains(o))],
                        [.. fresh.Options.Where(o => part.RemovedOptions.Contains(o))]);
                    article.BodyMarkdown = article.BodyMarkdown.TrimEnd() + string.Create(German, $"\n\n*Ergänzt am {newsroom.Local(now):d. MMMM yyyy}:*\n\n") + additions;
                    appended += freshMerges.Count;
                }

                foreach (var mergeId in freshMerges)
                {
                    var merge = series.Parts.SelectMany(p => p.Merges).First(m => m.CommitId == mergeId);
                    article.Sources.Add(new ArticleSource
                    {
                        CommitId = merge.CommitId,
                        Subject = Limit(merge.Subject, ArticleSource.SubjectMaxLength),
                        Puller = merge.Puller is null ? null : Limit(merge.Puller, Article.AuthorNameMaxLength),
                        PullText = Limit(merge.PullText, ArticleSource.PullTextMaxLength),
                        LinesChanged = merge.LinesChanged,
                        Area = part.Area,
                        AddedAt = now,
                        Items = [.. SourceItems(part, mergeId, fresh.Options)],
                    });
                    recorded++;
                }

                foreach (var option in fresh.Options)
                {
                    knownOptions.Add((part.RemovedOptions.Contains(option) ? SourceItemKinds.RemovedOption : SourceItemKinds.NewOption, option.Symbol));
                }

                if (article.Status is ArticleStatus.Draft or ArticleStatus.InReview)
                {
                    article.BodyHtml = renderer.ToHtml(article.BodyMarkdown);
                    article.Revisions.Add(ArticleRevision.Of(article, RevisionNumbers.After(article.Revisions.Max(r => (int?)r.Number)), null, GeneratorName, now));
                }
            }

            await db.SaveChangesAsync(ct);
            return new DraftGenerationResult(created, appended, recorded);
        }, cancellationToken);
    }

    /// <summary>
    /// What a part brings that its article does not have yet: merges (its own and those whose items it holds) not
    /// recorded for the article, and options not recorded anywhere in the series. An option no merge changed
    /// counts as known once an article of the series names it.
    /// </summary>
    private static (HashSet<string> MergeIds, List<DraftOption> Options) Fresh(DraftPart part, HashSet<string> knownMerges, HashSet<(string Kind, string Symbol)> knownOptions, List<Article> articles)
    {
        var mergeIds = part.Merges.Select(m => m.CommitId)
            .Concat(part.AllItems.Select(i => i.Merge))
            .Where(id => !knownMerges.Contains(id))
            .ToHashSet(StringComparer.Ordinal);
        var options = part.NewOptions.Select(o => (Kind: SourceItemKinds.NewOption, Option: o))
            .Concat(part.RemovedOptions.Select(o => (Kind: SourceItemKinds.RemovedOption, Option: o)))
            .Where(x => !knownOptions.Contains((x.Kind, x.Option.Symbol)))
            .Where(x => x.Option.Merge is not null || !articles.Any(a => a.BodyMarkdown.Contains($"CONFIG_{x.Option.Symbol}`", StringComparison.Ordinal)))
            .Select(x => x.Option)
            .ToList();
        foreach (var option in options.Where(o => o.Merge is not null))
        {
            mergeIds.Add(option.Merge!); // its provenance row carries it
        }

        return (mergeIds, options);
    }

    private static IEnumerable<SourceItem> SourceItems(DraftPart part, string mergeId, List<DraftOption> freshOptions)
    {
        foreach (var item in part.AllItems.Where(i => i.Merge == mergeId))
        {
            yield return new SourceItem(item.IsTrivia ? SourceItemKinds.Trivia : SourceItemKinds.Item, item.Text, item.Context, item.Score, item.Commits, item.FirstLine, item.LastLine);
        }

        foreach (var option in freshOptions.Where(o => o.Merge == mergeId))
        {
            var kind = part.RemovedOptions.Contains(option) ? SourceItemKinds.RemovedOption : SourceItemKinds.NewOption;
            var words = string.Join(" – ", new[] { option.Prompt, option.Help }.Where(w => !string.IsNullOrEmpty(w)));
            yield return new SourceItem(kind, words.Length > 0 ? $"{option.Symbol}: {words}" : option.Symbol, null, 0, [], 0, 0, option.File);
        }
    }

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}
