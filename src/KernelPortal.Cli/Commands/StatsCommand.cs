using System.CommandLine;
using System.Globalization;
using KernelPortal.Cli.Json;
using KernelPortal.Ingestion.Git;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal stats --repo DIR --from TAG --to TAG [--json]</c>: the Kernel-Log statistics from a git repository.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var repo = new Option<string>("--repo") { Description = "A git repository (a bare mirror is enough).", Required = true };
        var from = new Option<string>("--from") { Description = "The previous release's tag, e.g. v3.19.", Required = true };
        var to = new Option<string>("--to") { Description = "The release's tag, e.g. v4.0.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON (shape in docs/cli.md)." };
        var command = new Command("stats", "Files, lines, development days, commits and diffstat between two tags, as the Kernel-Log counted them.");
        command.Options.Add(repo);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(json);
        command.SetAction(async (result, ct) =>
        {
            try
            {
                var git = await GitRunner.OpenAsync(result.GetValue(repo)!, ct);
                var stats = await new GitStatsSource(git).ComputeAsync(result.GetValue(from)!, result.GetValue(to)!, ct);
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
                    Console.WriteLine(string.Create(de, $"Diffstat             {stats.FilesChanged:N0} Dateien, +{stats.Insertions:N0} −{stats.Deletions:N0}"));
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
