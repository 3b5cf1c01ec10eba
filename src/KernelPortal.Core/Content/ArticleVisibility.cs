using System.Linq.Expressions;
using KernelPortal.Core.Data;

namespace KernelPortal.Core.Content;

/// <summary>
/// The one rule for what readers may see: published, and published at or before now. Search is the one reader
/// path in SQL: its table holds the published articles (trigger <c>trg_articles_search</c>, migration
/// ArticleSearchTable) and <see cref="ArticleSearch"/> applies the date half.
/// </summary>
/// <remarks>
/// The rule is written once, as <see cref="Rule"/>. Queries composed per call use <see cref="VisibleAt"/>; queries
/// compiled once (<c>EF.CompileAsyncQuery</c>, whose expression must be whole and cannot call a method that builds a
/// query) write <see cref="IsVisible"/> where the rule belongs and pass their expression through
/// <c>Inline</c>, which puts the rule's own expression in its place.
/// </remarks>
public static class ArticleVisibility
{
    private static readonly Expression<Func<Article, DateTimeOffset, bool>> Rule =
        (a, now) => a.Status == ArticleStatus.Published && a.PublishedAt != null && a.PublishedAt <= now;

    // After Rule: static fields are set in the order they are written.
    private static readonly StandInInliner RuleInliner = new(typeof(ArticleVisibility).GetMethod(nameof(IsVisible))!, Rule);

    /// <summary>Articles a reader may see at <paramref name="now"/>; drafts, reviews, scheduled and archived ones never.</summary>
    public static IQueryable<Article> VisibleAt(this IQueryable<Article> articles, DateTimeOffset now)
    {
        // The time as a member of a closure object, as the compiler writes a captured variable: EF makes it a query
        // parameter (a constant would be an SQL literal, and every new time a new entry in EF's query cache).
        var article = Rule.Parameters[0];
        var time = Expression.Property(Expression.Constant(new Now(now)), nameof(Now.Value));
        return articles.Where(Expression.Lambda<Func<Article, bool>>(Replace(Rule.Body, Rule.Parameters[1], time), article));
    }

    /// <summary>Stands for the rule inside a query expression that goes through <c>Inline</c>; never runs.</summary>
    /// <param name="article">The article the rule is about.</param>
    /// <param name="now">The time it is asked for.</param>
    public static bool IsVisible(Article article, DateTimeOffset now) =>
        throw new InvalidOperationException("ArticleVisibility.IsVisible stands for the rule inside a query passed through ArticleVisibility.Inline.");

    /// <summary><paramref name="query"/> with every <see cref="IsVisible"/> replaced by the rule's expression.</summary>
    /// <param name="query">A query expression of a context and one parameter, the argument of <c>EF.CompileAsyncQuery</c>.</param>
    public static Expression<Func<TContext, T1, TResult>> Inline<TContext, T1, TResult>(Expression<Func<TContext, T1, TResult>> query) =>
        (Expression<Func<TContext, T1, TResult>>)RuleInliner.Visit(query);

    /// <summary><paramref name="query"/> with every <see cref="IsVisible"/> replaced by the rule's expression.</summary>
    /// <param name="query">A query expression of a context and two parameters, the argument of <c>EF.CompileAsyncQuery</c>.</param>
    public static Expression<Func<TContext, T1, T2, TResult>> Inline<TContext, T1, T2, TResult>(Expression<Func<TContext, T1, T2, TResult>> query) =>
        (Expression<Func<TContext, T1, T2, TResult>>)RuleInliner.Visit(query);

    private static Expression Replace(Expression body, ParameterExpression parameter, Expression with) =>
        ParameterReplacer.Replace(body, parameter, with);

    private sealed record Now(DateTimeOffset Value);
}
