using KernelPortal.IntegrationTests.Infrastructure;
using Serilog.Events;

namespace KernelPortal.IntegrationTests.Reliability;

/// <summary>The host's own shutdown is a normal stop for the background work: logged at Information, nothing worse.</summary>
public class HostShutdownTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stopping_the_host_stops_the_worker_scheduler_and_listener_without_warnings()
    {
        var app = new LoggedPortal(Database.ConnectionString, ("Ingestion:Enabled", "true"), ("Ingestion:Lore:Enabled", "false"), ("Ingestion:KernelOrg:Enabled", "false"));
        var events = app.Log.Events;
        app.UseKestrel(0);
        app.StartServer();
        using (var client = app.CreateClient())
        {
            Assert.True((await client.GetAsync("/healthz", Ct)).IsSuccessStatusCode);
        }

        await app.DisposeAsync(); // StopAsync: the stopping token of every background service is cancelled

        var messages = events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains("The \"ingestion worker\" stopped with the host", messages);
        Assert.Contains("Scheduled publishing stopped with the host", messages);
        Assert.Contains("Stopped listening for content changes with the host", messages);
        Assert.DoesNotContain(events, e => e.Level >= LogEventLevel.Warning && !IsDataProtectionKeyWarning(e));
    }

    // The throwaway host creates its Data Protection key without an encryptor; that warning is about keys, not shutdown.
    private static bool IsDataProtectionKeyWarning(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains("DataProtection", StringComparison.Ordinal);
}
