using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Data;

/// <summary>
/// A limit written into the SQL as a number: <c>LIMIT 20</c>, not <c>LIMIT $3</c>.
/// </summary>
/// <remarks>
/// EF Core sends <c>Take(n)</c> of a composed query as a parameter. PostgreSQL cannot see a parameter's value when it
/// makes a prepared statement's generic plan, guesses that a tenth of the rows will be read, finds that plan dearer
/// than the custom ones and so plans the statement anew on every execution — for the front page's list that was as
/// much of the database's time as running it (ADR-009). The number goes into the statement through
/// <see cref="EF.Constant{T}"/>, which has to stand in the expression tree itself: called directly it throws.
/// Compiled queries (<see cref="CompiledPerModel{TDelegate}"/>) keep a constant <c>Take</c> as it is and need none of this.
/// </remarks>
public static class ConstantLimit
{
    /// <summary>The first <paramref name="count"/> rows, with the count as a number in the SQL.</summary>
    public static IQueryable<T> TakeConstant<T>(this IQueryable<T> source, int count) =>
        source.Provider.CreateQuery<T>(Expression.Call(
            typeof(Queryable),
            nameof(Queryable.Take),
            [typeof(T)],
            source.Expression,
            Expression.Call(typeof(EF), nameof(EF.Constant), [typeof(int)], Expression.Constant(count))));
}
