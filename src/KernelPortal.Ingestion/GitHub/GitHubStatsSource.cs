using KernelPortal.Core.People;
using KernelPortal.Ingestion.Git;
using Octokit;

namespace KernelPortal.Ingestion.GitHub;

/// <summary>
/// Release statistics from GitHub's REST API through Octokit, for deployments without a git mirror.
/// </summary>
/// <remarks>
/// What the API can and cannot give (docs/ingestion.md): commits come from the paged compare (250 a page,
/// merges told apart by their parents); files from the recursive tree (null when GitHub truncates it, beyond
/// 100,000 entries); the diffstat from the compare's file list (null when it holds GitHub's maximum of 300
/// files, as it does for every kernel release); lines are never available without fetching every blob, so
/// they are null. GitHub returns commit dates in UTC, so development days are counted between UTC dates.
/// </remarks>
public sealed class GitHubStatsSource(IGitHubClient client, GitHubOptions options, TimeProvider? clock = null) : IReleaseStatsSource
{
    // GitHub says when its limit resets; the wait until then runs on this clock (a fake one in tests).
    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    /// <summary>GitHub's page size limit for compare commits.</summary>
    public const int CommitsPerPage = 250;

    /// <summary>GitHub lists at most this many files in a compare.</summary>
    public const int MaxCompareFiles = 300;

    private readonly string _owner = options.Repository.Split('/')[0];
    private readonly string _name = options.Repository.Split('/')[1];

    public Task<ReleaseStats> ComputeAsync(string fromTag, string toTag, CancellationToken cancellationToken) =>
        GitHubErrors.ReadAsync(options.Repository, () => ComputeCoreAsync(fromTag, toTag, cancellationToken));

    private async Task<ReleaseStats> ComputeCoreAsync(string fromTag, string toTag, CancellationToken cancellationToken)
    {
        var from = await CommitAsync(fromTag, cancellationToken);
        var to = await CommitAsync(toTag, cancellationToken);

        var commits = 0;
        var people = new List<PeopleCommit>();
        IReadOnlyList<GitHubCommitFile>? files = null;
        for (var page = 1; ; page++)
        {
            var current = page;
            var result = await RateLimits.RetryAsync(
                () => client.Repository.Commit.Compare(_owner, _name, from.Sha, to.Sha, new ApiOptions { PageSize = CommitsPerPage, PageCount = 1, StartPage = current }),
                options.MaxRateLimitWait,
                _clock,
                cancellationToken);
            files ??= result.Files;
            var nonMerges = result.Commits.Where(c => c.Parents.Count <= 1).ToList();
            commits += nonMerges.Count;
            people.AddRange(nonMerges.Select(PersonOf));
            if (result.Commits.Count < CommitsPerPage)
            {
                break;
            }
        }

        var tree = await RateLimits.RetryAsync(() => client.Git.Tree.GetRecursive(_owner, _name, to.Commit.Tree.Sha), options.MaxRateLimitWait, _clock, cancellationToken);
        int? fileCount = tree.Truncated ? null : tree.Tree.Count(i => i.Type == TreeType.Blob && i.Mode is "100644" or "100755");
        var complete = files is not null && files.Count < MaxCompareFiles;

        return new ReleaseStats(
            fromTag,
            toTag,
            fileCount,
            null,
            null,
            DateOnly.FromDateTime(to.Commit.Committer.Date.UtcDateTime).DayNumber - DateOnly.FromDateTime(from.Commit.Committer.Date.UtcDateTime).DayNumber,
            commits,
            complete ? files!.Count : null,
            complete ? files!.Sum(f => (long)f.Additions) : null,
            complete ? files!.Sum(f => (long)f.Deletions) : null,
            // What the compare API gives: authors, committers and trailers of every commit. Not lines per commit (one
            // request per commit) and not the history before A (first-timers); the figures say so in "unavailable".
            PeopleCounter.Count(people, null, EmployerMap.Default, linesKnown: false));
    }

    // The commit message's last paragraph is its trailer block, as git reads it.
    private static PeopleCommit PersonOf(GitHubCommit commit)
    {
        var message = commit.Commit.Message ?? string.Empty;
        var paragraphs = message.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd().Split("\n\n");
        var trailers = paragraphs.Length < 2 ? [] : paragraphs[^1].Split('\n').Select(Trailer.Parse).OfType<Trailer>().ToList();
        return new PeopleCommit(commit.Commit.Author?.Name ?? string.Empty, commit.Commit.Author?.Email ?? string.Empty,
            commit.Commit.Committer?.Name ?? string.Empty, commit.Commit.Committer?.Email ?? string.Empty, 0, trailers);
    }

    private async Task<GitHubCommit> CommitAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            return await RateLimits.RetryAsync(() => client.Repository.Commit.Get(_owner, _name, tag), options.MaxRateLimitWait, _clock, cancellationToken);
        }
        catch (Exception ex) when (ex is NotFoundException or ApiValidationException)
        {
            throw new GitException($"unknown tag or revision '{tag}' in {options.Repository} on GitHub", ex);
        }
    }
}
