using System.CommandLine;
using KernelPortal.Cli.Json;
using KernelPortal.Core.Releases;
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
        var release = new Option<string?>("--release") { Description = "The release's name in titles; by default taken from --to (v4.0-rc1 → 4.0)." };
        var json = new Option<bool>("--json") { Description = "Print the series as JSON (shape in docs/cli.md) instead of Markdown." };
        var command = new Command("draft", "Group the first-parent merges between two tags by feature area into a \"Was X bringt\" series.");
        source.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(release);
        command.Options.Add(json);
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var toTag = result.GetValue(to)!;
                IReadOnlyList<MergeCommit> merges;
                if (source.Repository(result) is { } path)
                {
                    merges = await new GitMergeReader(await GitRunner.OpenAsync(path, ct)).ReadAsync(result.GetValue(from)!, toTag, ct);
                }
                else
                {
                    var github = source.GitHub(result);
                    merges = await new GitHubMergeReader(GitHubClients.Create(github), github).ReadAsync(result.GetValue(from)!, toTag, ct);
                }

                var name = result.GetValue(release) ?? (KernelVersion.TryParse(toTag, out var v) ? v.Release.ToString() : toTag);
                var series = DraftComposer.Compose(name, merges, FeatureAreaMap.Default);
                if (result.GetValue(json))
                {
                    CliJson.Write(new
                    {
                        release = series.Release,
                        title = series.Title,
                        unassignedMerges = series.UnassignedMerges,
                        parts = series.Parts.Select(p => new
                        {
                            number = p.Number,
                            area = p.Area,
                            title = p.Title,
                            merges = p.Merges.Select(m => new { commitId = m.CommitId, subject = m.Subject, linesChanged = m.LinesChanged }),
                        }),
                    });
                }
                else
                {
                    foreach (var part in series.Parts)
                    {
                        Console.WriteLine($"# {part.Title}\n");
                        Console.WriteLine(DraftComposer.Markdown(series, part, null, null));
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
