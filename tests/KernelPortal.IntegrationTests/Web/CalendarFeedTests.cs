using System.Net;
using System.Net.Http.Headers;
using Ical.Net;
using Ical.Net.CalendarComponents;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>The release calendar: recent releases and rcs, and the expected day of the next release, for subscribing.</summary>
public class CalendarFeedTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // The morning after 4.0-rc6 (29 March 2015): the forecast says 12 April, as the release page does.
    private static FakeTimeProvider AfterRc6 => new(new DateTimeOffset(2015, 3, 30, 8, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task The_calendar_has_the_releases_their_rcs_and_the_expected_day_with_its_reasons()
    {
        var fourZero = await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = AfterRc6 };
        var client = app.CreateClient();

        using var response = await client.GetAsync("/feeds/calendar.ics", Ct);
        var calendar = Calendar.Load(await response.Content.ReadAsStringAsync(Ct))!;
        var english = Calendar.Load(await client.GetStringAsync("/feeds/calendar.en.ics", Ct))!;
        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.0", Ct));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(new DateOnly(2015, 2, 8), Day(Entry(calendar, "Linux 3.19")));
        Assert.Equal(new DateOnly(2015, 3, 29), Day(Entry(calendar, "Linux 4.0-rc6")));
        Assert.Equal(7 + 6, calendar.Events.Count(e => e.Summary!.Contains("-rc", StringComparison.Ordinal)));

        var expected = Entry(calendar, "Linux 4.0 (voraussichtlich)");
        Assert.Equal(new DateOnly(2015, 4, 12), Day(expected));
        Assert.False(expected.Start!.HasTime);
        Assert.Equal($"release-{fourZero}@localhost", expected.Uid);
        Assert.StartsWith("Linux 4.0 erscheint voraussichtlich am 12. April", expected.Description, StringComparison.Ordinal);
        Assert.Contains("– Kein Zyklus über die Feiertage", expected.Description, StringComparison.Ordinal);
        Assert.Equal("http://localhost/releases/4.0", expected.Url?.AbsoluteUri);
        Assert.Contains("erscheint voraussichtlich am 12. April", page, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/calendar.ics\"", page, StringComparison.Ordinal);

        // The release after it, a whole cycle later, in an entry of its own.
        var following = Entry(calendar, "Linux 4.1 (voraussichtlich, vorläufige Nummer)");
        Assert.True(Day(following) > new DateOnly(2015, 6, 1), $"4.1 expected on {Day(following)}");
        Assert.Equal($"release-{fourZero}-following@localhost", following.Uid);
        Assert.StartsWith("Die Version danach (vorläufig 4.1) folgt voraussichtlich am", following.Description, StringComparison.Ordinal);

        var englishExpected = Entry(english, "Linux 4.0 (expected)");
        Assert.Equal(expected.Uid, englishExpected.Uid);
        Assert.Equal("http://localhost/en/releases/4.0", englishExpected.Url?.AbsoluteUri);
    }

    [Fact]
    public async Task Once_the_release_is_out_its_entry_moves_to_the_real_day_under_the_same_uid()
    {
        var fourZero = await SeedAsync();
        await using (var db = Database.CreateContext())
        {
            var release = await db.Releases.Include(r => r.Candidates).SingleAsync(r => r.Id == fourZero, Ct);
            release.AddCandidate(7, new DateOnly(2015, 4, 6));
            release.MarkReleased(new DateOnly(2015, 4, 19));
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = new FakeTimeProvider(new DateTimeOffset(2015, 4, 20, 8, 0, 0, TimeSpan.Zero)) };
        var calendar = Calendar.Load(await app.CreateClient().GetStringAsync("/feeds/calendar.ics", Ct))!;

        var released = Assert.Single(calendar.Events, e => e.Uid == $"release-{fourZero}@localhost");
        Assert.Equal("Linux 4.0", released.Summary);
        Assert.Equal(new DateOnly(2015, 4, 19), Day(released));
        Assert.DoesNotContain(calendar.Events, e => e.Summary!.Contains("voraussichtlich", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unchanged_calendar_is_answered_304()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = AfterRc6 };
        var client = app.CreateClient();

        using var first = await client.GetAsync("/feeds/calendar.ics", Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/calendar.ics");
        again.Headers.IfNoneMatch.Add(new EntityTagHeaderValue(first.Headers.ETag!.Tag));
        using var second = await client.SendAsync(again, Ct);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
    }

    private async Task<int> SeedAsync()
    {
        await using var db = Database.CreateContext();
        db.Releases.Add(new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build());
        var fourZero = new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(6).Build();
        db.Releases.Add(fourZero);
        await db.SaveChangesAsync(Ct);
        return fourZero.Id;
    }

    private static CalendarEvent Entry(Calendar calendar, string summary) => Assert.Single(calendar.Events, e => e.Summary == summary);

    private static DateOnly Day(CalendarEvent entry) => DateOnly.FromDateTime(entry.Start!.Value);
}
