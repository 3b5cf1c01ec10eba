using System.Linq.Expressions;

namespace KernelPortal.Core.Data;

/// <summary>
/// Puts an expression in the place of a lambda's parameter: how a rule or subquery written once as a lambda
/// (<see cref="Content.ArticleVisibility"/>, <see cref="ArticleTagLink.IdsOf"/>) is written into the query that uses it.
/// </summary>
internal sealed class ParameterReplacer(ParameterExpression parameter, Expression with) : ExpressionVisitor
{
    /// <summary><paramref name="body"/> with <paramref name="parameter"/> replaced by <paramref name="with"/>.</summary>
    public static Expression Replace(Expression body, ParameterExpression parameter, Expression with) =>
        new ParameterReplacer(parameter, with).Visit(body);

    protected override Expression VisitParameter(ParameterExpression node) => node == parameter ? with : node;
}
