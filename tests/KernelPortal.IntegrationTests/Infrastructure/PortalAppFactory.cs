using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>The web host under test, on the test database.</summary>
public sealed class PortalAppFactory(string connectionString, params (string Key, string Value)[] settings) : WebApplicationFactory<Program>
{
    /// <summary>The host's clock (a <c>FakeTimeProvider</c> for tests where the day matters); the real clock when null.</summary>
    public TimeProvider? Clock { get; init; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("ConnectionStrings:Portal", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Ingestion:Enabled", "false");
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        if (Clock is { } clock)
        {
            builder.ConfigureTestServices(services => services.AddSingleton(clock));
        }
    }
}
