using System.CommandLine;
using System.Globalization;
using KernelPortal.Cli.Json;
using KernelPortal.Ingestion;
using KernelPortal.Ingestion.Git;
using KernelPortal.Ingestion.GitHub;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal stats --repo DIR --from TAG --to TAG [--json]</c>: the Kernel-Log statistics from a git repository.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var repo = new Option<string?>("--repo") { Description = "A git repository (a bare mirror is enough)." };
        var github = new Option<string?>("--github") { Description = "Use GitHub's API instead: OWNER/NAME (no line counts; see docs/ingestion.md). A token is read from GITHUB_TOKEN." };
        var githubApi = new Option<string>("--github-api") { Description = "GitHub API base URL.", DefaultValueFactory = _ => "https://api.github.com/" };
        var from = new Option<string>("--from") { Description = "The previous release's tag, e.g. v3.19.", Required = true };
        var to = new Option<string>("--to") { Description = "The release's tag, e.g. v4.0.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON (shape in docs/cli.md)." };
        var command = new Command("stats", "Files, lines, development days, commits and diffstat between two tags, as the Kernel-Log counted them.");
        command.Options.Add(repo);
        command.Options.Add(github);
        command.Options.Add(githubApi);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(json);
        command.SetAction(async (result, ct) =>
        {
            try
            {
                if ((result.GetValue(repo) is null) == (result.GetValue(github) is null))
                {
                    await Console.Error.WriteLineAsync("kportal: give either --repo DIR or --github OWNER/NAME.");
                    return ExitCodes.BadInput;
                }

                var source = result.GetValue(repo) is { } path
                    ? (IReleaseStatsSource)new GitStatsSource(await GitRunner.OpenAsync(path, ct))
                    : GitHubSource(result.GetValue(github)!, result.GetValue(githubApi)!);
                var stats = await source.ComputeAsync(result.GetValue(from)!, result.GetValue(to)!, ct);
                if (result.GetValue(json))
                {
                    CliJson.Write(stats);
                }
                else
                {
                    var de = CultureInfo.GetCultureInfo("de-DE");
                    Console.WriteLine($"{stats.From} → {stats.To}");
                    Console.WriteLine(string.Create(de, $"Dateien              {stats.Files:N0}"));
                    Console.WriteLine(string.Create(de, $"Zeilen               {stats.Lines:N0}"));
                    Console.WriteLine(string.Create(de, $"Zeilen ohne Doku     {stats.LinesWithoutDocs:N0}"));
                    Console.WriteLine(string.Create(de, $"Entwicklungstage     {stats.DevelopmentDays:N0}"));
                    Console.WriteLine(string.Create(de, $"Commits (ohne Merges) {stats.Commits:N0}"));
                    Console.WriteLine(stats.FilesChanged is null
                        ? "Diffstat             (nicht verfügbar)"
                        : string.Create(de, $"Diffstat             {stats.FilesChanged:N0} Dateien, +{stats.Insertions:N0} −{stats.Deletions:N0}"));
                }

                return ExitCodes.Success;
            }
            catch (GitException ex)
            {
                await Console.Error.WriteLineAsync($"kportal: {ex.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }

    private static GitHubStatsSource GitHubSource(string repository, string apiUrl)
    {
        var options = GitHubOptionsFor(repository, apiUrl);
        return new GitHubStatsSource(GitHubClients.Create(options), options);
    }

    /// <summary>Options for --github/--github-api, with the token from GITHUB_TOKEN; a clear error for bad values.</summary>
    internal static GitHubOptions GitHubOptionsFor(string repository, string apiUrl)
    {
        if (!System.Text.RegularExpressions.Regex.IsMatch(repository, "^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$") || !Uri.TryCreate(apiUrl, UriKind.Absolute, out _))
        {
            throw new GitException($"'{repository}' is not OWNER/NAME or '{apiUrl}' is not a URL");
        }

        return new GitHubOptions { Repository = repository, ApiUrl = apiUrl, Token = Environment.GetEnvironmentVariable("GITHUB_TOKEN") };
    }
}
