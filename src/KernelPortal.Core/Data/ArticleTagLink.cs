namespace KernelPortal.Core.Data;

/// <summary>
/// The names EF gives the join of <c>Article.Tags</c> and <c>FeatureTag.Articles</c> (table <c>article_tags</c>), for
/// the one read that wants the links without the tags: <see cref="PortalDbContext.ArticleTagLinks"/>.
/// </summary>
public static class ArticleTagLink
{
    /// <summary>The shared-type entity's name.</summary>
    public const string EntityName = "ArticleFeatureTag";

    /// <summary>The article's key (<c>articles_id</c>).</summary>
    public const string Article = "ArticlesId";

    /// <summary>The tag's key (<c>tags_id</c>).</summary>
    public const string Tag = "TagsId";
}
