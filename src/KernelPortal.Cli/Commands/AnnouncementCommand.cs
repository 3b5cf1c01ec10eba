using System.Globalization;
using System.CommandLine;
using KernelPortal.Cli.Json;
using KernelPortal.Ingestion.Mail;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal announcement parse FILE... [--json]</c>: what the parser makes of raw mails, without a database.</summary>
internal static class AnnouncementCommand
{
    public static Command Create()
    {
        var files = new Argument<string[]>("FILE") { Description = "Raw mails (RFC 822), mbox files, either gzipped, or folders of these.", Arity = ArgumentArity.OneOrMore };
        var json = new Option<bool>("--json") { Description = "Print a JSON array with one object per mail (shape in docs/cli.md)." };
        var parse = new Command("parse", "Parse announcement mails and print what each one announces. Exit code 1 when any file had an error.");
        parse.Arguments.Add(files);
        parse.Options.Add(json);
        parse.SetAction(async (result, ct) =>
        {
            var outputs = new List<AnnouncementParseOutput>();
            await foreach (var parsed in new MailFileSource(result.GetValue(files)!).ReadAsync(ct))
            {
                outputs.Add(AnnouncementParseOutput.From(parsed));
            }

            if (result.GetValue(json))
            {
                CliJson.Write(outputs);
            }
            else
            {
                foreach (var o in outputs)
                {
                    Console.WriteLine(o.Error is not null ? $"{o.File}: error: {o.Error}"
                        : o.MessageId is null ? $"{o.File}: {o.Kind}: {o.Reason}"
                        : $"{o.File}: {o.Kind} {o.Version}{(o.Rc is { } rc ? $"-rc{rc}" : "")} {o.Date:yyyy-MM-dd HH:mm zzz} <{o.MessageId}> shortlog={o.ShortlogCommits?.ToString(CultureInfo.InvariantCulture) ?? "-"}");
                }
            }

            return outputs.Any(o => o.Error is not null) ? ExitCodes.Failure : ExitCodes.Success;
        });

        var reread = new Command("reread", "Read the stored rc announcements again with today's prose reader and update what they say of the schedule (the mails and the timeline stay). Exit code 1 when a stored mail no longer parses.");
        reread.SetAction((result, ct) => CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), async services =>
        {
            var run = await services.GetRequiredService<AnnouncementRereader>().RunAsync(
                new SynchronousProgress<string>(line => Console.Error.WriteLine(line)), ct);
            foreach (var line in run.Unreadable)
            {
                Console.Error.WriteLine($"error     {line}");
            }

            Console.WriteLine($"{run.Read} announcements read again, {run.Changed} changed, {run.Unreadable.Count} unreadable.");
            return run.Unreadable.Count == 0 ? ExitCodes.Success : ExitCodes.Failure;
        }));

        var command = new Command("announcement", "Work with Linus Torvalds' announcement mails.");
        command.Subcommands.Add(parse);
        command.Subcommands.Add(reread);
        return command;
    }
}
