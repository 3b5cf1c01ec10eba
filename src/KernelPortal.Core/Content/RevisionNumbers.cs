using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Content;

/// <summary>
/// The one rule for numbering an article's revisions: the first save is <see cref="First"/>, every later one the
/// highest number so far plus one. The unique key (article_id, number) turns two saves that raced for the same
/// number into a conflict instead of a lost revision.
/// </summary>
public static class RevisionNumbers
{
    /// <summary>A new article's first revision.</summary>
    public const int First = 1;

    /// <summary>The number after <paramref name="last"/>, the highest so far (null when there is none).</summary>
    /// <param name="last">The article's highest revision number, or null.</param>
    public static int After(int? last) => last is { } number ? number + 1 : First;

    /// <summary>The next number of each of <paramref name="articleIds"/>, read from the stored revisions.</summary>
    /// <param name="db">The context to read with (inside the caller's transaction, when it has one).</param>
    /// <param name="articleIds">Saved articles.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    public static async Task<IReadOnlyDictionary<int, int>> NextAsync(PortalDbContext db, IReadOnlyCollection<int> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var last = await db.ArticleRevisions.Where(r => articleIds.Contains(r.ArticleId))
            .GroupBy(r => r.ArticleId)
            .Select(g => new { ArticleId = g.Key, Last = g.Max(r => r.Number) })
            .ToDictionaryAsync(g => g.ArticleId, g => g.Last, cancellationToken);
        return articleIds.Distinct().ToDictionary(id => id, id => After(last.TryGetValue(id, out var n) ? n : null));
    }
}
