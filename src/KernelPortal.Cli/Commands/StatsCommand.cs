using System.CommandLine;
using System.Globalization;
using KernelPortal.Cli.Json;
using KernelPortal.Core.People;
using KernelPortal.Ingestion.Git;
using KernelPortal.Ingestion.GitHub;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal stats --repo DIR --from TAG --to TAG [--json]</c>: the Kernel-Log statistics from a git repository.</summary>
internal static class StatsCommand
{
    public static Command Create()
    {
        var source = new RepositorySourceOptions("no line counts; see docs/ingestion.md");
        var from = new Option<string>("--from") { Description = "The previous release's tag, e.g. v3.19.", Required = true };
        var to = new Option<string>("--to") { Description = "The release's tag, e.g. v4.0.", Required = true };
        var json = new Option<bool>("--json") { Description = "Print JSON (shape in docs/cli.md)." };
        var peopleOnly = new Option<bool>("--people-only") { Description = "Compute and print only the people figures (authors, reviewers, employers); git repositories only." };
        var command = new Command("stats", "Files, lines, development days, commits and diffstat between two tags, as the Kernel-Log counted them.");
        source.AddTo(command);
        command.Options.Add(from);
        command.Options.Add(to);
        command.Options.Add(json);
        command.Options.Add(peopleOnly);
        command.SetAction(async (result, ct) =>
        {
            try
            {
                if (result.GetValue(peopleOnly))
                {
                    if (source.Repository(result) is not { } repository)
                    {
                        await Console.Error.WriteLineAsync("kportal: --people-only needs --repo: GitHub's API has no per-commit line counts and no history to find first-timers in.");
                        return ExitCodes.BadInput;
                    }

                    var people = await new GitPeopleReader(await GitRunner.OpenAsync(repository, ct)).CountAsync(result.GetValue(from)!, result.GetValue(to)!, EmployerMap.Default, ct);
                    if (result.GetValue(json))
                    {
                        CliJson.Write(new { people });
                    }
                    else
                    {
                        WritePeople(people);
                    }

                    return ExitCodes.Success;
                }

                IReleaseStatsSource counter;
                if (source.Repository(result) is { } path)
                {
                    counter = new GitStatsSource(await GitRunner.OpenAsync(path, ct));
                }
                else
                {
                    var github = source.GitHub(result);
                    counter = new GitHubStatsSource(GitHubClients.Create(github), github);
                }

                var figures = await counter.ComputeAsync(result.GetValue(from)!, result.GetValue(to)!, ct);
                if (result.GetValue(json))
                {
                    CliJson.Write(figures);
                }
                else
                {
                    var de = CultureInfo.GetCultureInfo("de-DE");
                    Console.WriteLine($"{figures.From} → {figures.To}");
                    Console.WriteLine(string.Create(de, $"Dateien              {figures.Files:N0}"));
                    Console.WriteLine(string.Create(de, $"Zeilen               {figures.Lines:N0}"));
                    Console.WriteLine(string.Create(de, $"Zeilen ohne Doku     {figures.LinesWithoutDocs:N0}"));
                    Console.WriteLine(string.Create(de, $"Entwicklungstage     {figures.DevelopmentDays:N0}"));
                    Console.WriteLine(string.Create(de, $"Commits (ohne Merges) {figures.Commits:N0}"));
                    Console.WriteLine(figures.FilesChanged is null
                        ? "Diffstat             (nicht verfügbar)"
                        : string.Create(de, $"Diffstat             {figures.FilesChanged:N0} Dateien, +{figures.Insertions:N0} −{figures.Deletions:N0}"));
                    if (figures.People is { } people)
                    {
                        WritePeople(people);
                    }
                    else
                    {
                        Console.WriteLine("Entwickler           (nicht verfügbar)");
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

    private static void WritePeople(ReleasePeople people)
    {
        var de = CultureInfo.GetCultureInfo("de-DE");
        Console.WriteLine(people.FirstTime is { } firstTime
            ? string.Create(de, $"Entwickler           {people.Developers:N0}, davon zum ersten Mal {firstTime:N0}")
            : string.Create(de, $"Entwickler           {people.Developers:N0} (Neulinge: über diese Quelle nicht bestimmbar)"));
        if (people.Unavailable is { Count: > 0 } missing)
        {
            Console.WriteLine($"Nicht verfügbar      {string.Join(", ", missing)} (GitHub liefert keine Zeilen je Commit und keine Historie vor dem ersten Tag)");
        }

        Console.WriteLine(string.Create(de, $"Top 10 / Top 20      {people.ConcentrationOfTop(10):P1} / {people.ConcentrationOfTop(20):P1} der Commits"));
        foreach (var author in people.TopAuthors.Take(5))
        {
            Console.WriteLine(string.Create(de, $"  {author.Changesets,6:N0}  {author.Share,6:P1}  {author.Name} <{author.Email}>"));
        }

        Console.WriteLine("Arbeitgeber");
        foreach (var employer in people.Employers.Take(5))
        {
            Console.WriteLine(string.Create(de, $"  {employer.Changesets,6:N0}  {employer.Share,6:P1}  {employer.Name}"));
        }
    }
}
