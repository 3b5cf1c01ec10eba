using KernelPortal.Ingestion.Drafts;
using KernelPortal.Ingestion.Git;
using Octokit;

namespace KernelPortal.Ingestion.GitHub;

/// <summary>
/// The first-parent merges between two tags from GitHub's API, for drafts without a mirror: the paged compare
/// gives every commit with its parents, the first-parent chain from the newer tag picks Linus' merges, and one
/// compare per merge (first parent...merge) gives what it brought in. That is one request per merge (about
/// 1,000 for a kernel merge window), so it needs a token; a merge touching more than 300 files is cut off by
/// GitHub's compare limit and counts only the files listed.
/// </summary>
public sealed class GitHubMergeReader(IGitHubClient client, GitHubOptions options, TimeProvider? clock = null)
{
    // GitHub says when its limit resets; the wait until then runs on this clock (a fake one in tests).
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    private readonly string _owner = options.Repository.Split('/')[0];
    private readonly string _name = options.Repository.Split('/')[1];

    public Task<IReadOnlyList<MergeCommit>> ReadAsync(string fromTag, string toTag, CancellationToken cancellationToken) =>
        GitHubErrors.ReadAsync(options.Repository, () => ReadCoreAsync(fromTag, toTag, cancellationToken));

    private async Task<IReadOnlyList<MergeCommit>> ReadCoreAsync(string fromTag, string toTag, CancellationToken cancellationToken)
    {
        var from = await ResolveAsync(fromTag, cancellationToken);
        var to = await ResolveAsync(toTag, cancellationToken);
        var commits = new Dictionary<string, GitHubCommit>(StringComparer.Ordinal);
        for (var page = 1; ; page++)
        {
            var current = page;
            var result = await RateLimits.RetryAsync(
                () => client.Repository.Commit.Compare(_owner, _name, from, to, new ApiOptions { PageSize = GitHubStatsSource.CommitsPerPage, PageCount = 1, StartPage = current }),
                options.MaxRateLimitWait,
                _clock,
                cancellationToken);
            foreach (var commit in result.Commits)
            {
                commits[commit.Sha] = commit;
            }

            if (result.Commits.Count < GitHubStatsSource.CommitsPerPage)
            {
                break;
            }
        }

        var merges = new List<MergeCommit>();
        for (var sha = to; commits.TryGetValue(sha, out var commit); sha = commit.Parents[0].Sha)
        {
            if (commit.Parents.Count > 1)
            {
                var parent = commit.Parents[0].Sha;
                var diff = await RateLimits.RetryAsync(() => client.Repository.Commit.Compare(_owner, _name, parent, commit.Sha), options.MaxRateLimitWait, _clock, cancellationToken);
                var message = commit.Commit.Message.Replace("\r\n", "\n", StringComparison.Ordinal);
                var newline = message.IndexOf('\n', StringComparison.Ordinal);
                merges.Add(new MergeCommit(
                    commit.Sha,
                    newline < 0 ? message : message[..newline],
                    newline < 0 ? string.Empty : message[(newline + 1)..].Trim(),
                    commit.Commit.Committer.Date,
                    diff.Files.Select(f => new ChangedFile(f.Filename, f.Additions, f.Deletions)).ToList()));
            }

            if (commit.Parents.Count == 0)
            {
                break;
            }
        }

        merges.Reverse();
        return merges;
    }

    private async Task<string> ResolveAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            return (await RateLimits.RetryAsync(() => client.Repository.Commit.Get(_owner, _name, tag), options.MaxRateLimitWait, _clock, cancellationToken)).Sha;
        }
        catch (Exception ex) when (ex is NotFoundException or ApiValidationException)
        {
            throw new GitException($"unknown tag or revision '{tag}' in {options.Repository} on GitHub", ex);
        }
    }
}
