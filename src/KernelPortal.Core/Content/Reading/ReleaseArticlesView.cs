namespace KernelPortal.Core.Content.Reading;

/// <summary>
/// A release's articles as its page lists them: under each of their feature tags in the tags' fixed order, untagged ones
/// last, and apart from that the parts of the series about the release. Made by <see cref="ArticleReads.ForReleaseAsync"/>.
/// </summary>
/// <param name="Groups">One group per feature tag with articles, then one without a tag (<see cref="ReleaseArticleGroup.Tag"/>
/// null) if any article has none; an article with two tags is in both. Each group lists newest first.</param>
/// <param name="SeriesParts">The articles that are parts of a series about this release, in part order.</param>
public sealed record ReleaseArticlesView(IReadOnlyList<ReleaseArticleGroup> Groups, IReadOnlyList<ArticleTeaserView> SeriesParts)
{
    /// <summary>Groups <paramref name="articles"/> (newest first) of the release <paramref name="releaseId"/>.</summary>
    public static ReleaseArticlesView Of(int releaseId, IReadOnlyList<ArticleTeaserView> articles)
    {
        // Plain loops rather than LINQ's SelectMany/GroupBy: this runs on every uncached render of a release page, and the
        // grouping's iterators and tuples were a tenth of what that render allocated.
        var byTag = new Dictionary<TagView, List<ArticleTeaserView>>();
        var untagged = new List<ArticleTeaserView>();
        var seriesParts = new List<ArticleTeaserView>();
        foreach (var article in articles)
        {
            foreach (var tag in article.Tags)
            {
                if (!byTag.TryGetValue(tag, out var list))
                {
                    byTag[tag] = list = [];
                }

                list.Add(article);
            }

            if (article.Tags.Count == 0)
            {
                untagged.Add(article);
            }

            if (article.Series is { } series && series.ReleaseId == releaseId)
            {
                seriesParts.Add(article);
            }
        }

        var groups = new List<ReleaseArticleGroup>(byTag.Count + 1);
        foreach (var (tag, list) in byTag.OrderBy(g => g.Key.Position))
        {
            groups.Add(new ReleaseArticleGroup(tag, list));
        }

        if (untagged.Count > 0)
        {
            groups.Add(new ReleaseArticleGroup(null, untagged));
        }

        return new ReleaseArticlesView(groups, [.. seriesParts.OrderBy(a => a.SeriesPart)]);
    }
}

/// <summary>The articles of a release under one feature tag.</summary>
/// <param name="Tag">The tag, or null for the articles without one.</param>
/// <param name="Articles">Its articles, newest first.</param>
public sealed record ReleaseArticleGroup(TagView? Tag, IReadOnlyList<ArticleTeaserView> Articles);
