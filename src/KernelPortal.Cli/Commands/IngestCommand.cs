using System.CommandLine;
using KernelPortal.Core.Operations;
using KernelPortal.Ingestion;
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

        var command = new Command("ingest", "Run ingestion from the command line (the worker does the same on a timer).");
        command.Subcommands.Add(mail);
        command.Subcommands.Add(run);
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

    private static int Report(IngestionRun run)
    {
        foreach (var warning in run.Warnings)
        {
            Console.Error.WriteLine($"warning   {warning}");
        }

        foreach (var error in run.Errors)
        {
            Console.Error.WriteLine($"error     {error}");
        }

        Console.WriteLine($"Ingestion run {run.Id}: {run.ItemsSeen} items read, {run.ItemsNew} new announcements, {run.ItemsFailed} failed ({run.Outcome}).");
        return run.Outcome == IngestionOutcome.Succeeded ? ExitCodes.Success : ExitCodes.Failure;
    }

    private static string Label(MailIngestOutcome outcome) => outcome switch
    {
        MailIngestOutcome.New => "new",
        MailIngestOutcome.Duplicate => "known",
        MailIngestOutcome.NotAnnouncement => "skipped",
        _ => "error",
    };

    /// <summary><see cref="Progress{T}"/> posts to the thread pool and can reorder lines; this reports in order.</summary>
    private sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
    {
        public void Report(T value) => report(value);
    }
}
