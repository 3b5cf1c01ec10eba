using System.CommandLine;
using System.Text.RegularExpressions;
using KernelPortal.Ingestion;
using KernelPortal.Ingestion.Git;

namespace KernelPortal.Cli;

/// <summary>
/// Where git history comes from for <c>stats</c> and <c>draft</c>: a local repository (<c>--repo</c>) or GitHub's API
/// (<c>--github</c>, <c>--github-api</c>, token from GITHUB_TOKEN) — exactly one of them.
/// </summary>
internal sealed partial class RepositorySourceOptions
{
    private readonly Option<string?> _repo = new("--repo") { Description = "A git repository (a bare mirror is enough)." };
    private readonly Option<string?> _github;
    private readonly Option<string> _githubApi = new("--github-api") { Description = "GitHub API base URL.", DefaultValueFactory = _ => "https://api.github.com/" };

    public RepositorySourceOptions(string githubNote) =>
        _github = new Option<string?>("--github") { Description = $"Use GitHub's API instead: OWNER/NAME ({githubNote}). A token is read from GITHUB_TOKEN." };

    public void AddTo(Command command)
    {
        command.Options.Add(_repo);
        command.Options.Add(_github);
        command.Options.Add(_githubApi);
    }

    /// <summary>The local repository, or null when GitHub was chosen; a <see cref="GitException"/> unless exactly one was given.</summary>
    public string? Repository(ParseResult result)
    {
        if ((result.GetValue(_repo) is null) == (result.GetValue(_github) is null))
        {
            throw new GitException("give either --repo DIR or --github OWNER/NAME.");
        }

        return result.GetValue(_repo);
    }

    /// <summary>The GitHub settings from --github and --github-api; a <see cref="GitException"/> for malformed values.</summary>
    public GitHubOptions GitHub(ParseResult result)
    {
        var repository = result.GetValue(_github) ?? string.Empty;
        var apiUrl = result.GetValue(_githubApi)!;
        if (!OwnerAndName().IsMatch(repository) || !Uri.TryCreate(apiUrl, UriKind.Absolute, out _))
        {
            throw new GitException($"'{repository}' is not OWNER/NAME or '{apiUrl}' is not a URL");
        }

        return new GitHubOptions { Repository = repository, ApiUrl = apiUrl, Token = Environment.GetEnvironmentVariable("GITHUB_TOKEN") };
    }

    [GeneratedRegex("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    private static partial Regex OwnerAndName();
}
