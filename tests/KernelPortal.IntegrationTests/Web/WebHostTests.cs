using System.Net;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;
using Npgsql;

namespace KernelPortal.IntegrationTests.Web;

public class WebHostTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_home_page_lists_the_releases_from_the_database()
    {
        await using (var db = Database.CreateContext())
        {
            db.Releases.Add(new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build());
            db.Releases.Add(new ReleaseBuilder("3.20").OpenedOn(2015, 2, 8).Provisional().Build());
            await db.SaveChangesAsync(Ct);
        }

        // A week into 3.20's merge window.
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = new FakeTimeProvider(new DateTimeOffset(2015, 2, 15, 10, 0, 0, TimeSpan.Zero)) };
        var response = await app.CreateClient().GetAsync("/", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Linux 3.19", html, StringComparison.Ordinal);
        Assert.Contains("8. Februar 2015", html, StringComparison.Ordinal);
        Assert.Contains("Merge Window offen seit", html, StringComparison.Ordinal);
        Assert.Contains("Vorläufige Nummer", html, StringComparison.Ordinal);
        Assert.Contains("Datenstand: 8. Februar 2015", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<blazor-ssr>", html, StringComparison.Ordinal);
        Assert.Contains("Die nächste Version (vorläufig 3.20) erscheint voraussichtlich am 12. April", html, StringComparison.Ordinal);
        // And the release after it, a whole cycle later.
        Assert.Contains("Die Version danach (vorläufig 3.21) folgt voraussichtlich am 14. Juni", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_home_page_shows_published_articles_only()
    {
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(new ArticleBuilder("Veröffentlichter Artikel").Build());
            db.Articles.Add(new ArticleBuilder("Geheimer Entwurf").Draft().Build());
            db.Articles.Add(new ArticleBuilder("Erst morgen").ScheduledFor(DateTimeOffset.UtcNow.AddDays(1)).Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var html = await app.CreateClient().GetStringAsync("/", Ct);

        Assert.Contains("Veröffentlichter Artikel", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheimer Entwurf", html, StringComparison.Ordinal);
        Assert.DoesNotContain("Erst morgen", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Healthz_answers_200_when_the_database_is_reachable()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync(Ct));
    }

    [Fact]
    public async Task Healthz_answers_503_when_the_database_is_not_reachable()
    {
        // A port nothing listens on: the check must report it rather than hang or throw.
        var unreachable = new NpgsqlConnectionStringBuilder(Database.ConnectionString) { Port = 1, Timeout = 2 }.ConnectionString;
        await using var app = new PortalAppFactory(unreachable);

        var response = await app.CreateClient().GetAsync("/healthz", Ct);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("Unhealthy\ndatabase: PostgreSQL is not reachable.", await response.Content.ReadAsStringAsync(Ct));
    }

    [Theory]
    [InlineData("/css/site.css", "text/css")]
    [InlineData("/favicon.ico", "image/x-icon")]
    [InlineData("/robots.txt", "text/plain")]
    public async Task Serves_the_top_level_wwwroot(string path, string contentType)
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(contentType, response.Content.Headers.ContentType?.MediaType);
        var expected = await File.ReadAllBytesAsync(Path.Combine(Repository.Root, "wwwroot", path.TrimStart('/')), Ct);
        Assert.Equal(expected, await response.Content.ReadAsByteArrayAsync(Ct));
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/api/tags")]
    [InlineData("/feeds/all.atom")]
    [InlineData("/gibt-es-nicht")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path, Ct);
        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("script-src 'self'", csp, StringComparison.Ordinal);
        Assert.DoesNotContain("unsafe-inline", csp, StringComparison.Ordinal);
        Assert.Contains("frame-ancestors 'none'", csp, StringComparison.Ordinal);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("DENY", Assert.Single(response.Headers.GetValues("X-Frame-Options")));
    }

    [Fact]
    public async Task Pages_have_no_inline_scripts_or_styles()
    {
        await using (var db = Database.CreateContext())
        {
            db.Releases.Add(new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(1).Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        foreach (var path in new[] { "/", "/releases", "/releases/4.0", "/search?q=x" })
        {
            var html = await client.GetStringAsync(path, Ct);
            Assert.DoesNotMatch("<script(?![^>]*application/ld)", html);
            Assert.DoesNotContain(" style=\"", html, StringComparison.Ordinal);
            Assert.DoesNotContain("<style", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task An_unknown_address_gets_the_not_found_page()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync("/gibt-es-nicht", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Diese Seite gibt es nicht", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }
}
