using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Markdown;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// Stores a composed "Was X bringt" series as CMS drafts, and on later runs adds only what is new.
/// </summary>
/// <remarks>
/// A merge already recorded for the series is never written again, so nothing an editor changed is touched:
/// new merges are appended as sections to parts that are still drafts or in review; for parts already
/// scheduled, published or archived they are only recorded as source material for the editor to see. Each
/// change is a revision. A save that races an editor's fails on the article's xmin token and is retried by
/// the next pass instead of overwriting.
/// </remarks>
public sealed class DraftGenerator(IDbContextFactory<PortalDbContext> contexts, MarkdownRenderer renderer, TimeProvider clock)
{
    /// <summary>The byline and revision author of generated text.</summary>
    public const string GeneratorName = "KernelPortal (automatisch)";

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
            var known = articles.SelectMany(a => a.Sources).Select(s => s.CommitId).ToHashSet(StringComparer.Ordinal);
            var tags = await db.FeatureTags.ToDictionaryAsync(t => t.Slug, ct);
            int created = 0, appended = 0, recorded = 0;

            foreach (var part in series.Parts)
            {
                var fresh = part.Merges.Where(m => !known.Contains(m.CommitId)).ToList();
                if (fresh.Count == 0)
                {
                    continue;
                }

                var article = articles.FirstOrDefault(a => a.Sources.Any(s => s.Area == part.Area));
                if (article is null)
                {
                    var number = articles.Count == 0 ? 1 : articles.Max(a => a.SeriesPart ?? 0) + 1;
                    var title = $"{series.Title} ({number}): {part.AreaName}";
                    article = new Article
                    {
                        Slug = Slug.FromTitle(title),
                        Title = title,
                        Lead = $"Was Linux {series.Release} im Bereich {part.AreaName} bringt, zusammengestellt aus den Pull-Requests des Merge Window.",
                        BodyMarkdown = DraftComposer.Markdown(series, part with { Merges = fresh }, statsSentence, forecastSentence),
                        Language = Language.De,
                        Status = ArticleStatus.Draft,
                        IsGenerated = true,
                        AuthorName = GeneratorName,
                        Release = release,
                        Series = entity,
                        SeriesPart = number,
                    };
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
                    article.BodyMarkdown = article.BodyMarkdown.TrimEnd() + "\n\n" + string.Concat(fresh.Select(DraftComposer.Section));
                    appended += fresh.Count;
                }

                foreach (var merge in fresh)
                {
                    article.Sources.Add(new ArticleSource
                    {
                        CommitId = merge.CommitId,
                        Subject = Limit(merge.Subject, ArticleSource.SubjectMaxLength),
                        Puller = merge.Puller is null ? null : Limit(merge.Puller, Article.AuthorNameMaxLength),
                        PullText = Limit(merge.PullText, ArticleSource.PullTextMaxLength),
                        LinesChanged = merge.LinesChanged,
                        Area = part.Area,
                        AddedAt = now,
                    });
                    known.Add(merge.CommitId);
                    recorded++;
                }

                if (article.Status is ArticleStatus.Draft or ArticleStatus.InReview)
                {
                    article.BodyHtml = renderer.ToHtml(article.BodyMarkdown);
                    var next = article.Revisions.Count == 0 ? 1 : article.Revisions.Max(r => r.Number) + 1;
                    article.Revisions.Add(ArticleRevision.Of(article, next, null, GeneratorName, now));
                }
            }

            await db.SaveChangesAsync(ct);
            return new DraftGenerationResult(created, appended, recorded);
        }, cancellationToken);
    }

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}
