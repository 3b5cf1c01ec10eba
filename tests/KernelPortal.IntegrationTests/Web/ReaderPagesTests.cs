using System.Net;
using System.Text.Json;
using KernelPortal.Core.Content;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Releases;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Web;

public class ReaderPagesTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly MarkdownRenderer Renderer = new();

    private async Task<(FeatureTag Tag, Release Release)> SeedAsync(params Article[] articles)
    {
        await using var db = Database.CreateContext();
        var tag = new FeatureTag { Slug = "netzwerk", NameDe = "Netzwerk", NameEn = "Networking", DescriptionDe = "Netz", Position = 2 };
        var previous = new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build();
        var release = new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(7).Released(2015, 4, 12).Build();
        release.Statistics.Add(new ReleaseStatistics { Source = StatisticsSource.KernelLogTable, Commits = 10346, Files = 48945, Lines = 19_000_000, ComputedAt = DateTimeOffset.UtcNow });
        db.AddRange(tag, previous, release);
        foreach (var article in articles)
        {
            article.Tags.Add(tag);
            article.Release = release;
            db.Articles.Add(article);
        }

        await db.SaveChangesAsync(Ct);
        return (tag, release);
    }

    private static Article Published(string title, string markdown, Language language = Language.De)
    {
        var article = new ArticleBuilder(title).Build();
        article.BodyMarkdown = markdown;
        article.BodyHtml = Renderer.ToHtml(markdown);
        article.Language = language;
        article.Iow = "Kurz gesagt: " + title;
        return article;
    }

    [Fact]
    public async Task An_article_page_shows_the_rendered_article_with_its_metadata()
    {
        var markdown = "## Eins\n\nText\n\n## Zwei\n\nText\n\n## Drei\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\nFußnote[^1]\n\n[^1]: Quelle\n";
        await SeedAsync(Published("Netzwerk in 4.0", markdown));
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync("/articles/netzwerk-in-4-0", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<h1", html, StringComparison.Ordinal);
        Assert.Contains("Netzwerk in 4.0", html, StringComparison.Ordinal);
        Assert.Contains("<h2 id=\"eins\">Eins</h2>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"toc\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"#drei\"", html, StringComparison.Ordinal);
        Assert.Contains("<table>", html, StringComparison.Ordinal);
        Assert.Contains("footnote", html, StringComparison.Ordinal);
        Assert.Contains("Kurz gesagt: Netzwerk in 4.0", html, StringComparison.Ordinal);
        Assert.DoesNotContain("aktualisiert", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/tags/netzwerk\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/releases/4.0\"", html, StringComparison.Ordinal);
        Assert.Contains("<meta property=\"og:title\" content=\"Netzwerk in 4.0\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"canonical\" href=\"http://localhost/articles/netzwerk-in-4-0\"", html, StringComparison.Ordinal);
        // Blazor writes the attribute as "application/ld&#x2B;json", which browsers read as ld+json.
        var script = html[html.IndexOf("<script type=\"application/ld", StringComparison.Ordinal)..];
        var jsonLd = script[(script.IndexOf('>', StringComparison.Ordinal) + 1)..script.IndexOf("</script>", StringComparison.Ordinal)];
        using var json = JsonDocument.Parse(jsonLd);
        Assert.Equal("NewsArticle", json.RootElement.GetProperty("@type").GetString());
        Assert.Equal("Netzwerk in 4.0", json.RootElement.GetProperty("headline").GetString());
    }

    [Fact]
    public async Task A_later_content_revision_shows_as_updated()
    {
        var article = Published("Überarbeitet", "Text");
        article.PublishedAt = new DateTimeOffset(2015, 4, 13, 8, 0, 0, TimeSpan.Zero);
        article.Revisions.Add(ArticleRevision.Of(article, 1, null, "Redaktion", new DateTimeOffset(2015, 4, 13, 8, 0, 0, TimeSpan.Zero)));
        article.Revisions.Add(ArticleRevision.Of(article, 2, null, "Redaktion", new DateTimeOffset(2015, 4, 20, 8, 0, 0, TimeSpan.Zero)));
        await SeedAsync(article);
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var html = await app.CreateClient().GetStringAsync("/articles/ueberarbeitet", Ct);

        var byline = html[html.IndexOf("class=\"byline\"", StringComparison.Ordinal)..];
        byline = byline[..byline.IndexOf("</p>", StringComparison.Ordinal)];
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(byline, "aktualisiert <time datetime=\"2015-04-20T08:00:00[^\"]*\"[^>]*>20. April 2015</time>"), byline);
    }

    [Fact]
    public async Task Drafts_reviews_and_articles_scheduled_for_later_are_404_and_listed_nowhere()
    {
        var draft = new ArticleBuilder("Geheimer Entwurf").Draft().Build();
        var scheduled = new ArticleBuilder("Erst morgen").ScheduledFor(DateTimeOffset.UtcNow.AddDays(1)).Build();
        var future = new ArticleBuilder("Zukunft").Build();
        future.PublishedAt = DateTimeOffset.UtcNow.AddHours(2);
        await SeedAsync(draft, scheduled, future, Published("Sichtbar", "Text"));
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        foreach (var slug in new[] { "geheimer-entwurf", "erst-morgen", "zukunft" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/articles/{slug}", Ct)).StatusCode);
        }

        foreach (var page in new[] { "/", "/tags/netzwerk", "/releases/4.0", "/sitemap.xml", "/search?q=Geheimer", "/search?q=morgen", "/search?q=Zukunft" })
        {
            var html = await client.GetStringAsync(page, Ct);
            Assert.DoesNotContain("geheimer-entwurf", html, StringComparison.Ordinal);
            Assert.DoesNotContain("erst-morgen", html, StringComparison.Ordinal);
            Assert.DoesNotContain("/articles/zukunft", html, StringComparison.Ordinal);
        }

        Assert.Contains("Sichtbar", await client.GetStringAsync("/tags/netzwerk", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/articles/gibt-es-nicht")]
    [InlineData("/articles/..%2F..%2Fetc%2Fpasswd")]
    [InlineData("/releases/9.99")]
    [InlineData("/releases/4.0-rc1")]
    [InlineData("/releases/not-a-version")]
    [InlineData("/tags/unbekannt")]
    [InlineData("/series/unbekannt")]
    public async Task Unknown_slugs_and_versions_get_a_real_404_page(string path)
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Diese Seite gibt es nicht", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Hostile_Markdown_reaches_the_page_without_anything_executable()
    {
        const string markdown = "<script>alert(1)</script>\n\n[klick](javascript:alert(2))\n\n![x](data:image/svg+xml;base64,PHN2Zz4=)\n\n<img src=x onerror=alert(3)>\n\n<svg onload=alert(4)>\n\n[v](vbscript:msgbox)\n\n<form action=/x><input name=a></form>";
        await SeedAsync(Published("Feindlich", markdown));
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var html = await app.CreateClient().GetStringAsync("/articles/feindlich", Ct);
        var body = html[html.IndexOf("class=\"body\"", StringComparison.Ordinal)..];

        Assert.DoesNotContain("<script>alert", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:image", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<img[^>]+src=", body);
        Assert.DoesNotContain("<svg", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<form", body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotMatch(@"<[a-z][^>]*\son[a-z]+=", body);
        Assert.Contains("&lt;script&gt;", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_overview_shows_timeline_stats_and_articles()
    {
        await SeedAsync(Published("Netzwerk in 4.0", "Text"));
        await using (var db = Database.CreateContext())
        {
            var release = await db.Releases.Include(r => r.Candidates).SingleAsync(r => r.VersionText == "4.0", Ct);
            var mail = new Announcement("rc1@fixture", "Linux 4.0-rc1", "Linus Torvalds <torvalds@linux-foundation.org>", new DateTimeOffset(2015, 2, 22, 18, 0, 0, TimeSpan.FromHours(-8)), "b", "r", AnnouncementKind.ReleaseCandidate, KernelVersion.Parse("4.0-rc1")) { Release = release };
            release.Candidates.Single(c => c.Number == 1).Announcement = mail;
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var html = await app.CreateClient().GetStringAsync("/releases/4.0", Ct);

        Assert.Contains("Linux 4.0", html, StringComparison.Ordinal);
        Assert.Contains("Merge Window geöffnet", html, StringComparison.Ordinal);
        Assert.Contains("https://lore.kernel.org/lkml/rc1%40fixture/", html, StringComparison.Ordinal);
        Assert.Contains("4.0-rc7", html, StringComparison.Ordinal);
        Assert.Contains("Linux 4.0 freigegeben", html, StringComparison.Ordinal);
        Assert.Contains("10.346", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/articles/netzwerk-in-4-0\"", html, StringComparison.Ordinal);
        Assert.Contains("href=\"/releases/3.19\" rel=\"prev\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unreleased_version_shows_its_forecast()
    {
        await SeedAsync();
        await using (var db = Database.CreateContext())
        {
            db.Releases.Add(new ReleaseBuilder("4.1").OpenedOn(2015, 4, 12).WithCandidates(1).Build());
            await db.SaveChangesAsync(Ct);
        }

        // The day after 4.1-rc1.
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = new FakeTimeProvider(new DateTimeOffset(2015, 4, 27, 8, 0, 0, TimeSpan.Zero)) };
        var html = await app.CreateClient().GetStringAsync("/releases/4.1", Ct);

        Assert.Contains("Linux 4.1 erscheint voraussichtlich am", html, StringComparison.Ordinal);
        Assert.Contains("Wahrscheinlichkeit je Termin", html, StringComparison.Ordinal);
        Assert.Contains("Die Version danach (vorläufig 4.2) folgt voraussichtlich am", html, StringComparison.Ordinal);
        // 4.1 in June, 4.2 in the summer: 4.1 is not the last of its year.
        Assert.DoesNotContain("die letzte Version des Jahres", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_release_likely_the_last_of_its_year_says_so_beside_the_release_after_it()
    {
        await SeedAsync();
        await using (var db = Database.CreateContext())
        {
            // 4.2 out on 30 August 2015, 4.3 at rc6 on 18 October: its release in November, the one after it in 2016.
            db.Releases.Add(new ReleaseBuilder("4.1").OpenedOn(2015, 4, 12).WithCandidates(8).Released(2015, 6, 21).Build());
            db.Releases.Add(new ReleaseBuilder("4.2").OpenedOn(2015, 6, 21).WithCandidates(8).Released(2015, 8, 30).Build());
            db.Releases.Add(new ReleaseBuilder("4.3").OpenedOn(2015, 8, 30).WithCandidates(6).Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = new FakeTimeProvider(new DateTimeOffset(2015, 10, 19, 8, 0, 0, TimeSpan.Zero)) };
        var client = app.CreateClient();
        var release = await client.GetStringAsync("/releases/4.3", Ct);
        var front = await client.GetStringAsync("/", Ct);

        Assert.Contains("Die Version danach (vorläufig 4.4) folgt voraussichtlich am", release, StringComparison.Ordinal);
        Assert.Contains("2016", release[release.IndexOf("Die Version danach", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.Contains("Linux 4.3 wäre damit wahrscheinlich (", release, StringComparison.Ordinal);
        Assert.Contains("die letzte Version des Jahres 2015 – die letzte eines Jahres wird meist die neue Langzeitversion (LTS).", release, StringComparison.Ordinal);
        Assert.Contains("Linux 4.3 wäre damit wahrscheinlich (", front, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_releases_index_has_charts_sorting_and_a_csv()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/releases?sort=commits&dir=asc", Ct);
        var csv = await client.GetAsync("/releases.csv", Ct);
        var text = await csv.Content.ReadAsStringAsync(Ct);

        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("aria-sort=\"ascending\"", html, StringComparison.Ordinal);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.StartsWith("version,state,provisional,released_on", text, StringComparison.Ordinal);
        Assert.Contains("\n4.0,Released,false,2015-04-12,7,48945,19000000,,", text, StringComparison.Ordinal);
        Assert.Equal(200, (int)(await client.GetAsync("/releases?sort=%27%3B+DROP+TABLE+releases&dir=sideways", Ct)).StatusCode);
    }

    [Fact]
    public async Task The_front_page_shows_the_ten_newest_releases_and_links_to_all_of_them()
    {
        await SeedAsync();
        await using (var db = Database.CreateContext())
        {
            // 4.1 … 4.11 after the seeded 3.19 and 4.0: thirteen releases, of which 4.2 … 4.11 are the ten newest.
            for (var minor = 1; minor <= 11; minor++)
            {
                var released = new DateOnly(2015, 6, 1).AddDays(63 * minor);
                db.Releases.Add(new ReleaseBuilder($"4.{minor}").Released(released.Year, released.Month, released.Day).Build());
            }

            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        var home = await client.GetStringAsync("/", Ct);
        var english = await client.GetStringAsync("/en", Ct);

        var box = home[home.IndexOf("releases-heading", StringComparison.Ordinal)..];
        Assert.Contains("href=\"/releases/4.11\"", box, StringComparison.Ordinal);
        Assert.Contains("href=\"/releases/4.2\"", box, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/releases/4.1\"", box, StringComparison.Ordinal);
        Assert.DoesNotContain("href=\"/releases/3.19\"", box, StringComparison.Ordinal);
        Assert.True(box.IndexOf("/releases/4.11\"", StringComparison.Ordinal) < box.IndexOf("/releases/4.2\"", StringComparison.Ordinal), "newest first");
        Assert.Matches("<a href=\"/releases\"[^>]*>Alle 13 Releases in Zahlen →</a>", box);
        Assert.Matches("<a href=\"/en/releases\"[^>]*>All 13 releases in figures →</a>", english);
    }

    [Fact]
    public async Task Search_finds_inflected_German_words_in_both_directions()
    {
        await SeedAsync(
            Published("Neues für Dateisysteme", "Ext4 und XFS."),
            Published("Ein Dateisystem für Flash", "F2FS."),
            Published("Networking news", "The file systems are elsewhere.", Language.En));
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var singular = await client.GetStringAsync("/search?q=Dateisystem", Ct);
        var plural = await client.GetStringAsync("/search?q=Dateisysteme", Ct);

        foreach (var html in new[] { singular, plural })
        {
            Assert.Contains("2 Treffer", html, StringComparison.Ordinal);
            Assert.Contains("/articles/neues-fuer-dateisysteme", html, StringComparison.Ordinal);
            Assert.Contains("/articles/ein-dateisystem-fuer-flash", html, StringComparison.Ordinal);
        }

        Assert.Contains("<mark>", singular, StringComparison.Ordinal);
        Assert.Contains("/articles/networking-news", await client.GetStringAsync("/search?q=system", Ct) + await client.GetStringAsync("/search?q=file+system", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_ranks_title_above_body_and_pages()
    {
        var articles = Enumerable.Range(1, 12).Select(i => Published($"Artikel {i}", $"Hier geht es auch um Scheduler, Nummer {i}.")).ToList();
        articles.Add(Published("Der neue Scheduler", "Im Text steht nichts weiter."));
        await SeedAsync([.. articles]);
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var first = await client.GetStringAsync("/search?q=Scheduler", Ct);
        var second = await client.GetStringAsync("/search?q=Scheduler&page=2", Ct);

        Assert.Contains("13 Treffer", first, StringComparison.Ordinal);
        var titleHit = first.IndexOf("/articles/der-neue-scheduler", StringComparison.Ordinal);
        Assert.True(titleHit > 0 && titleHit < first.IndexOf("/articles/artikel-", StringComparison.Ordinal), "the title hit ranks first");
        Assert.Contains("Seite 2 von 2", second, StringComparison.Ordinal);
        Assert.DoesNotContain("/articles/der-neue-scheduler", second, StringComparison.Ordinal);
        using var third = await client.GetAsync("/search?q=Scheduler&page=3", Ct);
        Assert.Equal(HttpStatusCode.NotFound, third.StatusCode);
    }

    [Theory]
    [InlineData("")]
    [InlineData("%20%20%20")]
    [InlineData("der%20die%20das")]
    [InlineData("%22%3Cscript%3Ealert(1)%3C%2Fscript%3E")]
    [InlineData("a%27%3B%20DROP%20TABLE%20articles%3B--")]
    [InlineData("%5C%5C%5C%27%27%27%7C%26%21")]
    [InlineData("----or-or-or")]
    public async Task Empty_and_absurd_queries_are_answered_gracefully(string query)
    {
        await SeedAsync(Published("Sichtbar", "Text"));
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync($"/search?q={query}&page=-5", Ct);
        var html = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert", html, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(1, await db.Articles.CountAsync(Ct));
    }

    [Fact]
    public async Task A_very_long_query_is_cut_not_refused()
    {
        await SeedAsync(Published("Sichtbar", "Text"));
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync("/search?q=" + new string('x', 5000), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public void The_search_SQL_uses_the_indexed_vector_with_per_language_configurations()
    {
        Assert.Contains("s.search_vector @@ (q.de || q.en)", ArticleSearch.Sql, StringComparison.Ordinal);
        Assert.Contains("websearch_to_tsquery('english'", ArticleSearch.Sql, StringComparison.Ordinal);
        Assert.Contains("to_tsquery('german'", ArticleSearch.Sql, StringComparison.Ordinal);
        Assert.Contains("FROM article_search s, q", ArticleSearch.Sql, StringComparison.Ordinal);
        var query = ArticleSearch.GermanQuery("Dateisysteme Flash");
        var groups = query.Split(" & ");
        Assert.Equal(2, groups.Length);
        Assert.Contains("'dateisysteme'", groups[0], StringComparison.Ordinal);
        Assert.Contains("'dateisystem'", groups[0], StringComparison.Ordinal);
        Assert.Contains("'flashes'", groups[1], StringComparison.Ordinal);
        Assert.Equal("('o''reilly')", ArticleSearch.GermanQuery("o'reilly,"));
        Assert.Equal(string.Empty, ArticleSearch.GermanQuery("\"live patching\""));
    }

    [Fact]
    public async Task Tag_and_series_pages_list_their_published_articles_in_order()
    {
        var one = Published("Teil eins", "Text");
        var two = Published("Teil zwei", "Text");
        await SeedAsync(two, one);
        await using (var db = Database.CreateContext())
        {
            var series = new Series { Slug = "was-4-0-bringt", Title = "Was 4.0 bringt", Language = Language.De };
            db.Series.Add(series);
            var articles = await db.Articles.ToListAsync(Ct);
            articles.Single(a => a.Slug == "teil-eins").Series = series;
            articles.Single(a => a.Slug == "teil-eins").SeriesPart = 1;
            articles.Single(a => a.Slug == "teil-zwei").Series = series;
            articles.Single(a => a.Slug == "teil-zwei").SeriesPart = 2;
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        var seriesPage = await client.GetStringAsync("/series/was-4-0-bringt", Ct);
        var article = await client.GetStringAsync("/articles/teil-zwei", Ct);

        Assert.True(seriesPage.IndexOf("teil-eins", StringComparison.Ordinal) < seriesPage.IndexOf("teil-zwei", StringComparison.Ordinal));
        Assert.Contains("class=\"series-nav\"", article, StringComparison.Ordinal);
        Assert.Contains("<a href=\"/articles/teil-eins\"", article, StringComparison.Ordinal);
        Assert.Contains("aria-current=\"page\"", article, StringComparison.Ordinal);
        Assert.Contains("Teil eins", await client.GetStringAsync("/tags/netzwerk", Ct), StringComparison.Ordinal);
        var home = await client.GetStringAsync("/", Ct);
        Assert.Contains("href=\"/series/was-4-0-bringt\"", home, StringComparison.Ordinal);
        Assert.True(home.IndexOf("\"/articles/teil-eins\"", home.IndexOf("series-heading", StringComparison.Ordinal), StringComparison.Ordinal) > 0);
    }

    [Fact]
    public async Task The_interface_speaks_English_under_en_and_the_switch_keeps_the_page()
    {
        await SeedAsync(Published("Netzwerk in 4.0", "Text"));
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var german = await client.GetStringAsync("/releases/4.0?x=1", Ct);
        var english = await client.GetStringAsync("/en/releases/4.0", Ct);
        var englishHome = await client.GetStringAsync("/en", Ct);
        var englishArticle = await client.GetStringAsync("/en/articles/netzwerk-in-4-0", Ct);
        var missing = await client.GetAsync("/en/articles/gibt-es-nicht", Ct);

        Assert.Contains("<html lang=\"de\"", german, StringComparison.Ordinal);
        Assert.Contains("Zeitplan", german, StringComparison.Ordinal);
        Assert.Contains("class=\"language-switch\" href=\"/en/releases/4.0?x=1\"", german, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"en\"", english, StringComparison.Ordinal);
        Assert.Contains("Timeline", english, StringComparison.Ordinal);
        Assert.Contains("12 April 2015", english, StringComparison.Ordinal);
        Assert.Contains("class=\"language-switch\" href=\"/releases/4.0\"", english, StringComparison.Ordinal);
        Assert.Contains("href=\"/en/articles/netzwerk-in-4-0\"", english, StringComparison.Ordinal);
        Assert.Contains("Latest articles", englishHome, StringComparison.Ordinal);
        Assert.Matches("href=\"/en/tags/netzwerk\"[^>]*>Networking</a>", englishArticle);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Contains("This page does not exist", await missing.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_sitemap_lists_public_pages()
    {
        await SeedAsync(Published("Sichtbar", "Text"));
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var xml = System.Xml.Linq.XDocument.Parse(await app.CreateClient().GetStringAsync("/sitemap.xml", Ct));
        var urls = xml.Descendants().Where(e => e.Name.LocalName == "loc").Select(e => e.Value).ToList();

        Assert.Contains("http://localhost/articles/sichtbar", urls);
        Assert.Contains("http://localhost/releases/4.0", urls);
        Assert.Contains("http://localhost/tags/netzwerk", urls);
    }
}
