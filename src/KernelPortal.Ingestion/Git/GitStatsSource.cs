using System.Globalization;
using KernelPortal.Core.People;
using KernelPortal.Ingestion.Mail;

namespace KernelPortal.Ingestion.Git;

/// <summary>
/// Kernel-Log statistics from a local git repository (a bare mirror is enough: no checkout is made):
/// <list type="bullet">
/// <item>files: regular files in the tree at B (<c>find . -type f | wc -l</c>; symlinks and submodules are not files);</item>
/// <item>lines: newline bytes in those files (<c>cat … | wc -l</c>), and the same without <c>Documentation/</c>;</item>
/// <item>developmentDays: calendar days between A's and B's committer dates, each in its own time zone;</item>
/// <item>commits: <c>git rev-list --count --no-merges A..B</c>; filesChanged/insertions/deletions: <c>git diff --shortstat A B</c>;</item>
/// <item>people: who wrote, reviewed, tested, reported and committed, and their employers (<see cref="GitPeopleReader"/>).</item>
/// </list>
/// </summary>
public sealed class GitStatsSource(GitRunner git, EmployerMap? employers = null) : IReleaseStatsSource
{
    public async Task<ReleaseStats> ComputeAsync(string fromTag, string toTag, CancellationToken cancellationToken)
    {
        var a = await git.ResolveCommitAsync(fromTag, cancellationToken);
        var b = await git.ResolveCommitAsync(toTag, cancellationToken);

        var tree = TreeCountsAsync(b, cancellationToken);
        var dates = git.RunAsync(["show", "-s", "--format=%cI", a, b], cancellationToken);
        var commits = git.RunAsync(["rev-list", "--count", "--no-merges", $"{a}..{b}"], cancellationToken);
        var shortstat = git.RunAsync(["diff", "--shortstat", a, b], cancellationToken);
        var people = new GitPeopleReader(git).CountAsync(a, b, employers ?? EmployerMap.Default, cancellationToken);
        await Task.WhenAll(tree, dates, commits, shortstat, people);

        var days = (await dates).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(d => DateOnly.FromDateTime(DateTimeOffset.Parse(d, CultureInfo.InvariantCulture).DateTime))
            .ToArray();
        var diff = DiffstatSummary.Find(await shortstat) ?? new DiffstatSummary(0, 0, 0);
        var (files, lines, withoutDocs) = await tree;
        return new ReleaseStats(
            fromTag,
            toTag,
            files,
            lines,
            withoutDocs,
            days[1].DayNumber - days[0].DayNumber,
            int.Parse((await commits).Trim(), CultureInfo.InvariantCulture),
            diff.FilesChanged,
            diff.Insertions,
            diff.Deletions,
            await people);
    }

    /// <summary>Counts regular files and their lines at a commit by streaming each distinct blob once through cat-file.</summary>
    private async Task<(int Files, long Lines, long LinesWithoutDocs)> TreeCountsAsync(string commit, CancellationToken cancellationToken)
    {
        var listing = await git.RunAsync(["ls-tree", "-r", "-z", "--full-tree", commit], cancellationToken);
        var entries = new List<(string Oid, bool IsDocumentation)>();
        foreach (var entry in listing.Split('\0', StringSplitOptions.RemoveEmptyEntries))
        {
            // "<mode> SP <type> SP <oid> TAB <path>": 100644/100755 are regular files; 120000 symlinks and 160000 submodules are not.
            var tab = entry.IndexOf('\t', StringComparison.Ordinal);
            var meta = entry[..tab].Split(' ');
            if (meta[0] is "100644" or "100755")
            {
                entries.Add((meta[2], entry[(tab + 1)..].StartsWith("Documentation/", StringComparison.Ordinal)));
            }
        }

        var lines = await CountLinesAsync(entries.Select(e => e.Oid).Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        long total = 0, withoutDocs = 0;
        foreach (var (oid, isDocumentation) in entries)
        {
            total += lines[oid];
            withoutDocs += isDocumentation ? 0 : lines[oid];
        }

        return (entries.Count, total, withoutDocs);
    }

    private async Task<Dictionary<string, long>> CountLinesAsync(List<string> oids, CancellationToken cancellationToken)
    {
        var counts = new long[oids.Count];
        await new GitBlobReader(git).ReadAsync(oids, (index, chunk) => counts[index] += chunk.Span.Count((byte)'\n'), cancellationToken);
        var byOid = new Dictionary<string, long>(oids.Count, StringComparer.Ordinal);
        for (var i = 0; i < oids.Count; i++)
        {
            byOid[oids[i]] = counts[i];
        }

        return byOid;
    }
}
