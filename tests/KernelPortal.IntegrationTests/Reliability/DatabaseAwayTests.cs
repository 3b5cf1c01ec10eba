using System.Net;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Reliability;

/// <summary>PostgreSQL that stays away (not a restart the execution strategy rides out): readers get a 503 that says so.</summary>
public class DatabaseAwayTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Pages_and_the_api_answer_503_with_retry_after_when_the_database_stays_away()
    {
        // Every connection is refused until the execution strategy gives up.
        await using var app = new PortalAppFactory(
            RefusedPort.ConnectionString(RefusedPort.Next()),
            ("environment", "Production"),
            ("OutputCache:Enabled", "false"));
        var client = app.CreateClient();

        // Each waits out the execution strategy's retries (about twenty seconds): a page and an API answer of one query.
        var answers = await Task.WhenAll(client.GetAsync("/tags", Ct), client.GetAsync("/api/tags", Ct));
        var (page, api) = (answers[0], answers[1]);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(30), page.Headers.RetryAfter?.Delta);
        var html = await page.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Vorübergehend nicht erreichbar", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", html, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, api.StatusCode);
        Assert.Equal("application/problem+json", api.Content.Headers.ContentType?.MediaType);
        Assert.Equal(TimeSpan.FromSeconds(30), api.Headers.RetryAfter?.Delta);
        Assert.Contains("database is not answering", await api.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
