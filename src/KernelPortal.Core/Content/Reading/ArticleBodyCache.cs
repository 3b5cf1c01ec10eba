using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace KernelPortal.Core.Content.Reading;

/// <summary>
/// The sanitized HTML of the articles the feeds carry, kept per instance and valid for one version of its row
/// (PostgreSQL's <c>xmin</c>, which every update of the row changes). A feed of fifty full texts (ADR-011 has since
/// made it twenty) read its 170 KB of bodies from PostgreSQL on every render, although a text changes only when it is
/// edited (<c>pgbench</c>: 2.9 ms per list query with the texts, 0.55 without). Now the list query reads each entry's
/// version and only the bodies whose version this instance has not seen are fetched — after an edit, the one edited
/// article; the uncached tag feed serves about 30 % more requests (docs/performance.md).
/// </summary>
/// <remarks>
/// Nothing needs evicting on a change: a row's new version misses by itself, on every instance, without the change
/// signal. What is no longer asked for (a deleted or an old article) ages out; the size limit bounds the memory.
/// </remarks>
public sealed class ArticleBodyCache : IDisposable
{
    /// <summary>How many characters of bodies an instance keeps at most (2 bytes each: 64 MB).</summary>
    public const long MaxCharacters = 32L << 20;

    private static readonly TimeSpan Unused = TimeSpan.FromHours(6);

    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = MaxCharacters });

    /// <summary>
    /// The bodies of <paramref name="wanted"/>, each at the version the caller's list query read: from memory where
    /// this instance has that version, the rest in one query.
    /// </summary>
    /// <param name="db">The request's context, for the missing bodies.</param>
    /// <param name="wanted">Article ids with the version (xmin) the list query read.</param>
    /// <param name="cancellationToken">Cancels the query.</param>
    /// <returns>Each id's body. An article changed or deleted between the two queries gets its newest body, or none;
    /// the change that did it evicts the page that shows the mix.</returns>
    internal async Task<IReadOnlyDictionary<int, string>> BodiesAsync(PortalDbContext db, IReadOnlyList<(int Id, uint Version)> wanted, CancellationToken cancellationToken)
    {
        var bodies = new Dictionary<int, string>(wanted.Count);
        List<int>? missing = null;
        foreach (var (id, version) in wanted)
        {
            if (cache.TryGetValue(id, out CachedBody? cached) && cached!.Version == version)
            {
                bodies[id] = cached.Html;
            }
            else
            {
                (missing ??= []).Add(id);
            }
        }

        if (missing is null)
        {
            return bodies;
        }

        var fetched = await db.Articles.AsNoTracking()
            .Where(a => missing.Contains(a.Id))
            .Select(a => new { a.Id, a.ConcurrencyToken, a.BodyHtml })
            .ToListAsync(cancellationToken);
        foreach (var row in fetched)
        {
            bodies[row.Id] = row.BodyHtml;
            cache.Set(row.Id, new CachedBody(row.ConcurrencyToken, row.BodyHtml), new MemoryCacheEntryOptions
            {
                Size = Math.Max(1, row.BodyHtml.Length),
                SlidingExpiration = Unused,
            });
        }

        return bodies;
    }

    /// <inheritdoc />
    public void Dispose() => cache.Dispose();

    private sealed record CachedBody(uint Version, string Html);
}
