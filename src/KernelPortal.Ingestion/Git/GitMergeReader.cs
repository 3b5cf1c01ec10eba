using System.Globalization;
using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.Ingestion.Git;

/// <summary>
/// Reads the first-parent merges between two tags with two <c>git log</c> runs at once: the merges' messages with
/// their numstat against the first parent (what each pull brought into mainline), and every commit of the range
/// with its parents and numstat, from which each merge's own commits are found.
/// </summary>
public sealed class GitMergeReader(GitRunner git)
{
    public async Task<IReadOnlyList<MergeCommit>> ReadAsync(string fromTag, string toTag, CancellationToken cancellationToken)
    {
        var a = await git.ResolveCommitAsync(fromTag, cancellationToken);
        var b = await git.ResolveCommitAsync(toTag, cancellationToken);
        var mergeLog = git.RunAsync(
            ["log", "--first-parent", "--merges", "--diff-merges=first-parent", "--numstat", "-z", "--no-renames", "--format=%x01%H%x00%s%x00%b%x00%cI%x00", $"{a}..{b}"],
            cancellationToken);
        var commitLog = git.RunAsync(
            ["log", "--diff-merges=off", "--raw", "--numstat", "-z", "--no-renames", "--format=%x01%H%x00%P%x00%s%x00", $"{a}..{b}"],
            cancellationToken);

        var commits = ParseCommits(await commitLog);
        var membership = Membership(b, commits);
        var merges = new List<MergeCommit>();
        foreach (var record in (await mergeLog).Split('\x01', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = record.Split('\0');
            if (fields.Length < 4)
            {
                throw new GitException($"unexpected git log output: '{record[..Math.Min(60, record.Length)]}'");
            }

            var own = membership.TryGetValue(fields[0], out var ids) ? ids.Select(id => commits[id].Commit).ToList() : [];
            merges.Add(new MergeCommit(fields[0], fields[1], fields[2].Trim(), DateTimeOffset.Parse(fields[3], CultureInfo.InvariantCulture), Files(fields.Skip(4)))
            {
                Commits = own,
            });
        }

        merges.Reverse(); // oldest first, as they were merged
        return merges;
    }

    /// <summary>
    /// Which non-merge commits each first-parent merge brought in. Walking mainline oldest first, everything seen
    /// so far is exactly what the next merge's first parent reaches, so a merge's own commits are those its other
    /// parents reach that were not seen yet.
    /// </summary>
    private static Dictionary<string, List<string>> Membership(string tip, Dictionary<string, (string[] Parents, MergedCommit Commit)> commits)
    {
        var mainline = new List<string>();
        for (var current = tip; commits.TryGetValue(current, out var entry); current = entry.Parents.Length > 0 ? entry.Parents[0] : string.Empty)
        {
            mainline.Add(current);
        }

        mainline.Reverse();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var membership = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var id in mainline)
        {
            var parents = commits[id].Parents;
            if (parents.Length > 1)
            {
                var own = new List<string>();
                var queue = new Queue<string>(parents.Skip(1));
                while (queue.TryDequeue(out var next))
                {
                    if (!commits.TryGetValue(next, out var entry) || !seen.Add(next))
                    {
                        continue;
                    }

                    if (entry.Parents.Length <= 1)
                    {
                        own.Add(next); // a sub-maintainer's merge inside the pull is walked through, not counted
                    }

                    foreach (var parent in entry.Parents)
                    {
                        queue.Enqueue(parent);
                    }
                }

                membership[id] = own;
            }

            seen.Add(id);
        }

        return membership;
    }

    private static Dictionary<string, (string[] Parents, MergedCommit Commit)> ParseCommits(string log)
    {
        var commits = new Dictionary<string, (string[], MergedCommit)>(StringComparer.Ordinal);
        foreach (var record in log.Split('\x01', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = record.Split('\0');
            if (fields.Length < 3)
            {
                throw new GitException($"unexpected git log output: '{record[..Math.Min(60, record.Length)]}'");
            }

            var parents = fields[1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            commits[fields[0]] = (parents, new MergedCommit(fields[0], fields[2], Files(fields.Skip(3))));
        }

        return commits;
    }

    /// <summary>
    /// numstat tokens ("added TAB deleted TAB path"; binary files show "-"), and where <c>--raw</c> was asked for,
    /// its entries (":old-mode new-mode old-oid new-oid STATUS", then the path), of which status A marks a created file.
    /// </summary>
    private static List<ChangedFile> Files(IEnumerable<string> fields)
    {
        var files = new List<ChangedFile>();
        var created = new HashSet<string>(StringComparer.Ordinal);
        var tokens = fields.Select(t => t.TrimStart('\n')).Where(t => t.Length > 0).ToList();
        for (var i = 0; i < tokens.Count; i++)
        {
            var token = tokens[i];
            if (token.StartsWith(':'))
            {
                if (token.EndsWith(" A", StringComparison.Ordinal) && i + 1 < tokens.Count)
                {
                    created.Add(tokens[i + 1]);
                }

                i++; // the path of the raw entry
                continue;
            }

            var parts = token.Split('\t', 3);
            if (parts.Length == 3)
            {
                files.Add(new ChangedFile(parts[2], Count(parts[0]), Count(parts[1])));
            }
        }

        return created.Count == 0 ? files : [.. files.Select(f => created.Contains(f.Path) ? f with { IsNew = true } : f)];
    }

    private static int Count(string text) => text == "-" ? 0 : int.Parse(text, CultureInfo.InvariantCulture);
}
