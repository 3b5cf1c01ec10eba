using System.Net;
using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>The archive by year and month, and the indexes of topics and series.</summary>
public class BrowsePagesTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        var netzwerk = new FeatureTag { Slug = "netzwerk", NameDe = "Netzwerk", NameEn = "Networking", DescriptionDe = "Netze.", DescriptionEn = "Networks." };
        var v40 = new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(7).Released(2015, 4, 12).Build();
        var series = new Series { Slug = "was-4-0-bringt", Title = "Was 4.0 bringt", Language = Language.De, Release = v40 };
        var articles = new List<Article>();
        // 25 German articles in April 2015 (two pages), one in March, one English, one draft, one in the future.
        for (var i = 1; i <= 25; i++)
        {
            var a = new ArticleBuilder($"April-Artikel {i:00}").Build();
            a.PublishedAt = new DateTimeOffset(2015, 4, i, 10, 0, 0, TimeSpan.Zero);
            articles.Add(a);
        }

        var march = new ArticleBuilder("März-Artikel über Netzwerke").Build();
        march.PublishedAt = new DateTimeOffset(2015, 3, 15, 10, 0, 0, TimeSpan.Zero);
        march.Tags.Add(netzwerk);
        march.Series = series;
        march.SeriesPart = 1;
        var english = new ArticleBuilder("An English article").InEnglish().Build();
        english.PublishedAt = new DateTimeOffset(2015, 3, 20, 10, 0, 0, TimeSpan.Zero);
        var draft = new ArticleBuilder("Geheimer Entwurf").Draft().Build();
        draft.Series = series;
        draft.SeriesPart = 2;
        db.AddRange(netzwerk, v40, series, march, english, draft);
        db.AddRange(articles);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task The_archive_lists_the_edition_newest_first_with_pages_and_counts_per_month()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var first = WebUtility.HtmlDecode(await client.GetStringAsync("/articles", Ct));
        var second = WebUtility.HtmlDecode(await client.GetStringAsync("/articles?page=2", Ct));
        var april = WebUtility.HtmlDecode(await client.GetStringAsync("/articles/2015/04", Ct));
        var march = WebUtility.HtmlDecode(await client.GetStringAsync("/articles/2015/03", Ct));
        var english = WebUtility.HtmlDecode(await client.GetStringAsync("/en/articles", Ct));

        Assert.True(first.IndexOf("April-Artikel 25", StringComparison.Ordinal) < first.IndexOf("April-Artikel 24", StringComparison.Ordinal));
        Assert.DoesNotContain("April-Artikel 05", first, StringComparison.Ordinal); // page size 20
        Assert.Contains("April-Artikel 05", second, StringComparison.Ordinal);
        Assert.Contains("März-Artikel über Netzwerke", second, StringComparison.Ordinal);
        Assert.Contains("Alle Artikel (26)", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/2015/04\">April</a> <span class=\"count\">(25)</span>", first, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/2015/03\">März</a> <span class=\"count\">(1)</span>", first, StringComparison.Ordinal);
        Assert.Contains("Seite 1 von 2", first, StringComparison.Ordinal);
        Assert.Contains("Seite 1 von 2", april, StringComparison.Ordinal); // 25 in April: the month's own total
        Assert.DoesNotContain("Seite 1 von", march, StringComparison.Ordinal); // one in March: no pager
        Assert.DoesNotContain("März-Artikel", april, StringComparison.Ordinal);
        Assert.Contains("Artikel aus dem März 2015", march, StringComparison.Ordinal);
        Assert.Contains("März-Artikel über Netzwerke", march, StringComparison.Ordinal);
        Assert.DoesNotContain("An English article", first + second, StringComparison.Ordinal);
        Assert.Contains("An English article", english, StringComparison.Ordinal);
        Assert.DoesNotContain("Geheimer Entwurf", first + second + april + march, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Articles_are_dated_and_filed_on_the_newsrooms_clock_not_by_their_UTC_day()
    {
        // 22:30 UTC on 31 March 2015 is 00:30 on 1 April in Berlin (summer time since 29 March), and 23:30 UTC on
        // 31 December 2014 is 00:30 on New Year's Day there (winter time).
        await using (var db = Database.CreateContext())
        {
            var april = new ArticleBuilder("Kurz nach Mitternacht im April").Build();
            april.PublishedAt = new DateTimeOffset(2015, 3, 31, 22, 30, 0, TimeSpan.Zero);
            var march = new ArticleBuilder("Spät am Abend im März").Build();
            march.PublishedAt = new DateTimeOffset(2015, 3, 31, 21, 30, 0, TimeSpan.Zero);
            var newYear = new ArticleBuilder("Neujahr kurz nach Mitternacht").Build();
            newYear.PublishedAt = new DateTimeOffset(2014, 12, 31, 23, 30, 0, TimeSpan.Zero);
            db.AddRange(april, march, newYear);
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var all = WebUtility.HtmlDecode(await client.GetStringAsync("/articles", Ct));
        var inApril = WebUtility.HtmlDecode(await client.GetStringAsync("/articles/2015/04", Ct));
        var inMarch = WebUtility.HtmlDecode(await client.GetStringAsync("/articles/2015/03", Ct));
        var in2015 = WebUtility.HtmlDecode(await client.GetStringAsync("/articles/2015", Ct));
        var in2014 = WebUtility.HtmlDecode(await client.GetStringAsync("/articles/2014", Ct));
        var article = WebUtility.HtmlDecode(await client.GetStringAsync("/articles/kurz-nach-mitternacht-im-april", Ct));

        Assert.Contains("<a href=\"/articles/2015/04\">April</a> <span class=\"count\">(1)</span>", all, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/2015/03\">März</a> <span class=\"count\">(1)</span>", all, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/2015/01\">Januar</a> <span class=\"count\">(1)</span>", all, StringComparison.Ordinal);
        Assert.Contains("Kurz nach Mitternacht im April", inApril, StringComparison.Ordinal);
        Assert.DoesNotContain("Spät am Abend im März", inApril, StringComparison.Ordinal);
        Assert.Contains("Spät am Abend im März", inMarch, StringComparison.Ordinal);
        Assert.DoesNotContain("Kurz nach Mitternacht im April", inMarch, StringComparison.Ordinal);
        Assert.Contains("Neujahr kurz nach Mitternacht", in2015, StringComparison.Ordinal);
        Assert.DoesNotContain("Neujahr kurz nach Mitternacht", in2014, StringComparison.Ordinal);
        Assert.Contains("1. April 2015", article, StringComparison.Ordinal);
        Assert.DoesNotContain("31. März 2015", article, StringComparison.Ordinal);
        Assert.Contains("1. Januar 2015", in2015, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/2015/13")]
    [InlineData("/articles/2015/0")]
    [InlineData("/articles/99999")]
    public async Task Impossible_months_are_404(string path)
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Theory]
    [InlineData("/articles?page=3", "/articles?page=2")]
    [InlineData("/articles/2015/03?page=2", "/articles/2015/03")]
    [InlineData("/tags/netzwerk?page=2", "/tags/netzwerk")]
    public async Task A_page_past_the_last_is_404_and_the_last_is_not(string pastTheEnd, string last)
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        using var missing = await client.GetAsync(pastTheEnd, Ct);
        using var found = await client.GetAsync(last, Ct);

        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
    }

    [Fact]
    public async Task An_empty_archive_says_so_on_its_first_page()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var page = WebUtility.HtmlDecode(await app.CreateClient().GetStringAsync("/articles", Ct));

        Assert.Contains("Hier ist noch nichts erschienen.", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Topics_and_series_have_indexes_linked_from_every_page()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var tags = WebUtility.HtmlDecode(await client.GetStringAsync("/tags", Ct));
        var series = WebUtility.HtmlDecode(await client.GetStringAsync("/series", Ct));
        var tag = await client.GetStringAsync("/tags/netzwerk", Ct);
        var home = await client.GetStringAsync("/en", Ct);
        var sitemap = await client.GetStringAsync("/sitemap.xml", Ct);

        Assert.Contains("<a href=\"/tags/netzwerk\">Netzwerk</a> <span class=\"count\">(1 Artikel)</span>", tags, StringComparison.Ordinal);
        Assert.Contains("Neuester: <a href=\"/articles/maerz-artikel-ueber-netzwerke\">März-Artikel über Netzwerke</a>", tags, StringComparison.Ordinal);
        Assert.Contains("Was 4.0 bringt", series, StringComparison.Ordinal);
        Assert.Contains("Linux 4.0", series, StringComparison.Ordinal);
        Assert.Contains("1 Teil erschienen, weitere folgen", series, StringComparison.Ordinal); // the draft part is still to come
        Assert.DoesNotContain("Geheimer Entwurf", series, StringComparison.Ordinal);
        Assert.Contains("href=\"/tags\"", tag, StringComparison.Ordinal);
        foreach (var link in new[] { "/en/articles", "/en/releases", "/en/tags", "/en/series" })
        {
            Assert.Contains($"href=\"{link}\"", home, StringComparison.Ordinal);
        }

        Assert.Contains("/articles</loc>", sitemap, StringComparison.Ordinal);
        Assert.Contains("/series</loc>", sitemap, StringComparison.Ordinal);
    }
}
