using System.CommandLine;
using KernelPortal.Cli.Json;
using KernelPortal.Ingestion.Drafts;
using KernelPortal.Ingestion.Git;
using KernelPortal.Ingestion.GitHub;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal draft --repo DIR --from TAG --to TAG [--json]</c>: the "Was X bringt" series from the merges between two tags.</summary>
internal static class DraftCommand
{
    public static Command Create()
    {
        var source = new RepositorySourceOptions("one request per merge");
        var from = new Option<string>("--from") { Description = "The previous release's tag, e.g. v3.19.", Required = true };
        var to = new Option<string>("--to") { Description = "The tag to read up to, usually rc1's, e.g. v4.0-rc1.", Required = true };
        var release = new Option<string?>("--release") { Description = "The release's name in titles; by default taken from --to (v4.0-rc1 → 4.0, v2024.04-rc1 → 2024.04)." };
        var commitUrl = new Option<string>("--commit-url")
        {
            Description = "Base URL commit ids are appended to in links.",
            DefaultValueFactory = _ => DraftComposer.DefaultCommitUrl,
        };
        var json = new Option<bool>("--json") { Description = "Print the series as JSON (shape in docs/cli.md) instead of Markdown." };
        var command = new Command("draft", "Split the pull texts of the first-parent merges between two tags into ranked feature items by area, with new and removed config options: a \"Was X bringt\" series.");
        source.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(release);
        command.Options.Add(commitUrl);
        command.Options.Add(json);
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var fromTag = result.GetValue(from)!;
                var toTag = result.GetValue(to)!;
                var linkBase = result.GetValue(commitUrl)!;
                if (!Uri.TryCreate(linkBase, UriKind.Absolute, out var link) || link.Scheme is not ("http" or "https"))
                {
                    await Console.Error.WriteLineAsync($"kportal: --commit-url must be an absolute http(s) URL, not '{linkBase}'");
                    return ExitCodes.BadInput;
                }

                IReadOnlyList<MergeCommit> merges;
                KconfigChanges options;
                if (source.Repository(result) is { } path)
                {
                    var git = await GitRunner.OpenAsync(path, ct);
                    var reading = new GitMergeReader(git).ReadAsync(fromTag, toTag, ct);
                    var comparing = new KconfigComparison(git).CompareAsync(fromTag, toTag, ct);
                    (merges, options) = (await reading, await comparing);
                }
                else
                {
                    var github = source.GitHub(result);
                    merges = await new GitHubMergeReader(GitHubClients.Create(github), github).ReadAsync(fromTag, toTag, ct);
                    options = KconfigChanges.None;
                    await Console.Error.WriteLineAsync("kportal: from GitHub, items have no commits of their own and config options are not compared (that would take one request per commit and file); use --repo for both.");
                }

                var series = DraftComposer.Compose(result.GetValue(release) ?? ReleaseName.FromTag(toTag), merges, FeatureAreaMap.Default, options, linkBase);
                foreach (var part in series.Parts)
                {
                    await Console.Error.WriteLineAsync($"{part.Title}: {part.Merges.Count} merges, {part.Items.Count + part.Trivia.Count} items ({part.Trivia.Count} trivia), {part.NewOptions.Count} new and {part.RemovedOptions.Count} removed options");
                }

                if (result.GetValue(json))
                {
                    CliJson.Write(DraftJson.Of(series));
                }
                else
                {
                    foreach (var part in series.Parts)
                    {
                        Console.WriteLine($"# {part.Title}\n");
                        Console.WriteLine(DraftMarkdown.Part(series, part, null, null));
                    }
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
}
