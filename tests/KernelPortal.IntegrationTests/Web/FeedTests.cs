using System.Net;
using System.Xml.Linq;
using KernelPortal.Core.Content;
using KernelPortal.Core.Content.Reading;
using KernelPortal.Core.Releases;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Web;

public class FeedTests(PostgresFixture database) : DatabaseTest(database)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        var tag = new FeatureTag { Slug = "netzwerk", NameDe = "Netzwerk", NameEn = "Networking", Position = 2 };
        var release = new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(1).Released(2015, 4, 12).Build();
        var series = new Series { Slug = "was-4-0-bringt", Title = "Was 4.0 bringt", Language = Language.De };
        var german = new ArticleBuilder("Netzwerk in 4.0").Build();
        german.BodyHtml = "<p>Schneller &amp; besser</p><script>x</script>";
        german.Tags.Add(tag);
        german.Release = release;
        german.Series = series;
        german.SeriesPart = 1;
        var english = new ArticleBuilder("Networking in 4.0").InEnglish().Build();
        english.Tags.Add(tag);
        db.AddRange(tag, release, series, german, english, new ArticleBuilder("Geheimer Entwurf").Draft().Build());
        db.Announcements.Add(new Announcement("rc1@fixture", "Linux 4.0-rc1", "Linus Torvalds <torvalds@linux-foundation.org>", new DateTimeOffset(2015, 2, 22, 18, 0, 0, TimeSpan.FromHours(-8)), "Two weeks have passed.\n\n---\n\nshortlog", "raw", AnnouncementKind.ReleaseCandidate, KernelVersion.Parse("4.0-rc1")) { Release = release });
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task An_entry_is_updated_at_its_newest_revision_and_never_before_it_was_published()
    {
        await using (var db = Database.CreateContext())
        {
            var revised = new ArticleBuilder("Später überarbeitet").Build();
            var untouched = new ArticleBuilder("Nie überarbeitet").Build();
            var published = revised.PublishedAt!.Value;
            untouched.PublishedAt = published.AddDays(-1);
            db.AddRange(revised, untouched);
            // Many revisions, the newest two hours after publication; one older than the publication for the other.
            for (var n = 1; n <= 50; n++)
            {
                db.ArticleRevisions.Add(ArticleRevision.Of(revised, n, null, "Redaktion", published.AddMinutes(n * 2.4 - 60)));
            }

            db.ArticleRevisions.Add(ArticleRevision.Of(untouched, 1, null, "Redaktion", published.AddDays(-2)));
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var feed = XDocument.Parse(await app.CreateClient().GetStringAsync("/feeds/all.atom", Ct)).Root!;

        await using var read = Database.CreateContext();
        var articles = await read.Articles.ToDictionaryAsync(a => a.Title, Ct);
        string Updated(string title) => feed.Elements(Atom + "entry").Single(e => e.Element(Atom + "title")!.Value == title).Element(Atom + "updated")!.Value;
        // Feeds carry whole seconds.
        long Seconds(string title) => DateTimeOffset.Parse(Updated(title), System.Globalization.CultureInfo.InvariantCulture).ToUnixTimeSeconds();
        Assert.Equal(articles["Später überarbeitet"].PublishedAt!.Value.AddMinutes(60).ToUnixTimeSeconds(), Seconds("Später überarbeitet"));
        Assert.Equal(articles["Nie überarbeitet"].PublishedAt!.Value.ToUnixTimeSeconds(), Seconds("Nie überarbeitet"));
    }

    [Theory]
    [InlineData("/feeds/all.atom", 2)]
    [InlineData("/feeds/de.atom", 1)]
    [InlineData("/feeds/en.atom", 1)]
    [InlineData("/feeds/tags/netzwerk.atom", 2)]
    [InlineData("/feeds/releases/4.0.atom", 1)]
    [InlineData("/feeds/series/was-4-0-bringt.atom", 1)]
    [InlineData("/feeds/releases.atom", 1)]
    public async Task Atom_feeds_have_every_required_element(string path, int entries)
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path, Ct);
        var feed = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", feed.Name);
        Assert.False(string.IsNullOrEmpty(feed.Element(Atom + "id")?.Value));
        Assert.False(string.IsNullOrEmpty(feed.Element(Atom + "title")?.Value));
        Assert.True(DateTimeOffset.TryParse(feed.Element(Atom + "updated")?.Value, out _));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self" && ((string?)l.Attribute("href"))!.EndsWith(path, StringComparison.Ordinal));
        var items = feed.Elements(Atom + "entry").ToList();
        Assert.Equal(entries, items.Count);
        foreach (var entry in items)
        {
            Assert.False(string.IsNullOrEmpty(entry.Element(Atom + "id")?.Value));
            Assert.False(string.IsNullOrEmpty(entry.Element(Atom + "title")?.Value));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")?.Value, out _));
            Assert.True(Uri.IsWellFormedUriString((string?)entry.Element(Atom + "link")?.Attribute("href"), UriKind.Absolute));
            Assert.False(string.IsNullOrEmpty(entry.Element(Atom + "author")?.Element(Atom + "name")?.Value));
        }

        Assert.DoesNotContain("Geheimer Entwurf", feed.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rss_feeds_have_every_required_element_and_full_content()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync("/feeds/de.rss", Ct);
        var rss = XDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).Root!;

        Assert.Equal("application/rss+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("2.0", (string?)rss.Attribute("version"));
        var channel = rss.Element("channel")!;
        Assert.False(string.IsNullOrEmpty(channel.Element("title")?.Value));
        Assert.True(Uri.IsWellFormedUriString(channel.Element("link")?.Value, UriKind.Absolute));
        Assert.False(string.IsNullOrEmpty(channel.Element("description")?.Value));
        var item = Assert.Single(channel.Elements("item"));
        Assert.Equal("Netzwerk in 4.0", item.Element("title")?.Value);
        Assert.Equal("http://localhost/articles/netzwerk-in-4-0", item.Element("link")?.Value);
        Assert.StartsWith("tag:kernelportal,2026:article:", item.Element("guid")?.Value, StringComparison.Ordinal);
        Assert.Equal("Netzwerk", item.Element("category")?.Value);
        Assert.Contains("<p>Schneller &amp; besser</p>", item.Element(XName.Get("encoded", "http://purl.org/rss/1.0/modules/content/"))?.Value, StringComparison.Ordinal);
        Assert.True(DateTimeOffset.TryParse(item.Element("pubDate")?.Value, out _));
    }

    [Fact]
    public async Task A_poller_gets_304_by_ETag_or_by_date_and_a_new_article_changes_the_feed()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        var first = await client.GetAsync("/feeds/all.atom", Ct);
        var etag = first.Headers.ETag!;
        var lastModified = first.Content.Headers.LastModified!.Value;

        using var byTag = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.atom");
        byTag.Headers.IfNoneMatch.Add(etag);
        using var byDate = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.atom");
        byDate.Headers.IfModifiedSince = lastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byTag, Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate, Ct)).StatusCode);

        await using (var db = Database.CreateContext())
        {
            var article = new ArticleBuilder("Gerade erschienen").Build();
            article.PublishedAt = DateTimeOffset.UtcNow;
            db.Articles.Add(article);
            await db.SaveChangesAsync(Ct);
        }

        // Feeds are output-cached; the CMS and ingestion announce every change, which evicts them.
        await app.Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);
        using var again = new HttpRequestMessage(HttpMethod.Get, "/feeds/all.atom");
        again.Headers.IfNoneMatch.Add(etag);
        var changed = await client.SendAsync(again, Ct);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.NotEqual(etag, changed.Headers.ETag);
        Assert.Contains("Gerade erschienen", await changed.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unpublishing_removes_an_article_from_the_feed()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        Assert.Contains("Netzwerk in 4.0", await client.GetStringAsync("/feeds/all.atom", Ct), StringComparison.Ordinal);

        await using (var db = Database.CreateContext())
        {
            var article = await db.Articles.SingleAsync(a => a.Slug == "netzwerk-in-4-0", Ct);
            article.Status = ArticleStatus.Archived;
            await db.SaveChangesAsync(Ct);
        }

        await app.Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);
        Assert.DoesNotContain("Netzwerk in 4.0", await client.GetStringAsync("/feeds/all.atom", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tag_feed_carries_the_tags_newest_twenty_articles_newest_first()
    {
        await using (var db = Database.CreateContext())
        {
            var tag = new FeatureTag { Slug = "speicher", NameDe = "Speicher", NameEn = "Memory", Position = 1 };
            // Published 1 … 25 days ago, added oldest first so that the order of ids does not decide.
            for (var day = 25; day >= 1; day--)
            {
                var article = new ArticleBuilder($"Speicher Teil {day}").PublishedDaysAgo(day).Build();
                article.Tags.Add(tag);
                db.Articles.Add(article);
            }

            // Newer than all of them, but not in the tag.
            db.Articles.Add(new ArticleBuilder("Netzwerk heute").PublishedDaysAgo(0).Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var feed = XDocument.Parse(await app.CreateClient().GetStringAsync("/feeds/tags/speicher.atom", Ct));

        var titles = feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value).ToList();
        Assert.Equal(FeedReads.MaxEntries, titles.Count);
        Assert.Equal(Enumerable.Range(1, FeedReads.MaxEntries).Select(day => $"Speicher Teil {day}"), titles);
    }

    [Theory]
    [InlineData("/feeds/releases/4.x.atom", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/releases/4.0-rc1.atom", HttpStatusCode.BadRequest)]
    [InlineData("/feeds/releases/9.9.atom", HttpStatusCode.NotFound)]
    [InlineData("/feeds/tags/unbekannt.rss", HttpStatusCode.NotFound)]
    [InlineData("/feeds/tags/..%2F..%2Fetc.atom", HttpStatusCode.NotFound)]
    [InlineData("/feeds/series/nope.atom", HttpStatusCode.NotFound)]
    [InlineData("/feeds/all.json", HttpStatusCode.NotFound)]
    [InlineData("/feeds/everything.atom", HttpStatusCode.NotFound)]
    public async Task Bad_feed_addresses_get_a_problem_not_a_500(string path, HttpStatusCode expected)
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Every_page_announces_its_feeds()
    {
        await SeedAsync();
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var tagPage = await app.CreateClient().GetStringAsync("/tags/netzwerk", Ct);

        Assert.Contains("type=\"application/atom&#x2B;xml\"", tagPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/all.atom\"", tagPage, StringComparison.Ordinal);
        Assert.Contains("href=\"/feeds/tags/netzwerk.atom\"", tagPage, StringComparison.Ordinal);
    }
}
