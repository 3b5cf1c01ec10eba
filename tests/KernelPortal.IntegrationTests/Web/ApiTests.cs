using System.Globalization;
using System.Net;
using System.Text.Json;
using KernelPortal.Core.Content;
using KernelPortal.Core.Releases;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Web;

public class ApiTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        var tag = new FeatureTag { Slug = "netzwerk", NameDe = "Netzwerk", NameEn = "Networking", Position = 2 };
        var v319 = new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build();
        var v40 = new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(7).Released(2015, 4, 12).Build();
        v40.Statistics.Add(new ReleaseStatistics { Source = StatisticsSource.KernelLogTable, Commits = 10346, Files = 48945, ComputedAt = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero) });
        var v41 = new ReleaseBuilder("4.1").OpenedOn(2015, 4, 12).WithCandidates(2).Build();
        var de = new ArticleBuilder("Netzwerk in 4.0").Build();
        de.Tags.Add(tag);
        de.Release = v40;
        var en = new ArticleBuilder("Networking in 4.0").InEnglish().Build();
        en.Release = v40;
        db.AddRange(tag, v319, v40, v41, de, en, new ArticleBuilder("Entwurf").Draft().Build());
        await db.SaveChangesAsync(Ct);
    }

    private static async Task<JsonElement> JsonAsync(HttpClient client, string path)
    {
        var response = await client.GetAsync(path, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
    }

    [Fact]
    public async Task Releases_list_everything_with_stats_and_the_forecast()
    {
        await SeedAsync();
        // The day after 4.1-rc2: the forecast is for days to come.
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = new FakeTimeProvider(new DateTimeOffset(2015, 5, 4, 8, 0, 0, TimeSpan.Zero)) };

        var json = await JsonAsync(app.CreateClient(), "/api/releases");

        Assert.Equal("4.0", json.GetProperty("latestMainline").GetProperty("version").GetString());
        Assert.Equal("4.1", json.GetProperty("inProgress").GetProperty("version").GetString());
        Assert.Equal("ReleaseCandidates", json.GetProperty("inProgress").GetProperty("state").GetString());
        Assert.StartsWith("Linux 4.1 erscheint voraussichtlich am", json.GetProperty("forecast").GetProperty("sentenceDe").GetString(), StringComparison.Ordinal);
        // No mail read for 4.1: the reasons are the history's, and no mail is linked.
        Assert.Contains(json.GetProperty("forecast").GetProperty("reasonsEn").EnumerateArray(), r => r.GetString()!.Contains("comparable cycles", StringComparison.Ordinal));
        Assert.Equal(JsonValueKind.Null, json.GetProperty("forecast").GetProperty("mailUrl").ValueKind);
        var following = json.GetProperty("forecast").GetProperty("following");
        Assert.Equal("4.2", following.GetProperty("provisionalVersion").GetString());
        Assert.StartsWith("Die Version danach (vorläufig 4.2) folgt voraussichtlich am", following.GetProperty("sentenceDe").GetString(), StringComparison.Ordinal);
        Assert.True(DateOnly.Parse(following.GetProperty("mostLikely").GetString()!, CultureInfo.InvariantCulture) > DateOnly.Parse(json.GetProperty("forecast").GetProperty("latest").GetString()!, CultureInfo.InvariantCulture));
        Assert.InRange(following.GetProperty("candidates").EnumerateArray().Sum(c => c.GetProperty("probability").GetDouble()), 0.99, 1.0001);
        // 4.1 in June 2015, 4.2 in the summer: not the last release of 2015, and no sentence says it.
        var lastOfYear = json.GetProperty("forecast").GetProperty("lastOfYear");
        Assert.Equal(2015, lastOfYear.GetProperty("year").GetInt32());
        Assert.True(lastOfYear.GetProperty("probability").GetDouble() < 0.1);
        Assert.Equal(JsonValueKind.Null, lastOfYear.GetProperty("sentenceDe").ValueKind);
        Assert.False(json.GetProperty("stale").GetBoolean());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("staleness").ValueKind);
        var releases = json.GetProperty("releases").EnumerateArray().ToList();
        Assert.Equal(["4.1", "4.0", "3.19"], releases.Select(r => r.GetProperty("version").GetString()));
        Assert.Equal(10346, releases[1].GetProperty("stats").GetProperty("commits").GetInt64());
        Assert.Equal("2015-04-12", releases[1].GetProperty("releasedOn").GetString());
        Assert.Equal("http://localhost/releases/4.0", releases[1].GetProperty("url").GetString());
    }

    [Fact]
    public async Task One_release_has_its_candidates_and_statistics()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var json = await JsonAsync(app.CreateClient(), "/api/releases/4.0");

        Assert.Equal(7, json.GetProperty("candidates").GetArrayLength());
        Assert.Equal("KernelLogTable", json.GetProperty("statistics")[0].GetProperty("source").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("forecast").ValueKind);
    }

    [Fact]
    public async Task Articles_filter_by_tag_release_and_language_and_never_show_drafts()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var all = await JsonAsync(client, "/api/articles");
        var tagged = await JsonAsync(client, "/api/articles?tag=netzwerk");
        var english = await JsonAsync(client, "/api/articles?lang=en&release=4.0");

        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.DoesNotContain(all.GetProperty("items").EnumerateArray(), a => a.GetProperty("slug").GetString() == "entwurf");
        Assert.Equal("netzwerk-in-4-0", Assert.Single(tagged.GetProperty("items").EnumerateArray()).GetProperty("slug").GetString());
        var item = Assert.Single(english.GetProperty("items").EnumerateArray());
        Assert.Equal("http://localhost/en/articles/networking-in-4-0", item.GetProperty("url").GetString());
        Assert.Equal("4.0", item.GetProperty("release").GetString());
    }

    [Fact]
    public async Task Tags_count_their_published_articles()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var json = await JsonAsync(app.CreateClient(), "/api/tags");

        var tag = Assert.Single(json.EnumerateArray());
        Assert.Equal("Networking", tag.GetProperty("nameEn").GetString());
        Assert.Equal(1, tag.GetProperty("articles").GetInt32());
    }

    [Theory]
    [InlineData("/api/releases/4.x", HttpStatusCode.BadRequest)]
    [InlineData("/api/releases/4.0-rc1", HttpStatusCode.BadRequest)]
    [InlineData("/api/releases/9.9", HttpStatusCode.NotFound)]
    [InlineData("/api/articles?lang=fr", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?page=0", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?page=-1", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?page=99999999999999999999", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?tag=%27%3B%20DROP%20TABLE%20articles", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?tag=unbekannt", HttpStatusCode.NotFound)]
    [InlineData("/api/articles?release=%3Cscript%3E", HttpStatusCode.BadRequest)]
    [InlineData("/api/articles?release=9.9", HttpStatusCode.NotFound)]
    public async Task Malformed_and_unknown_values_are_problems_not_500s(string path, HttpStatusCode expected)
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement;
        Assert.Equal((int)expected, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task Api_responses_support_conditional_get()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        var first = await client.GetAsync("/api/articles", Ct);

        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/articles");
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);

        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again, Ct)).StatusCode);
        Assert.NotNull(first.Content.Headers.LastModified);
    }

    [Fact]
    public async Task The_OpenAPI_document_describes_the_api()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var json = await JsonAsync(app.CreateClient(), "/openapi/v1.json");

        var paths = json.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();
        Assert.Contains("/api/releases", paths);
        Assert.Contains("/api/releases/{version}", paths);
        Assert.Contains("/api/articles", paths);
        Assert.Contains("/api/tags", paths);
    }
}
