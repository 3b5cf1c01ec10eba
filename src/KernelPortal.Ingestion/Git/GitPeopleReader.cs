using System.Globalization;
using KernelPortal.Core.People;

namespace KernelPortal.Ingestion.Git;

/// <summary>
/// Reads what the people figures need from git: the non-merge commits A..B with their (mailmapped) author and committer,
/// changed lines and Reviewed-by/Tested-by/Reported-by trailers (git's own trailer parser: key in any case, spaces
/// before the colon, folded lines), and every author e-mail reachable from A (for first-timers). Two git logs, in parallel.
/// </summary>
public sealed class GitPeopleReader(GitRunner git)
{
    // Record separator before each commit; unit separator between the fields; group separator between trailers.
    private const string Format = "--format=%x1e%aN%x1f%aE%x1f%cN%x1f%cE%x1f%(trailers:key=Reviewed-by,key=Tested-by,key=Reported-by,unfold,separator=%x1d)";

    /// <summary>The figures for A..B with the given employer map.</summary>
    public async Task<ReleasePeople> CountAsync(string fromTag, string toTag, EmployerMap employers, CancellationToken cancellationToken)
    {
        var a = await git.ResolveCommitAsync(fromTag, cancellationToken);
        var b = await git.ResolveCommitAsync(toTag, cancellationToken);
        var log = git.RunAsync(["log", "--no-merges", "--numstat", Format, $"{a}..{b}"], cancellationToken);
        var earlier = git.RunAsync(["log", "--no-merges", "--format=%aE", a], cancellationToken);
        await Task.WhenAll(log, earlier);

        var earlierAuthors = (await earlier).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(e => e.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
        return PeopleCounter.Count(ParseLog(await log), earlierAuthors, employers);
    }

    /// <summary>Parses the output of the log above.</summary>
    public static List<PeopleCommit> ParseLog(string output)
    {
        var commits = new List<PeopleCommit>();
        foreach (var record in output.Split('\x1e', StringSplitOptions.RemoveEmptyEntries))
        {
            var lines = record.Split('\n');
            var fields = lines[0].Split('\x1f');
            if (fields.Length < 5)
            {
                throw new GitException($"git log printed a commit header that is not understood: \"{lines[0]}\"");
            }

            long changed = 0;
            foreach (var line in lines.Skip(1))
            {
                // "<insertions>\t<deletions>\t<path>"; a binary file shows "-\t-".
                var parts = line.Split('\t', 3);
                if (parts.Length == 3)
                {
                    changed += Count(parts[0]) + Count(parts[1]);
                }
            }

            var trailers = fields[4].Split('\x1d', StringSplitOptions.RemoveEmptyEntries).Select(Trailer.Parse).OfType<Trailer>().ToList();
            commits.Add(new PeopleCommit(fields[0], fields[1], fields[2], fields[3], changed, trailers));
        }

        return commits;
    }

    private static long Count(string field) => field == "-" ? 0 : long.Parse(field, CultureInfo.InvariantCulture);
}
