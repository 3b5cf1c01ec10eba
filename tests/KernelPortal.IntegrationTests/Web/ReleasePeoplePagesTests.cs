using System.Net;
using System.Text.Json;
using KernelPortal.Core.People;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Git;
using KernelPortal.IntegrationTests.Git;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>/releases/{v}/entwickler, its English twin, /api/releases/{v}/people and the CSV, on figures computed from a real repository.</summary>
public class ReleasePeoplePagesTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<ReleasePeople> SeedAsync()
    {
        using var repo = GitPeopleReaderTests.BuildRepository();
        var people = await new GitPeopleReader(await GitRunner.OpenAsync(repo.Path, Ct)).CountAsync("v1.0", "v1.1", EmployerMap.Default, Ct);
        await using var db = Database.CreateContext();
        var v39 = new ReleaseBuilder("3.19").Released(2015, 2, 8).Build();
        var v40 = new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(7).Released(2015, 4, 12).Build();
        v40.Statistics.Add(new ReleaseStatistics
        {
            Source = StatisticsSource.GitMirror, FromVersion = "3.19", Commits = people.Commits, Developers = people.Developers, People = people,
            ComputedAt = new DateTimeOffset(2015, 4, 13, 6, 0, 0, TimeSpan.Zero), Note = "git mirror, v3.19..v4.0",
        });
        db.AddRange(v39, v40);
        await db.SaveChangesAsync(Ct);
        return people;
    }

    [Fact]
    public async Task The_people_page_shows_the_figures_and_says_where_they_come_from()
    {
        var people = await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var page = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.0/entwickler", Ct));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/en/releases/4.0/entwickler", Ct));
        var overview = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/4.0", Ct));
        var index = WebUtility.HtmlDecode(await client.GetStringAsync("/releases", Ct));

        Assert.Contains("Wer Linux 4.0 gemacht hat", page, StringComparison.Ordinal);
        Assert.Contains($"{people.Developers} Entwickler haben {people.Commits} Commits beigetragen, {people.FirstTime} davon zum ersten Mal", page, StringComparison.Ordinal);
        Assert.Contains("Berechnet am 13. April 2015 aus dem Git-Mirror über die Commits ohne Merges von v3.19 bis v4.0", page, StringComparison.Ordinal);
        // Scoped CSS adds b-… attributes to every element: match the rows and titles with a pattern.
        Assert.Matches(@"<th scope=""row""[^>]*>Rita Review</th><td class=""num""[^>]*>3</td>", page);
        Assert.Matches(@"<title id=""employers-title""[^>]*>Arbeitgeber nach Commits</title>", page);
        Assert.Contains("Google: 40,0\u00A0%", page, StringComparison.Ordinal); // 2 of 5 commits, in the bar's tooltip
        Assert.Contains("Who made Linux 4.0", english, StringComparison.Ordinal);
        Assert.Contains("Google: 40.0%", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/releases/4.0/entwickler\"", overview, StringComparison.Ordinal);
        Assert.Contains($"{people.Developers} Entwickler, {people.FirstTime} zum ersten Mal", overview, StringComparison.Ordinal);
        Assert.Matches(@"<title id=""developers-title""[^>]*>Entwickler je Release</title>", index);

        var feed = await client.GetStringAsync("/feeds/releases/4.0.atom", Ct);
        Assert.Contains("Entwickler-Statistik aus Git (v3.19..v4.0), berechnet am 2015-04-13", feed, StringComparison.Ordinal);
        var google = WebUtility.HtmlDecode(await client.GetStringAsync("/releases/arbeitgeber/google", Ct));
        Assert.Contains("<h1", google, StringComparison.Ordinal);
        Assert.Matches(@"Linux 4\.0</a></th>\s*<td class=""num""[^>]*>2</td>\s*<td class=""num""[^>]*>40,0\u00A0%</td>", google);
        Assert.Contains("href=\"/releases/arbeitgeber/red-hat\"", page, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/releases/arbeitgeber/niemand", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/releases/3.19/entwickler", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/releases/nonsense/entwickler", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_api_and_the_csv_carry_the_same_figures()
    {
        var people = await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        using var json = JsonDocument.Parse(await client.GetStringAsync("/api/releases/4.0/people", Ct));
        var csv = (await client.GetStringAsync("/releases/4.0/entwickler.csv", Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var figures = json.RootElement.GetProperty("people");
        Assert.Equal(people.Developers, figures.GetProperty("developers").GetInt32());
        Assert.Equal(people.FirstTime, figures.GetProperty("firstTime").GetInt32());
        Assert.Equal("rita@suse.com", figures.GetProperty("topReviewers")[0].GetProperty("email").GetString());
        Assert.Equal(people.TopAuthors[0].Share, figures.GetProperty("topAuthors")[0].GetProperty("share").GetDouble());
        Assert.Equal("2015-04-13T06:00:00+00:00", json.RootElement.GetProperty("computedAt").GetString());
        Assert.Equal("list,name,email,count,lines,share", csv[0]);
        Assert.Contains("reviewers,\"Rita Review\",\"rita@suse.com\",3,,", csv);
        Assert.Contains("employers,\"Google\",\"\",2,5,0.4", csv);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/releases/3.19/people", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/api/releases/4.0-rc1/people", Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await client.GetAsync("/releases/x.y/entwickler.csv", Ct)).StatusCode);
    }
}
