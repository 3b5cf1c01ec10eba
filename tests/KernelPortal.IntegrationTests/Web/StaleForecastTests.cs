using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using KernelPortal.Core.Demo;
using KernelPortal.Core.Markdown;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>
/// The demo data ends with 7.2 (16 August 2026) and a provisional 7.3 in its merge window. Read on several days,
/// the forecast must never name a day before today, and data older than the cycle must be said to be stale.
/// </summary>
public partial class StaleForecastTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    [Theory]
    [InlineData("2026-08-20", false)] // inside the merge window
    [InlineData("2026-10-20", true)] // inside the forecast's range, but no rc1 read for two months
    [InlineData("2026-11-30", true)] // after the range
    [InlineData("2027-11-30", true)] // a year later
    public async Task The_forecast_never_names_a_past_day_and_stale_data_is_said_to_be_stale(string day, bool stale)
    {
        var today = DateOnly.ParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var clock = new FakeTimeProvider(new DateTimeOffset(today.ToDateTime(new TimeOnly(10, 0)), TimeSpan.Zero));
        await using (var db = Database.CreateContext())
        {
            await new DemoContentSeeder(db, new MarkdownRenderer(), clock).SeedAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = clock };
        var client = app.CreateClient();

        var german = await client.GetStringAsync("/", Ct);
        var english = await client.GetStringAsync("/en", Ct);
        var release = await client.GetStringAsync("/releases/7.3", Ct);
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/releases", Ct));
        var health = await client.GetAsync("/healthz", Ct);

        Assert.All(Dates(Forecast(german), GermanDate(), German, today), d => Assert.True(d >= today, $"the front page forecasts {d} on {today}"));
        Assert.All(Dates(Forecast(english), EnglishDate(), English, today), d => Assert.True(d >= today, $"the English front page forecasts {d} on {today}"));
        var forecast = api.RootElement.GetProperty("forecast");
        Assert.All(forecast.GetProperty("candidates").EnumerateArray(), c => Assert.True(DateOnly.Parse(c.GetProperty("date").GetString()!, CultureInfo.InvariantCulture) >= today));
        var probabilities = forecast.GetProperty("candidates").EnumerateArray().Select(c => c.GetProperty("probability").GetDouble()).ToList();
        Assert.True(probabilities.Count == 0 || Math.Abs(probabilities.Sum() - 1) < 0.01, "what is still possible adds up to 1");

        Assert.Equal(stale, german.Contains("Datenstand 16. August 2026 — seither keine Ankündigungen eingelesen", StringComparison.Ordinal));
        Assert.Equal(stale, english.Contains("Data as of 16 August 2026 — no announcements read since", StringComparison.Ordinal));
        Assert.Equal(stale, release.Contains("Datenstand 16. August 2026 — seither keine Ankündigungen eingelesen", StringComparison.Ordinal));
        Assert.Equal(stale, api.RootElement.GetProperty("stale").GetBoolean());
        // The release after it is forecast only from fresh data.
        Assert.Equal(!stale, german.Contains("Die Version danach (vorläufig 7.4) folgt voraussichtlich am", StringComparison.Ordinal));
        Assert.Equal(!stale, english.Contains("The release after it (provisionally 7.4) will probably follow on", StringComparison.Ordinal));
        Assert.Equal(!stale, release.Contains("Die Version danach (vorläufig 7.4) folgt voraussichtlich am", StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        var body = await health.Content.ReadAsStringAsync(Ct);
        Assert.True(stale ? body.StartsWith("Degraded\nrelease-data: Data as of 16 August 2026", StringComparison.Ordinal) : body == "Healthy", body);
    }

    [Fact]
    public async Task Once_every_possible_day_has_passed_no_date_is_shown_at_all()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2027, 11, 30, 10, 0, 0, TimeSpan.Zero));
        await using (var db = Database.CreateContext())
        {
            await new DemoContentSeeder(db, new MarkdownRenderer(), clock).SeedAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = clock };
        var client = app.CreateClient();

        var german = Forecast(await client.GetStringAsync("/", Ct));
        using var api = JsonDocument.Parse(await client.GetStringAsync("/api/releases", Ct));

        Assert.StartsWith("Für die nächste Version (vorläufig 7.3) ist kein Termin mehr vorherzusagen", german, StringComparison.Ordinal);
        Assert.Empty(api.RootElement.GetProperty("forecast").GetProperty("candidates").EnumerateArray());
        Assert.Equal(JsonValueKind.Null, api.RootElement.GetProperty("forecast").GetProperty("mostLikely").ValueKind);
        Assert.True(api.RootElement.GetProperty("forecast").GetProperty("overdue").GetBoolean());
        Assert.StartsWith("Data as of 16 August 2026", api.RootElement.GetProperty("staleness").GetProperty("reasonEn").GetString(), StringComparison.Ordinal);
    }

    /// <summary>The text of the front page's forecast paragraph (tags stripped).</summary>
    private static string Forecast(string html)
    {
        var paragraph = ForecastParagraph().Match(html);
        Assert.True(paragraph.Success, "the front page has no forecast");
        return WebUtility.HtmlDecode(Regex.Replace(paragraph.Groups[1].Value, "<[^>]+>", " ")).Trim();
    }

    private static IEnumerable<DateOnly> Dates(string text, Regex pattern, CultureInfo culture, DateOnly today) =>
        pattern.Matches(text).Select(m =>
        {
            var year = m.Groups["year"].Success ? m.Groups["year"].Value : today.Year.ToString(CultureInfo.InvariantCulture);
            return DateOnly.ParseExact($"{m.Groups["day"].Value} {m.Groups["month"].Value} {year}", "d MMMM yyyy", culture);
        });

    [GeneratedRegex(@"<p class=""status-forecast""[^>]*>(.*?)</p>", RegexOptions.Singleline)]
    private static partial Regex ForecastParagraph();

    [GeneratedRegex(@"(?<day>\d{1,2})\. (?<month>Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)(?: (?<year>\d{4}))?")]
    private static partial Regex GermanDate();

    [GeneratedRegex(@"(?<day>\d{1,2}) (?<month>January|February|March|April|May|June|July|August|September|October|November|December)(?: (?<year>\d{4}))?")]
    private static partial Regex EnglishDate();
}
