using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Core;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>The web host with its log events, Information and up, collected in <see cref="Log"/> (for tests of what it logs).</summary>
internal sealed class LoggedPortal(string connectionString, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    public LogCollector Log { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Information");
        builder.UseSetting("Ingestion:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services => services.AddSingleton<ILogEventSink>(Log));
    }
}
