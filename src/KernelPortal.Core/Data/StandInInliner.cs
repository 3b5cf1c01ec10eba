using System.Linq.Expressions;
using System.Reflection;

namespace KernelPortal.Core.Data;

/// <summary>
/// Replaces every call of a stand-in method — one that only names a piece of query and throws if it is ever run
/// (<see cref="Content.ArticleVisibility.IsVisible"/>, <see cref="ArticleTagLink.IdsOf"/>) — with the lambda it stands
/// for, the call's arguments in place of the lambda's parameters. A compiled query's expression must be whole, so a
/// rule or subquery written once reaches it this way (ADR-010).
/// </summary>
/// <param name="standIn">The stand-in method.</param>
/// <param name="expansion">What it stands for; its parameters in the order of the method's.</param>
internal sealed class StandInInliner(MethodInfo standIn, LambdaExpression expansion) : ExpressionVisitor
{
    protected override Expression VisitMethodCall(MethodCallExpression node)
    {
        if (node.Method != standIn)
        {
            return base.VisitMethodCall(node);
        }

        var body = expansion.Body;
        for (var i = 0; i < expansion.Parameters.Count; i++)
        {
            body = ParameterReplacer.Replace(body, expansion.Parameters[i], Visit(node.Arguments[i]));
        }

        return body;
    }
}
