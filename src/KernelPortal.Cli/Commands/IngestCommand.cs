using System.CommandLine;
using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion;
using KernelPortal.Ingestion.Backfill;
using KernelPortal.Ingestion.Mail;
using KernelPortal.Ingestion.Sources;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal ingest mail PATH...</c>: loads announcement mails (files, mbox, folders) into the database.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH") { Description = "Raw mails, mbox files or folders of them.", Arity = ArgumentArity.OneOrMore };
        var mail = new Command("mail", "Ingest announcement mails and advance the release timeline. Exit code 1 when any mail failed.");
        mail.Arguments.Add(paths);
        mail.SetAction((result, ct) => CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), services =>
            RunAsync(services, [new MailFileSource(result.GetValue(paths)!)], ct)));

        var run = new Command("run", "Run one pass over the configured remote sources (lore.kernel.org, kernel.org), as the worker does.");
        run.SetAction((result, ct) => CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), services => RunPassAsync(services, ct)));

        var since = new Option<string>("--since") { Description = "The oldest release to fill, e.g. 2.6.12.", Required = true };
        var git = new Option<string?>("--git") { Description = "A git mirror whose vX.Y-rcN tags give the rc days (the most exact source)." };
        var noLore = new Option<bool>("--no-lore") { Description = "Do not search lore.kernel.org (only the git tags)." };
        var backfill = new Command("backfill", "Fill the rc dates of past releases from lore's search (Linus' rc mails) and a git mirror's rc tags; resumable, recorded as an ingestion run.");
        backfill.Options.Add(since);
        backfill.Options.Add(git);
        backfill.Options.Add(noLore);
        backfill.SetAction(async (result, ct) =>
        {
            if (!KernelVersion.TryParse(result.GetValue(since), out var from, out var error) || from.IsReleaseCandidate)
            {
                await Console.Error.WriteLineAsync($"kportal: --since: {(error.Length > 0 ? error : "name a release, not an rc")}");
                return ExitCodes.BadInput;
            }

            if (result.GetValue(git) is { } mirror && !Directory.Exists(mirror))
            {
                await Console.Error.WriteLineAsync($"kportal: --git: repository not found: {mirror}");
                return ExitCodes.BadInput;
            }

            return await CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), async services =>
            {
                await using var held = await services.GetRequiredService<IngestionLock>().AcquireAsync(
                    () => Console.Error.WriteLine("Another ingestion pass is running; waiting for it to finish …"), ct);
                var run = await services.GetRequiredService<RcBackfill>().RunAsync(from, result.GetValue(git), !result.GetValue(noLore), Progress(), ct);
                return Report(run, "new announcements or rc days");
            });
        });

        var command = new Command("ingest", "Run ingestion from the command line (the worker does the same on a timer).");
        command.Subcommands.Add(mail);
        command.Subcommands.Add(run);
        command.Subcommands.Add(backfill);
        return command;
    }

    private static async Task<int> RunPassAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var held = await services.GetRequiredService<IngestionLock>().AcquireAsync(
            () => Console.Error.WriteLine("Another ingestion pass is running; waiting for it to finish …"), cancellationToken);
        var run = await services.GetRequiredService<IngestionPass>().RunHoldingLockAsync("cli", Progress(), cancellationToken);
        return Report(run);
    }

    internal static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<IAnnouncementSource> sources, CancellationToken cancellationToken)
    {
        await using var held = await services.GetRequiredService<IngestionLock>().AcquireAsync(
            () => Console.Error.WriteLine("Another ingestion pass is running; waiting for it to finish …"), cancellationToken);

        var run = await services.GetRequiredService<IngestionRunner>().RunAsync(sources, "cli", Progress(), cancellationToken);
        return Report(run);
    }

    // Progress goes to stderr line by line, so a long history load shows that it is moving.
    private static SynchronousProgress<IngestionProgress> Progress() => new(p =>
        Console.Error.WriteLine($"{Label(p.Outcome),-9} {p.Item}{(p.Detail is null ? "" : $": {p.Detail}")}"));

    private static int Report(IngestionRun run, string news = "new announcements")
    {
        foreach (var warning in run.Warnings)
        {
            Console.Error.WriteLine($"warning   {warning}");
        }

        foreach (var error in run.Errors)
        {
            Console.Error.WriteLine($"error     {error}");
        }

        Console.WriteLine($"Ingestion run {run.Id}: {run.ItemsSeen} items read, {run.ItemsNew} {news}, {run.ItemsFailed} failed ({run.Outcome}).");
        return run.Outcome == IngestionOutcome.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string Label(MailIngestOutcome outcome) => outcome switch
    {
        MailIngestOutcome.New => "new",
        MailIngestOutcome.Duplicate => "known",
        MailIngestOutcome.NotAnnouncement => "skipped",
        _ => "error",
    };
}
