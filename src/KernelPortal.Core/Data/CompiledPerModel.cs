using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace KernelPortal.Core.Data;

/// <summary>
/// A query compiled once (<c>EF.CompileAsyncQuery</c>) for each model it is used with. A LINQ query written inline
/// builds its expression tree anew on every call (the compiler's <c>Expression.Property</c> looks each property up by
/// reflection), and EF then walks it for parameters and looks its plan up in the query cache — about a tenth of a
/// millisecond of CPU per query (docs/performance.md). A compiled query refuses a context of another model than its
/// first, and a process can hold several (the tests' hosts beside their own contexts), hence one per model.
/// </summary>
/// <typeparam name="TDelegate">The compiled query's delegate.</typeparam>
/// <param name="compile">Compiles the query; called once per model.</param>
internal sealed class CompiledPerModel<TDelegate>(Func<TDelegate> compile)
    where TDelegate : class
{
    private readonly ConditionalWeakTable<IModel, TDelegate> _byModel = [];

    /// <summary>The query compiled for <paramref name="db"/>'s model.</summary>
    /// <remarks>The lookup comes first: <c>GetValue</c>'s factory would be a new closure on every call of a hot path.</remarks>
    public TDelegate For(DbContext db) =>
        _byModel.TryGetValue(db.Model, out var query) ? query : _byModel.GetValue(db.Model, _ => compile());
}
