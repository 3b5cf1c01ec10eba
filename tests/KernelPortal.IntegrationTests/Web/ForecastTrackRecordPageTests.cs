using System.Net;
using KernelPortal.Core.Demo;
using KernelPortal.Core.Markdown;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>Readers can judge the forecast by its record: on each released release's page and on the releases index.</summary>
public class ForecastTrackRecordPageTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_released_release_shows_what_the_forecast_would_have_said_and_the_index_its_hit_rate()
    {
        await using (var db = Database.CreateContext())
        {
            await new DemoContentSeeder(db, new MarkdownRenderer(), TimeProvider.System).SeedAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        var release = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/5.12", Ct));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/en/releases/5.12", Ct));
        var early = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/2.6.20", Ct));
        var index = WebUtility.HtmlDecode(await client.GetStringAsync("/releases", Ct));

        // 5.12 (rc1 on 28 February 2021) ended after rc8 on 25 April; from the history alone the forecast said rc7.
        Assert.Contains("Die Prognose im Rückblick", release, StringComparison.Ordinal);
        Assert.Contains("jeweils nur aus den Zyklen vor Linux 5.12 und den bis dahin erschienenen Ankündigungen; erschienen ist die Version am 25. April 2021.", release, StringComparison.Ordinal);
        Assert.Contains("bei rc1 (28. Februar 2021)", release, StringComparison.Ordinal);
        Assert.Contains(">18. April 2021</td>", release, StringComparison.Ordinal);
        Assert.Contains("7 Tage zu früh", release, StringComparison.Ordinal);
        Assert.Contains("at rc7 (11 April 2021)", english, StringComparison.Ordinal);
        Assert.Contains("7 days early", english, StringComparison.Ordinal);
        // Too few cycles before it to learn from: no record.
        Assert.DoesNotContain("Die Prognose im Rückblick", early, StringComparison.Ordinal);
        Assert.Contains("Die Prognose im Rückblick:", index, StringComparison.Ordinal);
        Assert.Matches(@"Für die \d+ Versionen von [\d.]+ bis [\d.]+, jede nur aus den Zyklen vor ihr", index);
        Assert.Matches(@"bei rc1 in \d+\u00A0%", index);

        // The same record in the API.
        using var api = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/releases/5.12", Ct));
        var atRc1 = api.RootElement.GetProperty("forecastReview").EnumerateArray().Single(p => p.GetProperty("stage").GetString() == "rc1");
        Assert.Equal(("2021-04-18", -7, false), (atRc1.GetProperty("forecast").GetString(), atRc1.GetProperty("daysOff").GetInt32(), atRc1.GetProperty("fromMail").GetBoolean()));
        using var earlyApi = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/releases/2.6.20", Ct));
        Assert.Equal(System.Text.Json.JsonValueKind.Null, earlyApi.RootElement.GetProperty("forecastReview").ValueKind);
    }
}
