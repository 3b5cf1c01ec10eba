using System.CommandLine;

namespace KernelPortal.Cli;

/// <summary>Options every command accepts.</summary>
internal static class GlobalOptions
{
    public static readonly Option<string?> Connection = new("--connection")
    {
        Description = "PostgreSQL connection string; defaults to the ConnectionStrings__Portal environment variable.",
        Recursive = true,
    };
}
