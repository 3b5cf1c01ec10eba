using System.Net;
using System.Text.RegularExpressions;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Media;
using KernelPortal.IntegrationTests.Infrastructure;
using KernelPortal.UnitTests.Media;
using Microsoft.EntityFrameworkCore;
using SkiaSharp;

namespace KernelPortal.IntegrationTests.Media;

public partial class MediaLibraryTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<MediaImage> UploadAsync(EditorialServices services, byte[] data, string name, string alt = "Ein Diagramm")
    {
        var author = await services.CreateUserAsync($"{Guid.NewGuid():N}@example.org", Roles.Author);
        var result = await services.Media.UploadAsync(data, name, alt, author, Ct);
        return Assert.IsType<MediaUploadResult.Stored>(result).Image;
    }

    private async Task PublishAsync(string title, string markdown)
    {
        await using var db = Database.CreateContext();
        var article = new ArticleBuilder(title).Build();
        article.BodyMarkdown = markdown;
        article.BodyHtml = new MarkdownRenderer().ToHtml(markdown);
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Every_address_an_article_page_names_is_served_as_an_immutable_image_of_its_width()
    {
        await using var services = new EditorialServices(Database.ConnectionString);
        var image = await UploadAsync(services, TestImages.Png(1000, 500), "Scheduler Diagram.png");
        await PublishAsync("Mit Bild", $"Vorher.\n\n{image.Markdown()}\n\nNachher.");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        var html = await client.GetStringAsync("/articles/mit-bild", Ct);

        Assert.Matches($"<img src=\"{Regex.Escape(image.Address.Url)}\"[^>]* width=\"1000\" height=\"500\"[^>]* alt=\"Ein Diagramm\"", html);
        Assert.Contains($"<meta property=\"og:image\" content=\"http://localhost{image.Address.Url}\"", html, StringComparison.Ordinal);
        var urls = MediaUrl().Matches(html).Select(m => m.Value).Distinct().ToList();
        // The original, 480 and 960 wide as PNG and as WebP, and the full-size WebP.
        Assert.Equal(6, urls.Count);
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url, Ct);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url}: {response.StatusCode}");
            Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl?.ToString());
            var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
            using var codec = SKCodec.Create(new SKMemoryStream(bytes));
            var width = url.EndsWith("w.png", StringComparison.Ordinal) || url.EndsWith("w.webp", StringComparison.Ordinal)
                ? int.Parse(WidthInName().Match(url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
                : 1000;
            Assert.Equal(width, codec.Info.Width);
            Assert.Equal(url.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/png", response.Content.Headers.ContentType?.MediaType);
        }

        using var again = new HttpRequestMessage(HttpMethod.Get, image.Address.Url);
        again.Headers.TryAddWithoutValidation("If-None-Match", $"\"{image.Key}\"");
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(again, Ct)).StatusCode);
    }

    [Fact]
    public async Task Addresses_that_name_nothing_stored_are_not_found()
    {
        await using var services = new EditorialServices(Database.ConnectionString);
        var image = await UploadAsync(services, TestImages.Png(600, 300), "chart.png");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        foreach (var url in new[]
        {
            $"/media/{image.Key}/600x300/chart.jpg",
            $"/media/{image.Key}/600x300/chart-1440w.png",
            "/media/ffffffffffffffff/600x300/chart.png",
            $"/media/{image.Key}/600x300/..%2Fchart.png",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync(url, Ct)).StatusCode);
        }
    }

    [Fact]
    public async Task An_SVG_is_served_with_a_policy_that_lets_nothing_in_it_run()
    {
        await using var services = new EditorialServices(Database.ConnectionString);
        var image = await UploadAsync(services, TestImages.Svg(), "flow.svg");
        await using var app = new PortalAppFactory(Database.ConnectionString);

        using var response = await app.CreateClient().GetAsync(image.Address.Url, Ct);

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("sandbox", string.Join(";", response.Headers.GetValues("Content-Security-Policy")), StringComparison.Ordinal);
        Assert.Equal("nosniff", string.Join(";", response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task The_same_file_uploaded_twice_is_one_image()
    {
        await using var services = new EditorialServices(Database.ConnectionString);
        var data = TestImages.Png(500, 500);
        var first = await UploadAsync(services, data, "a.png");
        var author = await services.CreateUserAsync("b@example.org", Roles.Author);

        var second = Assert.IsType<MediaUploadResult.Stored>(await services.Media.UploadAsync(data, "b.png", "Anders beschrieben", author, Ct));

        Assert.True(second.AlreadyThere);
        Assert.Equal(first.Id, second.Image.Id);
        Assert.Single(await services.Media.ListAsync(null, Ct));
    }

    [Theory]
    [InlineData("screen.jpg", "Ein Bild", "holds a PNG image")]
    [InlineData("screen.png", "  ", "alt text")]
    public async Task A_refused_upload_stores_nothing(string name, string alt, string expected)
    {
        await using var services = new EditorialServices(Database.ConnectionString);
        var author = await services.CreateUserAsync("a@example.org", Roles.Author);

        var result = await services.Media.UploadAsync(TestImages.Png(700, 400), name, alt, author, Ct);

        Assert.Contains(expected, Assert.IsType<MediaUploadResult.Refused>(result).Reason, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.MediaImages.CountAsync(Ct));
        Assert.Equal(0, await db.MediaBlobs.CountAsync(Ct));
    }

    [Fact]
    public async Task A_save_that_shows_an_image_the_library_does_not_have_is_refused()
    {
        await using var services = new EditorialServices(Database.ConnectionString);
        var author = await services.CreateUserAsync("a@example.org", Roles.Author);
        var fields = new ArticleFields { Title = "Kaputtes Bild", BodyMarkdown = "Text\n\n![Fehlt](/media/0123456789abcdef/10x10/weg.png)" };

        var result = await services.Editing.CreateAsync(fields, author, Ct);

        var invalid = Assert.IsType<EditResult.Invalid>(result);
        Assert.Contains("line 3", invalid.Errors[nameof(ArticleFields.BodyMarkdown)], StringComparison.Ordinal);
        Assert.Contains("not in the media library", invalid.Errors[nameof(ArticleFields.BodyMarkdown)], StringComparison.Ordinal);
        var image = await UploadAsync(services, TestImages.Png(10, 10), "da.png");
        Assert.IsType<EditResult.Saved>(await services.Editing.CreateAsync(fields with { BodyMarkdown = image.Markdown() }, author, Ct));
    }

    [Fact]
    public async Task An_image_in_use_is_kept_and_an_unused_one_goes_with_all_its_files()
    {
        await using var services = new EditorialServices(Database.ConnectionString);
        var used = await UploadAsync(services, TestImages.Png(1000, 400), "used.png");
        var unused = await UploadAsync(services, TestImages.Jpeg(1000, 400), "unused.jpg");
        await PublishAsync("Benutzt", used.Markdown());
        var editor = await services.CreateUserAsync("e@example.org", Roles.Editor);
        var author = await services.CreateUserAsync("a@example.org", Roles.Author);

        Assert.IsType<MediaDeleteResult.Refused>(await services.Media.DeleteAsync(unused.Id, author, Ct));
        var refused = Assert.IsType<MediaDeleteResult.Refused>(await services.Media.DeleteAsync(used.Id, editor, Ct));
        Assert.Contains("“Benutzt”", refused.Reason, StringComparison.Ordinal);
        Assert.IsType<MediaDeleteResult.Deleted>(await services.Media.DeleteAsync(unused.Id, editor, Ct));

        await using var db = Database.CreateContext();
        Assert.Equal([used.Key], await db.MediaImages.Select(m => m.Key).ToListAsync(Ct));
        Assert.All(await db.MediaBlobs.Select(b => b.Key).ToListAsync(Ct), key => Assert.StartsWith(used.Key, key, StringComparison.Ordinal));
        var list = await services.Media.ListAsync("USED", Ct);
        Assert.Equal(1, Assert.Single(list).UsedBy);
    }

    [GeneratedRegex("/media/[0-9a-f]{16}/[0-9]+x[0-9]+/[a-z0-9-]+\\.(png|webp|jpg|gif|svg)")]
    private static partial Regex MediaUrl();

    [GeneratedRegex("-([0-9]+)w\\.[a-z]+$")]
    private static partial Regex WidthInName();
}
