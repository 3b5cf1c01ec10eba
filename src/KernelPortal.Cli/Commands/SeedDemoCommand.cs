using System.CommandLine;
using KernelPortal.Core.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal seed-demo</c>: loads the demo content into an empty database.</summary>
internal static class SeedDemoCommand
{
    public static Command Create()
    {
        var command = new Command("seed-demo", "Load the demo content (releases 2.6.0–7.2, Kernel-Log figures, tags, articles) into an empty database.");
        command.SetAction((result, ct) => CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), async services =>
        {
            var outcome = await services.GetRequiredService<DemoContentSeeder>().SeedAsync(ct);
            Console.WriteLine(outcome.Seeded
                ? $"Loaded {outcome.Releases} releases, {outcome.Statistics} statistics rows, {outcome.Tags} tags and {outcome.Articles} articles."
                : "The database already has content; nothing was loaded.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
