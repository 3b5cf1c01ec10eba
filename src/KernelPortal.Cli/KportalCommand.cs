using System.CommandLine;
using KernelPortal.Cli.Commands;

namespace KernelPortal.Cli;

/// <summary>The root command: the operator's command line over Core and Ingestion.</summary>
internal static class KportalCommand
{
    public static RootCommand Create()
    {
        var root = new RootCommand("kportal: the KernelPortal operator's command line (migrations, demo content, ingestion, accounts, imports).");
        root.Options.Add(GlobalOptions.Connection);
        root.Subcommands.Add(MigrateCommand.Create());
        root.Subcommands.Add(SeedDemoCommand.Create());
        root.Subcommands.Add(AnnouncementCommand.Create());
        root.Subcommands.Add(IngestCommand.Create());
        root.Subcommands.Add(ForecastCommand.Create());
        root.Subcommands.Add(StatsCommand.Create());
        root.Subcommands.Add(DraftCommand.Create());
        root.Subcommands.Add(UserCommand.Create());
        root.Subcommands.Add(ArticleCommand.Create());
        return root;
    }
}
