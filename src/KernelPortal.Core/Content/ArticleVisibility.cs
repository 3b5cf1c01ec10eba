namespace KernelPortal.Core.Content;

/// <summary>
/// The one rule for what readers may see: published, and published at or before now. Search is the one reader
/// path in SQL: its table holds the published articles (trigger <c>trg_articles_search</c>, migration
/// ArticleSearchTable) and <see cref="ArticleSearch"/> applies the date half.
/// </summary>
public static class ArticleVisibility
{
    /// <summary>Articles a reader may see at <paramref name="now"/>; drafts, reviews, scheduled and archived ones never.</summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTimeOffset now) =>
        articles.Where(a => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now);
}
