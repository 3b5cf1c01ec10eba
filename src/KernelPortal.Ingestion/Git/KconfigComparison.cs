using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.Ingestion.Git;

/// <summary>
/// Compares the config symbols defined in all <c>Kconfig*</c> files at two tags: a symbol defined at B and nowhere
/// at A is new, one defined at A and nowhere at B is removed; a symbol that moved between files is neither.
/// Blobs are read through the same <c>cat-file --batch</c> path as the statistics, each distinct blob once.
/// </summary>
public sealed class KconfigComparison(GitRunner git)
{
    public async Task<KconfigChanges> CompareAsync(string fromTag, string toTag, CancellationToken cancellationToken)
    {
        var a = await git.ResolveCommitAsync(fromTag, cancellationToken);
        var b = await git.ResolveCommitAsync(toTag, cancellationToken);
        var filesA = KconfigFilesAsync(a, cancellationToken);
        var filesB = KconfigFilesAsync(b, cancellationToken);
        var (atA, atB) = (await filesA, await filesB);

        var oids = atA.Concat(atB).Select(f => f.Oid).Distinct(StringComparer.Ordinal).ToList();
        var texts = await new GitBlobReader(git).ReadTextAsync(oids, cancellationToken);
        var textOf = oids.Select((oid, i) => (oid, i)).ToDictionary(x => x.oid, x => texts[x.i], StringComparer.Ordinal);

        var symbolsA = Symbols(atA, textOf);
        var symbolsB = Symbols(atB, textOf);
        return new KconfigChanges(Difference(symbolsB, symbolsA), Difference(symbolsA, symbolsB));
    }

    /// <summary>Symbols defined in <paramref name="left"/> and nowhere in <paramref name="right"/>, one definition each (the first with a prompt), by symbol.</summary>
    private static List<KconfigSymbol> Difference(ILookup<string, KconfigSymbol> left, ILookup<string, KconfigSymbol> right) =>
        [.. left.Where(g => !right.Contains(g.Key))
            .Select(g => g.FirstOrDefault(s => s.Prompt is not null) ?? g.First())
            .OrderBy(s => s.File, StringComparer.Ordinal)
            .ThenBy(s => s.Symbol, StringComparer.Ordinal)];

    private static ILookup<string, KconfigSymbol> Symbols(IEnumerable<(string Path, string Oid)> files, Dictionary<string, string> textOf) =>
        files.OrderBy(f => f.Path, StringComparer.Ordinal)
            .SelectMany(f => KconfigFile.Parse(f.Path, textOf[f.Oid]))
            .ToLookup(s => s.Symbol, StringComparer.Ordinal);

    private async Task<List<(string Path, string Oid)>> KconfigFilesAsync(string commit, CancellationToken cancellationToken)
    {
        var listing = await git.RunAsync(["ls-tree", "-r", "-z", "--full-tree", commit], cancellationToken);
        var files = new List<(string, string)>();
        foreach (var entry in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> SP <type> SP <oid> TAB <path>"
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var path = entry[(tab + 1)..];
            var meta = entry[..tab].Split(' ');
            if (meta[1] == "blob" && meta[0] != "120000" && KconfigFile.IsKconfig(path))
            {
                files.Add((path, meta[2]));
            }
        }

        return files;
    }
}
