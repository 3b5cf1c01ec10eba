using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using KernelPortal.Core.Content;
using KernelPortal.Ingestion.Mail;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>The forecast says why: Linus' words from the newest rc mail, the season, similar cycles, and the bars.</summary>
public class ForecastReasonsTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // 4.0-rc7 came on 5 April 2015; the pages are read the morning after.
    private static readonly DateTimeOffset Rc7Sent = new(2015, 4, 5, 15, 0, 0, TimeSpan.FromHours(-7));

    [Fact]
    public async Task An_ingested_rc7_mail_moves_the_forecast_and_is_quoted_as_its_reason()
    {
        await SeedFourZeroAtRc6Async();
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = new FakeTimeProvider(Rc7Sent.AddHours(10).ToUniversalTime()) };
        var client = app.CreateClient();
        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.0", Ct));

        const string prose = "Things have been calm, but there are a couple of regressions still open, so I'll do an rc8 next weekend rather than the final 4.0.";
        const string travel = "I'll be traveling the week after, so the merge window may start a bit slowly.";
        var mail = await IngestAsync(app, "4.0-rc7", Rc7Sent, $"{prose}\n\n{travel}");

        var after = string.Empty;
        await Eventually.TrueAsync(async () => (after = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.0", Ct))).Contains("Linus erwartet ein rc8", StringComparison.Ordinal), Ct);
        var front = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));

        Assert.Contains("Linux 4.0 erscheint voraussichtlich am 12. April", before, StringComparison.Ordinal);
        Assert.Contains("Linux 4.0 erscheint voraussichtlich am 19. April", after, StringComparison.Ordinal);
        Assert.Contains($"rc7 am 5. April: Linus erwartet ein rc8: „{prose}“", after, StringComparison.Ordinal);
        Assert.Contains($"Zu Reisen und Feiertagen schreibt Linus: „{travel}“", after, StringComparison.Ordinal);
        Assert.Contains($"https://lore.kernel.org/lkml/{Uri.EscapeDataString(mail.MessageId)}/", after, StringComparison.Ordinal);
        Assert.Contains("Kein Zyklus über die Feiertage", after, StringComparison.Ordinal);
        Assert.Contains("der vergleichbaren Zyklen", after, StringComparison.Ordinal);
        Assert.Contains("Wahrscheinlichkeit je Sonntag", after, StringComparison.Ordinal);
        // A few candidate days are a compact chart of narrow bars that keeps its proportions (the labels' shape).
        var chart = Regex.Match(after, "<figure class=\"chart compact\".*?</figure>", RegexOptions.Singleline).Value;
        var bars = Regex.Matches(chart, "<rect [^>]*width=\"([\\d.]+)\"[^>]*class=\"bar\"").Select(m => double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(2, bars.Count);
        Assert.All(bars, width => Assert.InRange(width, 1, 90));
        Assert.Contains("preserveAspectRatio=\"xMidYMid meet\"", chart, StringComparison.Ordinal);
        Assert.Contains("Warum dieser Termin", front, StringComparison.Ordinal);
        Assert.Contains("Linus erwartet ein rc8", front, StringComparison.Ordinal);
        var api = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/releases", Ct)).RootElement.GetProperty("forecast");
        Assert.Equal($"rc7 am 5. April: Linus erwartet ein rc8: „{prose}“", api.GetProperty("reasonsDe")[0].GetString());
        Assert.Equal($"https://lore.kernel.org/lkml/{Uri.EscapeDataString(mail.MessageId)}/", api.GetProperty("mailUrl").GetString());
    }

    [Fact]
    public async Task A_mail_from_beyond_a_gap_gets_its_forecast_and_the_release_in_the_gap_is_no_longer_in_progress()
    {
        // The history ends with 4.0 and 4.1's merge window (a provisional number); then a 4.2-rc7 mail is read: 4.1
        // was released meanwhile, but its mails never came.
        await using (var db = Database.CreateContext())
        {
            db.Releases.Add(new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build());
            db.Releases.Add(new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(7).Released(2015, 4, 12).Build());
            db.Releases.Add(new ReleaseBuilder("4.1").OpenedOn(2015, 4, 12).Provisional().Build());
            await db.SaveChangesAsync(Ct);
        }

        var clock = new FakeTimeProvider(new DateTimeOffset(2015, 8, 24, 8, 0, 0, TimeSpan.Zero));
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = clock };
        var client = app.CreateClient();
        const string prose = "Things look calm, and unless something odd happens I expect the final 4.2 next weekend.";
        await IngestAsync(app, "4.2-rc7", new DateTimeOffset(2015, 8, 23, 15, 0, 0, TimeSpan.FromHours(-7)), prose);

        var release = string.Empty;
        await Eventually.TrueAsync(async () => (release = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.2", Ct))).Contains("4.2-rc7", StringComparison.Ordinal), Ct);
        var front = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));
        var gap = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.1", Ct));

        // No merge window day is known for 4.2, and the forecast counts from its rc7.
        Assert.Contains("Linux 4.2 erscheint voraussichtlich am 30. August", release, StringComparison.Ordinal);
        Assert.Contains($"rc7 am 23. August: Linus erwartet die finale Version nächste Woche: „{prose}“", release, StringComparison.Ordinal);
        Assert.DoesNotContain($"{prose}“.", release, StringComparison.Ordinal);
        Assert.Contains($"{prose}“ zur Mail", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(release, "<[^>]+>", string.Empty)), StringComparison.Ordinal);
        Assert.Contains("In der Stabilisierungsphase: zuletzt erschien 4.2-rc7 am 23. August 2015.", release, StringComparison.Ordinal);
        Assert.DoesNotContain("(Freigabe von Linux 4.1)", release, StringComparison.Ordinal);
        Assert.Contains("Linux 4.2 erscheint voraussichtlich am 30. August", front, StringComparison.Ordinal);
        Assert.Contains("Linux 4.2-rc7", front, StringComparison.Ordinal);
        Assert.Contains("Datum fehlt", front, StringComparison.Ordinal);
        Assert.Contains("Linux 4.1*", front, StringComparison.Ordinal);
        // The star of the current kernel's number is explained, as the release in progress's would be.
        Assert.Contains("* Vorläufige Nummer", front, StringComparison.Ordinal);
        // The probability follows the sentence after a space (Blazor drops the whitespace-only text between them).
        Assert.Matches(@"spätestens am \d+\. \w+\. \(Wahrscheinlichkeit", System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Replace(front, "<[^>]+>", string.Empty)));
        Assert.Contains("freigegeben; das Datum ist noch nicht eingelesen", front, StringComparison.Ordinal);
        Assert.DoesNotContain("Linux 4.0</a>", front, StringComparison.Ordinal);

        // 4.1 is out, only its date is not known here: no forecast and no "merge window open for 134 days".
        Assert.Contains("Freigegeben: Linux 4.2 ist schon angekündigt, die Freigabe dieser Version aber hier noch nicht eingelesen; daher fehlt ihr Datum.", gap, StringComparison.Ordinal);
        Assert.DoesNotContain("Prognose", gap, StringComparison.Ordinal);
        Assert.DoesNotContain("Im Merge Window", gap, StringComparison.Ordinal);

        // The API says the same: 4.2 in progress with its forecast, 4.1 the latest mainline, out but not read.
        using var releases = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/releases", Ct));
        using var gapDetail = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/releases/4.1", Ct));
        Assert.Equal("4.2", releases.RootElement.GetProperty("inProgress").GetProperty("version").GetString());
        // Only the rc7 mail was read: the newest rc is 7, not the one mail counted.
        Assert.Equal(7, releases.RootElement.GetProperty("inProgress").GetProperty("rcs").GetInt32());
        Assert.Equal("2015-08-30", releases.RootElement.GetProperty("forecast").GetProperty("mostLikely").GetString());
        Assert.Equal("4.1", releases.RootElement.GetProperty("latestMainline").GetProperty("version").GetString());
        Assert.True(releases.RootElement.GetProperty("latestMainline").GetProperty("overtaken").GetBoolean());
        Assert.False(releases.RootElement.GetProperty("stale").GetBoolean());
        Assert.True(gapDetail.RootElement.GetProperty("release").GetProperty("overtaken").GetBoolean());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, gapDetail.RootElement.GetProperty("forecast").ValueKind);
        Assert.False(gapDetail.RootElement.GetProperty("stale").GetBoolean());
    }

    [Fact]
    public async Task A_final_named_for_a_Saturday_is_forecast_for_that_Saturday_and_stored_with_its_mail()
    {
        await SeedFourZeroAtRc6Async();
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = new FakeTimeProvider(Rc7Sent.AddHours(10).ToUniversalTime()) };
        var client = app.CreateClient();
        const string prose = "Things look calm, so I'll do the final 4.0 on Saturday, since I'm traveling on Sunday.";
        await IngestAsync(app, "4.0-rc7", Rc7Sent, prose);

        var page = string.Empty;
        await Eventually.TrueAsync(async () => (page = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.0", Ct))).Contains("4.0-rc7", StringComparison.Ordinal), Ct);
        using var api = System.Text.Json.JsonDocument.Parse(await client.GetStringAsync("/api/releases", Ct));
        await using var check = Database.CreateContext();
        var stored = await check.Announcements.SingleAsync(a => a.VersionText == "4.0-rc7", Ct);

        Assert.Equal(DayOfWeek.Saturday, stored.ReleaseWeekday);
        Assert.Equal(prose, stored.TravelSentence);
        Assert.Contains("Linux 4.0 erscheint voraussichtlich am Samstag, 11. April", page, StringComparison.Ordinal);
        Assert.Contains($"rc7 am 5. April: Linus erwartet die finale Version nächste Woche, am Samstag: „{prose}“", page, StringComparison.Ordinal);
        // The travel is in the sentence already quoted: not quoted twice.
        Assert.DoesNotContain("Zu Reisen und Feiertagen", page, StringComparison.Ordinal);
        Assert.Contains("Wahrscheinlichkeit je Termin", page, StringComparison.Ordinal);
        Assert.Equal("2015-04-11", api.RootElement.GetProperty("forecast").GetProperty("mostLikely").GetString());
    }

    [Fact]
    public async Task A_merge_window_the_release_mail_planned_is_forecast_and_quoted_with_a_link_to_the_mail()
    {
        await SeedFourZeroAtRc6Async();
        var released = new DateTimeOffset(2015, 4, 12, 15, 0, 0, TimeSpan.FromHours(-7));
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = new FakeTimeProvider(released.AddHours(20).ToUniversalTime()) };
        var client = app.CreateClient();
        const string plan = "The merge window will be three weeks this time, since I'll be traveling for the second half of it.";
        await IngestAsync(app, "4.0-rc7", Rc7Sent, "Things look calm, so I expect the final 4.0 next weekend.");
        var mail = await IngestAsync(app, "4.0", released, $"So 4.0 is out.\n\n{plan}");

        var front = string.Empty;
        await Eventually.TrueAsync(async () => (front = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct))).Contains("Mit der Freigabe kündigte Linus", StringComparison.Ordinal), Ct);
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/en", Ct));

        // rc1 three weeks after 12 April is 3 May; seven weeks later, 21 June (the usual merge window would give 14 June).
        Assert.Contains("erscheint voraussichtlich am 21. Juni", front, StringComparison.Ordinal);
        Assert.Contains($"Merge Window seit 12. April: Mit der Freigabe kündigte Linus drei Wochen bis zum rc1 an, sonst sind es fast immer zwei Wochen: „{plan}“", front, StringComparison.Ordinal);
        Assert.Contains($"https://lore.kernel.org/lkml/{Uri.EscapeDataString(mail.MessageId)}/", front, StringComparison.Ordinal);
        Assert.Contains("with the release Linus announced three weeks until rc1", english, StringComparison.Ordinal);
    }

    // 3.19 released, 4.0 at rc6: the history the forecast learns from and the release it forecasts.
    private async Task SeedFourZeroAtRc6Async()
    {
        await using var db = Database.CreateContext();
        db.Releases.Add(new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build());
        db.Releases.Add(new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(6).Build());
        await db.SaveChangesAsync(Ct);
    }

    // What an ingestion pass does: store the mail, then every instance evicts its cached pages (LISTEN/NOTIFY).
    private static async Task<ParsedMail> IngestAsync(PortalAppFactory app, string version, DateTimeOffset sent, string prose)
    {
        var mail = AnnouncementParser.Parse(Encoding.UTF8.GetBytes(AnnouncementMailWriter.Mail(version, sent, prose: prose)), version).Mail!;
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<AnnouncementIngestor>().IngestAsync(mail, Ct);
        await scope.ServiceProvider.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);
        return mail;
    }
}
