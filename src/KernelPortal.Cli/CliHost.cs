using KernelPortal.Core.Identity;
using KernelPortal.Ingestion;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace KernelPortal.Cli;

/// <summary>Builds the service provider a command runs in: configuration from environment and appsettings, the portal's services.</summary>
internal static class CliHost
{
    /// <summary>Builds a host; <paramref name="connectionString"/> overrides <c>ConnectionStrings:Portal</c> when given.</summary>
    public static IHost Build(string? connectionString)
    {
        // Command-line arguments belong to System.CommandLine, not to configuration, so none are passed here.
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            builder.Configuration.AddInMemoryCollection([new("ConnectionStrings:Portal", connectionString)]);
        }

        // Logs go to stderr and only from Warning, so a command's JSON on stdout stays parseable.
        builder.Logging.ClearProviders();
        builder.Logging.AddConsole(o => o.LogToStandardErrorThreshold = LogLevel.Trace);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        // EF logs a failed command as an error before it throws; the first 'migrate' on an empty database
        // probes the missing history table that way. Failures still surface as exceptions with a clear message.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.None);
        // A database that cannot be reached is said once, in one line, by Program: EF's own error logs of each failed
        // connection and query would bury it under stack traces.
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Database.Connection", LogLevel.Critical);
        builder.Logging.AddFilter("Microsoft.EntityFrameworkCore.Query", LogLevel.Critical);
        builder.AddIngestion();
        builder.Services.AddPortalIdentity();
        return builder.Build();
    }

    /// <summary>Runs <paramref name="action"/> in a fresh scope of a new host.</summary>
    public static async Task<int> RunAsync(string? connectionString, Func<IServiceProvider, Task<int>> action)
    {
        using var host = Build(connectionString);
        await using var scope = host.Services.CreateAsyncScope();
        return await action(scope.ServiceProvider);
    }
}
