using System.Linq.Expressions;
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

    // array_agg over the article's links, as a scalar subquery of the row (an index-only scan per row). The GROUP BY
    // is how EF writes an aggregate of a subquery; with no links there is no group and the value is null.
    private static readonly Expression<Func<PortalDbContext, Article, int[]?>> Ids = (context, a) =>
        context.Set<Dictionary<string, object>>(EntityName)
            .Where(link => EF.Property<int>(link, Article) == a.Id)
            .GroupBy(link => EF.Property<int>(link, Article))
            .Select(links => EF.Functions.ArrayAgg(links.Select(link => EF.Property<int>(link, Tag))))
            .FirstOrDefault();

    // After Ids: static fields are set in the order they are written.
    private static readonly StandInInliner IdsInliner = new(typeof(ArticleTagLink).GetMethod(nameof(IdsOf))!, Ids);

    /// <summary>
    /// Stands for the ids of the tags <paramref name="article"/> carries (null for none) inside a query passed
    /// through <c>InlineIds</c>; never runs. Read with the article's row, they save each list the second query and
    /// round trip it once needed (ADR-009).
    /// </summary>
    /// <param name="context">The query's context.</param>
    /// <param name="article">The article whose tags are meant.</param>
    public static int[]? IdsOf(PortalDbContext context, Article article) =>
        throw new InvalidOperationException("ArticleTagLink.IdsOf stands for a subquery inside a query passed through ArticleTagLink.InlineIds.");

    /// <summary><paramref name="query"/> with every <see cref="IdsOf"/> replaced by its subquery.</summary>
    /// <param name="query">A query expression, the argument of <c>EF.CompileAsyncQuery</c>.</param>
    public static Expression<TDelegate> InlineIds<TDelegate>(Expression<TDelegate> query) =>
        (Expression<TDelegate>)IdsInliner.Visit(query);

    /// <summary><paramref name="projection"/> with every <see cref="IdsOf"/> replaced by its subquery.</summary>
    /// <param name="projection">The <c>Select</c> of a query composed per call.</param>
    public static Expression<Func<Article, TResult>> InlineIds<TResult>(Expression<Func<Article, TResult>> projection) =>
        InlineIds<Func<Article, TResult>>(projection);
}
