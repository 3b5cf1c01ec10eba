using System.Xml.Linq;
using AngleSharp.Html.Parser;
using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.Core.Markdown;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Security;

/// <summary>
/// The OWASP filter-evasion vectors and the Markdown tricks, saved through the CMS's own service: the public page,
/// the CMS preview, both feeds and the API must carry none of them in executable form.
/// </summary>
public class HostileContentTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Vectors = [.. File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "fixtures", "security", "xss-vectors.txt"))
        .Where(line => line.Length > 0 && !line.StartsWith('#'))];

    private const string HostileTitle = "<script>alert('title')</script><img src=x onerror=alert(1)>";

    private static async Task<(PortalAppFactory App, string Slug, int Id)> PublishHostileArticleAsync(PostgresFixture database)
    {
        var app = new PortalAppFactory(database.ConnectionString);
        var editing = app.Services.GetRequiredService<ArticleEditService>();
        var editor = new Actor(null, "<b onmouseover=alert(1)>Redaktion</b>", Roles.Editor);
        var fields = new ArticleFields
        {
            Title = HostileTitle,
            Slug = "feindlicher-artikel",
            Lead = "<img src=x onerror=alert('lead')> [x](javascript:alert(1))",
            Iow = "<svg onload=alert('iow')>",
            BodyMarkdown = string.Join("\n\n", Vectors),
        };

        // The editor refuses images from anywhere but the media library, hostile ones included ...
        var refused = Assert.IsType<EditResult.Invalid>(await editing.CreateAsync(fields, editor, Ct));
        Assert.Contains("is not in the media library", refused.Errors[nameof(ArticleFields.BodyMarkdown)], StringComparison.Ordinal);
        var created = Assert.IsType<EditResult.Saved>(await editing.CreateAsync(fields with { BodyMarkdown = string.Join("\n\n", Vectors.Where(v => !v.Contains("![", StringComparison.Ordinal))) }, editor, Ct));
        Assert.IsType<EditResult.Saved>(await editing.TransitionAsync(created.ArticleId, ArticleStatus.Published, null, created.Token, editor, Ct));

        // ... but a row stored before that rule (or written by another path) still holds them: the renderer defuses them too.
        await using var db = database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == created.ArticleId, Ct);
        article.BodyMarkdown = fields.BodyMarkdown;
        article.BodyHtml = app.Services.GetRequiredService<MarkdownRenderer>().ToHtml(fields.BodyMarkdown);
        await db.SaveChangesAsync(Ct);
        return (app, "feindlicher-artikel", created.ArticleId);
    }

    private static string Outer(string html, string selector) =>
        new HtmlParser().ParseDocument(html).QuerySelector(selector)?.OuterHtml ?? throw new InvalidOperationException($"{selector} not found");

    [Fact]
    public void The_vectors_are_hostile_when_rendered_by_plain_Markdig_without_sanitizing()
    {
        // Guards the checker itself: unsanitized, the vectors must trip it, or the passing tests below would prove nothing.
        // Each vector on its own: an unclosed <style> would otherwise swallow every vector after it.
        var harmless = Vectors.Where(v => ExecutableContent.Find(Markdig.Markdown.ToHtml(v)).Count == 0).ToList();

        // A few are not HTML to a CommonMark parser at all (backtick attribute values, "<svg/onload"), or are dropped by
        // the HTML parser inside a body (<body>, <frameset>); the reference pair only works across two lines.
        Assert.True(harmless.Count <= 14, $"{harmless.Count} of {Vectors.Length} vectors do not trip the checker unsanitized:\n" + string.Join("\n", harmless));
    }

    [Fact]
    public async Task The_public_article_page_carries_nothing_executable()
    {
        var (app, slug, _) = await PublishHostileArticleAsync(Database);
        await using var _ = app;

        var html = await app.CreateClient().GetStringAsync($"/articles/{slug}", Ct);

        Assert.Empty(ExecutableContent.Find(Outer(html, "article")));
        Assert.Contains("&lt;script&gt;alert(&#x27;title&#x27;)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_archive_teaser_carries_nothing_executable()
    {
        var (app, _, _) = await PublishHostileArticleAsync(Database);
        await using var _ = app;

        var html = await app.CreateClient().GetStringAsync("/articles", Ct);

        var teaser = new HtmlParser().ParseDocument(html).QuerySelectorAll("article.teaser")
            .Single(t => t.QuerySelector(".teaser-title a")?.GetAttribute("href") == "/articles/feindlicher-artikel");
        Assert.Empty(ExecutableContent.Find(teaser.OuterHtml));
        Assert.Equal(HostileTitle, teaser.QuerySelector(".teaser-title a")!.TextContent);
        Assert.Equal("<img src=x onerror=alert('lead')> [x](javascript:alert(1))", teaser.QuerySelector(".teaser-title + p")!.TextContent);
    }

    [Fact]
    public async Task The_release_pages_article_list_carries_nothing_executable()
    {
        var (app, _, id) = await PublishHostileArticleAsync(Database);
        await using var _ = app;
        await using (var db = Database.CreateContext())
        {
            var release = new ReleaseBuilder("1.0").Released(2015, 2, 8).Build();
            db.Releases.Add(release);
            await db.SaveChangesAsync(Ct);
            (await db.Articles.SingleAsync(a => a.Id == id, Ct)).ReleaseId = release.Id;
            await db.SaveChangesAsync(Ct);
        }

        // Its items are written as whole markup (Ui.ArticleListItem), not by Blazor's encoding renderer.
        var html = await app.CreateClient().GetStringAsync("/releases/1.0", Ct);

        Assert.Empty(ExecutableContent.Find(Outer(html, "ul.article-list")));
        var link = new HtmlParser().ParseDocument(html).QuerySelector("ul.article-list a")!;
        Assert.Equal(HostileTitle, link.TextContent);
        Assert.Equal("/articles/feindlicher-artikel", link.GetAttribute("href"));
    }

    [Fact]
    public async Task The_CMS_preview_carries_nothing_executable()
    {
        var (app, _, id) = await PublishHostileArticleAsync(Database);
        await using var _ = app;
        var client = await CmsSession.LoggedInAsync(app, Roles.Editor, Ct);

        var html = await client.GetStringAsync($"/admin/articles/{id}", Ct);

        Assert.Empty(ExecutableContent.Find(Outer(html, ".editor-preview")));
    }

    [Theory]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/all.rss")]
    [InlineData("/feeds/de.atom")]
    public async Task Feeds_carry_nothing_executable(string path)
    {
        var (app, _, _) = await PublishHostileArticleAsync(Database);
        await using var _ = app;

        var feed = XDocument.Parse(await app.CreateClient().GetStringAsync(path, Ct));

        // What a feed reader renders as HTML: Atom content of type html, RSS description and content:encoded.
        // Atom's title and summary are type text (checked), which readers show as text.
        var html = feed.Descendants().Where(e =>
                (e.Name.LocalName == "content" && (string?)e.Attribute("type") == "html")
                || (e.Name.LocalName is "description" or "encoded" && e.Parent?.Name.LocalName == "item"))
            .Select(e => e.Value).ToList();
        var text = feed.Descendants().Where(e => e.Name.LocalName is "summary" || (e.Name.LocalName == "title" && e.Parent?.Name.LocalName == "entry")).ToList();
        Assert.NotEmpty(html);
        Assert.All(text, e => Assert.True(e.Attribute("type") is null || (string?)e.Attribute("type") == "text", $"{e.Name.LocalName} is not plain text"));
        foreach (var part in html)
        {
            Assert.Empty(ExecutableContent.Find(part));
        }
    }

    [Fact]
    public async Task The_API_returns_the_hostile_text_as_JSON_strings_that_no_browser_renders()
    {
        var (app, _, _) = await PublishHostileArticleAsync(Database);
        await using var _ = app;

        using var response = await app.CreateClient().GetAsync("/api/articles", Ct);
        var json = await response.Content.ReadAsStringAsync(Ct);

        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.DoesNotContain("<script", json, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("\\u003Cscript\\u003E", json, StringComparison.Ordinal);
    }
}
