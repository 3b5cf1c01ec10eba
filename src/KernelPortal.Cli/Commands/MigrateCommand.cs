using System.CommandLine;
using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal migrate</c>: applies pending EF Core migrations.</summary>
internal static class MigrateCommand
{
    public static Command Create()
    {
        var command = new Command("migrate", "Apply pending database migrations (safe to run again).");
        command.SetAction((result, ct) => CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var pending = (await db.Database.GetPendingMigrationsAsync(ct)).ToList();
            // A migration that rebuilds data (ArticleSearchTable parses every published article) runs for minutes on a
            // large archive; the 30 s default would cut it off, and the retry strategy would start it over and over.
            db.Database.SetCommandTimeout(TimeSpan.FromHours(1));
            await db.Database.MigrateAsync(ct);
            Console.WriteLine(pending.Count == 0
                ? "Database is up to date."
                : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}.");
            return ExitCodes.Success;
        }));
        return command;
    }
}
