using System.Net;
using KernelPortal.Core.Data;
using KernelPortal.IntegrationTests.Infrastructure;
using KernelPortal.Web;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Reliability;

/// <summary>PostgreSQL that stays away (not a restart the execution strategy rides out): readers get a 503 that says so.</summary>
public class DatabaseAwayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_and_the_api_answer_503_with_retry_after_and_for_seconds_after_without_asking_the_database_again()
    {
        await using var database = new HangingUpDatabase();
        await using var portal = new PortalAppFactory(database.ConnectionString, ("environment", "Production"), ("OutputCache:Enabled", "false"));
        // Without the content-change listener, which would keep reconnecting on its own: every connection counted is a request's.
        await using var app = portal.WithWebHostBuilder(web => web.ConfigureTestServices(services => services.RemoveAll<IHostedService>()));
        var client = app.CreateClient();

        // The first request waits out a reader's retries (three, about four seconds, not the six of about twenty
        // seconds a write or the worker gets), the next comes at once.
        var page = await client.GetAsync("/tags", Ct);
        var asked = database.Connections;
        var api = await client.GetAsync("/api/tags", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), page.Headers.RetryAfter?.Delta);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Vorübergehend nicht erreichbar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);
        // One attempt and its retries, each one or two connections (Npgsql opens two per attempt against this server);
        // the six retries of work without a budget would be seven attempts (fourteen connections).
        Assert.InRange(asked, DatabaseRetryBudget.ForRequests + 1, 2 * (DatabaseRetryBudget.ForRequests + 1));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(30), api.Headers.RetryAfter?.Delta);
        Assert.Contains("database is not answering", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(asked, database.Connections);
    }

    [Fact]
    public void The_window_without_the_database_closes_after_its_seconds()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 4, 10, 0, 0, TimeSpan.Zero));
        var window = new DatabaseAwayWindow(clock);

        Assert.False(window.IsOpen);
        window.Open();
        Assert.True(window.IsOpen);
        clock.Advance(DatabaseAwayWindow.Length - TimeSpan.FromSeconds(1));
        Assert.True(window.IsOpen);
        clock.Advance(TimeSpan.FromSeconds(1));
        Assert.False(window.IsOpen);
    }
}
