using KernelPortal.Core.Content;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Data;

/// <summary>
/// The names EF gives the join of <c>Article.Tags</c> and <c>FeatureTag.Articles</c> (table <c>article_tags</c>), for
/// the reads that want the links without the tags: <see cref="PortalDbContext.ArticleTagLinks"/>.
/// </summary>
public static class ArticleTagLink
{
    /// <summary>The shared-type entity's name.</summary>
    public const string EntityName = "ArticleFeatureTag";

    /// <summary>The article's key (<c>articles_id</c>).</summary>
    public const string Article = "ArticlesId";

    /// <summary>The tag's key (<c>tags_id</c>).</summary>
    public const string Tag = "TagsId";

    /// <summary>
    /// The articles that carry the tag <paramref name="tagId"/>: a semi-join on <c>article_tags</c> alone. The
    /// navigation (<c>a.Tags.Any(t => t.Id == id)</c>) would also join <c>feature_tags</c> inside the EXISTS for a
    /// tag whose id is already known.
    /// </summary>
    /// <param name="articles">The articles to narrow.</param>
    /// <param name="db">The context whose <see cref="PortalDbContext.ArticleTagLinks"/> the subquery reads.</param>
    /// <param name="tagId">The tag.</param>
    public static IQueryable<Article> WithTag(this IQueryable<Article> articles, PortalDbContext db, int tagId) =>
        articles.Where(a => db.ArticleTagLinks.Any(link => EF.Property<int>(link, Article) == a.Id && EF.Property<int>(link, Tag) == tagId));
}
