using System.Globalization;
using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.Ingestion.Git;

/// <summary>
/// Reads the first-parent merges between two tags with one <c>git log</c>: each merge's message and its numstat
/// against the first parent (what the pull brought into mainline).
/// </summary>
public sealed class GitMergeReader(GitRunner git)
{
    public async Task<IReadOnlyList<MergeCommit>> ReadAsync(string fromTag, string toTag, CancellationToken cancellationToken)
    {
        var a = await git.ResolveCommitAsync(fromTag, cancellationToken);
        var b = await git.ResolveCommitAsync(toTag, cancellationToken);
        var log = await git.RunAsync(
            ["log", "--first-parent", "--merges", "--diff-merges=first-parent", "--numstat", "-z", "--no-renames", "--format=%x01%H%x00%s%x00%b%x00%cI%x00", $"{a}..{b}"],
            cancellationToken);
        var merges = new List<MergeCommit>();
        foreach (var record in log.Split('\x01', StringSplitOptions.RemoveEmptyEntries))
        {
            var fields = record.Split('\0');
            if (fields.Length < 4)
            {
                throw new GitException($"unexpected git log output: '{record[..Math.Min(60, record.Length)]}'");
            }

            var files = new List<ChangedFile>();
            foreach (var token in fields.Skip(4).Select(t => t.TrimStart('\n')).Where(t => t.Length > 0))
            {
                // "added TAB deleted TAB path"; binary files show "-" for both.
                var parts = token.Split('\t', 3);
                if (parts.Length == 3)
                {
                    files.Add(new ChangedFile(parts[2], Count(parts[0]), Count(parts[1])));
                }
            }

            merges.Add(new MergeCommit(fields[0], fields[1], fields[2].Trim(), DateTimeOffset.Parse(fields[3], CultureInfo.InvariantCulture), files));
        }

        merges.Reverse(); // oldest first, as they were merged
        return merges;
    }

    private static int Count(string text) => text == "-" ? 0 : int.Parse(text, CultureInfo.InvariantCulture);
}
