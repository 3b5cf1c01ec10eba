using System.Net;
using System.Text;
using KernelPortal.Core.Content;
using KernelPortal.Ingestion.Mail;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>The forecast says why: Linus' words from the newest rc mail, the season, similar cycles, and the bars.</summary>
public class ForecastReasonsTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_ingested_rc7_mail_moves_the_forecast_and_is_quoted_as_its_reason()
    {
        await using (var db = Database.CreateContext())
        {
            db.Releases.Add(new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build());
            db.Releases.Add(new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(6).Build());
            await db.SaveChangesAsync(Ct);
        }

        // The evening of 4.0-rc7 (5 April 2015).
        var clock = new FakeTimeProvider(new DateTimeOffset(2015, 4, 6, 8, 0, 0, TimeSpan.Zero));
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = clock };
        var client = app.CreateClient();
        var before = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.0", Ct));

        const string prose = "Things have been calm, but there are a couple of regressions still open, so I'll do an rc8 next weekend rather than the final 4.0.";
        var raw = AnnouncementMailWriter.Mail("4.0-rc7", new DateTimeOffset(2015, 4, 5, 15, 0, 0, TimeSpan.FromHours(-7)), prose: prose);
        var mail = AnnouncementParser.Parse(Encoding.UTF8.GetBytes(raw), "4.0-rc7").Mail!;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AnnouncementIngestor>().IngestAsync(mail, Ct);
            // What an ingestion pass does after storing: every instance evicts its cached pages (LISTEN/NOTIFY).
            await scope.ServiceProvider.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);
        }

        var after = string.Empty;
        await Eventually.TrueAsync(async () => (after = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.0", Ct))).Contains("Linus erwartet ein rc8", StringComparison.Ordinal), Ct);
        var front = WebUtility.HtmlDecode(await client.GetStringAsync("/", Ct));

        Assert.Contains("Linux 4.0 erscheint voraussichtlich am 12. April", before, StringComparison.Ordinal);
        Assert.Contains("Linux 4.0 erscheint voraussichtlich am 19. April", after, StringComparison.Ordinal);
        Assert.Contains($"rc7 am 5. April: Linus erwartet ein rc8: „{prose}“", after, StringComparison.Ordinal);
        Assert.Contains($"https://lore.kernel.org/lkml/{Uri.EscapeDataString(mail.MessageId)}/", after, StringComparison.Ordinal);
        Assert.Contains("Kein Zyklus über die Feiertage", after, StringComparison.Ordinal);
        Assert.Contains("der vergleichbaren Zyklen", after, StringComparison.Ordinal);
        Assert.Contains("Wahrscheinlichkeit je Sonntag", after, StringComparison.Ordinal);
        Assert.Contains("class=\"bar\"", after, StringComparison.Ordinal);
        Assert.Contains("Warum dieser Termin", front, StringComparison.Ordinal);
        Assert.Contains("Linus erwartet ein rc8", front, StringComparison.Ordinal);
    }
}
