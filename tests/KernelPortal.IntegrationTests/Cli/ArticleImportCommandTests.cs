using KernelPortal.Core.Content;
using KernelPortal.Core.Demo;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Media;
using KernelPortal.IntegrationTests.Infrastructure;
using KernelPortal.UnitTests.Media;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Cli;

public class ArticleImportCommandTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Published = """
        ---
        title: "Was 4.0 bringt: Dateisysteme"
        language: de
        tags: dateisysteme, storage
        release: 4.0
        status: published
        publish-at: 2015-04-13T08:00:00+02:00
        author: Thorsten Leemhuis
        lead: Btrfs und Ext4 legen zu.
        ---
        ## Btrfs

        Schneller beim **Scrubbing**.
        """;

    private const string Scheduled = """
        ---
        title: 'What 4.0 brings: graphics'
        slug: what-4-0-brings-graphics
        language: en
        status: scheduled
        publish-at: 2099-01-01T08:00:00Z
        ---
        New drivers.
        """;

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        db.Releases.Add(new ReleaseBuilder("4.0").Released(2015, 4, 12).Build());
        db.FeatureTags.Add(new FeatureTag { Slug = "dateisysteme", NameDe = "Dateisysteme", NameEn = "File systems" });
        db.FeatureTags.Add(new FeatureTag { Slug = "storage", NameDe = "Storage", NameEn = "Storage" });
        await db.SaveChangesAsync(Ct);
    }

    private static string Write(TempFolder folder, string name, string text)
    {
        var path = Path.Combine(folder.Path, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public async Task Imports_articles_with_their_front_matter()
    {
        await SeedAsync();
        using var folder = new TempFolder();

        var result = await KportalProcess.RunAsync(["article", "import", Write(folder, "fs.md", Published), Write(folder, "gfx.md", Scheduled)], Database.ConnectionString);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("fs.md: imported as article", result.Output, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        var fs = await db.Articles.Include(a => a.Tags).Include(a => a.Release).Include(a => a.Revisions).SingleAsync(a => a.Slug == "was-4-0-bringt-dateisysteme", Ct);
        Assert.Equal(ArticleStatus.Published, fs.Status);
        Assert.Equal(new DateTimeOffset(2015, 4, 13, 6, 0, 0, TimeSpan.Zero), fs.PublishedAt);
        Assert.Equal(["dateisysteme", "storage"], fs.Tags.Select(t => t.Slug).Order());
        Assert.Equal("4.0", fs.Release!.VersionText);
        Assert.Equal("Thorsten Leemhuis", fs.AuthorName);
        Assert.Contains("<strong>Scrubbing</strong>", fs.BodyHtml, StringComparison.Ordinal);
        Assert.Single(fs.Revisions);
        var gfx = await db.Articles.SingleAsync(a => a.Slug == "what-4-0-brings-graphics", Ct);
        Assert.Equal((ArticleStatus.Scheduled, Language.En), (gfx.Status, gfx.Language));
        Assert.Equal(new DateTimeOffset(2099, 1, 1, 8, 0, 0, TimeSpan.Zero), gfx.PublishAt);
    }

    [Fact]
    public async Task Reports_every_bad_file_and_imports_nothing_not_even_the_good_ones()
    {
        await SeedAsync();
        using var folder = new TempFolder();
        var good = Write(folder, "good.md", Published);
        var noHeader = Write(folder, "no-header.md", "# Nur Text\n");
        var badYaml = Write(folder, "bad-yaml.md", "---\ntitle: Netzwerk\ntags: [netzwerk\nstatus: publish\n---\nText\n");
        var badValues = Write(folder, "bad-values.md", "---\ntitle: Netzwerk\nrelease: 9.99\nstatus: publish\nlead: a\ndescription: b\n---\nText\n");
        var duplicate = Write(folder, "duplicate.md", Published);

        var result = await KportalProcess.RunAsync(["article", "import", good, noHeader, badYaml, badValues, duplicate], Database.ConnectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-header.md: Line 1: a front-matter header must start with '---'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad-yaml.md: Line 3: the header is not valid YAML", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad-values.md: status 'publish' is not one of", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad-values.md: release 9.99 is not known to the portal", result.Error, StringComparison.Ordinal);
        Assert.Contains("bad-values.md: 'lead' and 'description' mean the same; give one of them", result.Error, StringComparison.Ordinal);
        Assert.Contains("duplicate.md: the slug 'was-4-0-bringt-dateisysteme' is already taken", result.Error, StringComparison.Ordinal);
        Assert.Contains("4 of 5 file(s) have problems; nothing imported.", result.Error, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.False(await db.Articles.AnyAsync(Ct));
        Assert.Equal(2, await db.FeatureTags.CountAsync(Ct));
    }

    [Fact]
    public async Task A_missing_file_is_reported_before_anything_is_read()
    {
        var result = await KportalProcess.RunAsync(["article", "import", "/nonexistent/article.md"], Database.ConnectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/article.md: no such file", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Imports_hugo_and_jekyll_files_as_they_are()
    {
        await SeedAsync();
        using var folder = new TempFolder();
        var hugo = Write(folder, "hugo.md", """
            ---
            title: "Linux 4.0: what the big number means"
            date: 2015-04-13T08:00:00+02:00
            draft: false
            tags: [Dateisysteme, Live Patching]
            description: Nothing but a number.
            authors:
              - Thorsten Leemhuis
              - Jonathan Corbet
            layout: post
            weight: 10
            ---
            Body.
            """);
        var hugoDraft = Write(folder, "hugo-draft.md", "---\ntitle: Half done\ndate: 2015-04-20\ndraft: true\ntags:\n  - storage\n  - live patching\n---\nLater.\n");
        var jekyll = Write(folder, "2015-04-14-jekyll-post.md", "---\nlayout: post\ntitle: 'Ein Jekyll-Beitrag'\ncategories: kernel\n---\nText.\n");
        var future = Write(folder, "future.md", "---\ntitle: Coming up\ndate: 2099-01-01 08:00:00 +0100\n---\nSoon.\n");

        var result = await KportalProcess.RunAsync(["article", "import", hugo, hugoDraft, jekyll, future], Database.ConnectionString);

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("hugo.md: field 'layout' ignored", result.Output, StringComparison.Ordinal);
        Assert.Contains("hugo.md: field 'weight' ignored", result.Output, StringComparison.Ordinal);
        Assert.Contains("2015-04-14-jekyll-post.md: field 'categories' ignored", result.Output, StringComparison.Ordinal);
        Assert.Contains("hugo.md: new tag 'live-patching' (Live Patching)", result.Output, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        var article = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Slug == "linux-4-0-what-the-big-number-means", Ct);
        Assert.Equal((ArticleStatus.Published, "Nothing but a number.", "Thorsten Leemhuis, Jonathan Corbet"), (article.Status, article.Lead, article.AuthorName));
        Assert.Equal(new DateTimeOffset(2015, 4, 13, 6, 0, 0, TimeSpan.Zero), article.PublishedAt);
        Assert.Equal(["dateisysteme", "live-patching"], article.Tags.Select(t => t.Slug).Order());
        var draft = await db.Articles.Include(a => a.Tags).SingleAsync(a => a.Slug == "half-done", Ct);
        Assert.Equal((ArticleStatus.Draft, (DateTimeOffset?)null), (draft.Status, draft.PublishedAt));
        Assert.Equal(["live-patching", "storage"], draft.Tags.Select(t => t.Slug).Order());
        var post = await db.Articles.SingleAsync(a => a.Slug == "ein-jekyll-beitrag", Ct);
        Assert.Equal((ArticleStatus.Published, new DateTimeOffset(2015, 4, 14, 0, 0, 0, TimeSpan.Zero)), (post.Status, post.PublishedAt!.Value));
        var scheduled = await db.Articles.SingleAsync(a => a.Slug == "coming-up", Ct);
        Assert.Equal((ArticleStatus.Scheduled, new DateTimeOffset(2099, 1, 1, 7, 0, 0, TimeSpan.Zero)), (scheduled.Status, scheduled.PublishAt!.Value));
        Assert.Equal(1, await db.FeatureTags.CountAsync(t => t.Slug == "live-patching", Ct));
    }

    [Fact]
    public async Task The_example_in_the_docs_imports_verbatim()
    {
        await SeedAsync();
        var docs = await File.ReadAllTextAsync(Path.Combine(Repository.Root, "docs", "cms.md"), Ct);
        var section = docs[docs.IndexOf("## Importing and exporting articles", StringComparison.Ordinal)..];
        var example = section.Split("```")[3].TrimStart('\n');
        using var folder = new TempFolder();

        var result = await KportalProcess.RunAsync(["article", "import", Write(folder, "example.md", example)], Database.ConnectionString);

        Assert.True(result.ExitCode == 0, result.Error);
        await using var db = Database.CreateContext();
        var article = await db.Articles.Include(a => a.Tags).Include(a => a.Series).Include(a => a.Release).SingleAsync(Ct);
        Assert.Equal(("Was 4.0 bringt: Dateisysteme", "was-4-0-bringt-dateisysteme", "In other words …"), (article.Title, article.Slug, article.Iow));
        Assert.Equal((ArticleStatus.Published, new DateTimeOffset(2015, 4, 13, 6, 0, 0, TimeSpan.Zero)), (article.Status, article.PublishedAt!.Value));
        Assert.Equal(["dateisysteme", "storage"], article.Tags.Select(t => t.Slug).Order());
        Assert.Equal(("was-4-0-bringt", "Was 4.0 bringt", 1, "4.0"), (article.Series!.Slug, article.Series.Title, article.SeriesPart!.Value, article.Release!.VersionText));
        Assert.Equal("## Btrfs\n…\n", article.BodyMarkdown);
    }

    [Fact]
    public async Task Export_then_import_into_an_empty_database_gives_the_same_articles()
    {
        await using (var seed = Database.CreateContext())
        {
            await new DemoContentSeeder(seed, new MarkdownRenderer(), TimeProvider.System).SeedAsync(Ct);
            var renderer = new MarkdownRenderer();
            var inReview = new ArticleBuilder("Noch in Prüfung: Rust-Treiber").Draft().Build();
            inReview.Status = ArticleStatus.InReview;
            var archived = new ArticleBuilder("Archived: \"quotes\" and # hashes").InEnglish().Build();
            archived.Status = ArticleStatus.Archived;
            archived.Iow = "Line one\nline two";
            Article[] extra = [new ArticleBuilder("Entwurf").Draft().Build(), inReview, archived, new ArticleBuilder("Geplant").ScheduledFor(DateTimeOffset.UtcNow.AddDays(3)).Build()];
            foreach (var article in extra)
            {
                article.BodyHtml = renderer.ToHtml(article.BodyMarkdown);
                article.Tags.Add(await seed.FeatureTags.OrderBy(t => t.Position).FirstAsync(Ct));
            }

            seed.Articles.AddRange(extra);
            await seed.SaveChangesAsync(Ct);
        }

        await using (var services = new EditorialServices(Database.ConnectionString))
        {
            var png = Assert.IsType<MediaUploadResult.Stored>(await services.Media.UploadAsync(TestImages.Png(1200, 600), "Scheduler Klassen.png", "Die Klassen", Actor.Import, Ct)).Image;
            var svg = Assert.IsType<MediaUploadResult.Stored>(await services.Media.UploadAsync(TestImages.Svg(), "ablauf.svg", "Ablauf", Actor.Import, Ct)).Image;
            await using var seed = Database.CreateContext();
            var pictured = new ArticleBuilder("Mit Bildern").Build();
            pictured.BodyMarkdown = $"Erst das:\n\n{png.Markdown()}\n\nDann zweimal das: {svg.Markdown("Ablauf, klein")} und {svg.Markdown()}";
            pictured.BodyHtml = new MarkdownRenderer().ToHtml(pictured.BodyMarkdown);
            seed.Articles.Add(pictured);
            await seed.SaveChangesAsync(Ct);
        }

        var imagesBefore = await ImagesAsync();

        var before = await ArticlesAsync();
        using var folder = new TempFolder();
        var directory = Path.Combine(folder.Path, "export");

        var export = await KportalProcess.RunAsync(["article", "export", directory], Database.ConnectionString);

        Assert.True(export.ExitCode == 0, export.Error);
        Assert.Contains($"{before.Count} article(s) and 2 image(s) written", export.Output, StringComparison.Ordinal);
        Assert.Contains("](media/", File.ReadAllText(Path.Combine(directory, "mit-bildern.md")), StringComparison.Ordinal);
        var again = await KportalProcess.RunAsync(["article", "export", directory], Database.ConnectionString);
        Assert.Equal(2, again.ExitCode);
        Assert.Contains("is not empty", again.Error, StringComparison.Ordinal);

        await using (var empty = Database.CreateContext())
        {
            await empty.Articles.ExecuteUpdateAsync(a => a.SetProperty(x => x.TranslationId, (int?)null), Ct);
            await empty.Articles.ExecuteDeleteAsync(Ct);
            await empty.Series.ExecuteDeleteAsync(Ct);
            await empty.FeatureTags.ExecuteDeleteAsync(Ct);
            await empty.MediaImages.ExecuteDeleteAsync(Ct);
            await empty.MediaBlobs.ExecuteDeleteAsync(Ct);
        }

        var import = await KportalProcess.RunAsync(["article", "import", .. Directory.GetFiles(directory, "*.md")], Database.ConnectionString);

        Assert.True(import.ExitCode == 0, import.Error);
        var after = await ArticlesAsync();
        Assert.Equal(before.Count, after.Count);
        for (var i = 0; i < before.Count; i++)
        {
            Assert.Equal(before[i], after[i]);
        }

        Assert.Equal(imagesBefore, await ImagesAsync());
    }

    /// <summary>Every image with its files, as text that compares whole.</summary>
    private async Task<List<string>> ImagesAsync()
    {
        await using var db = Database.CreateContext();
        var images = await db.MediaImages.AsNoTracking().OrderBy(m => m.Key)
            .Select(m => $"{m.Key} {m.Sha256} {m.Name} {m.Format} {m.Width}x{m.Height} {m.ByteSize}").ToListAsync(Ct);
        var files = await db.MediaBlobs.AsNoTracking().OrderBy(b => b.Key)
            .Select(b => b.Key + " " + b.ContentType + " " + b.Data.Length).ToListAsync(Ct);
        return [.. images, .. files];
    }

    [Fact]
    public async Task Images_beside_the_Markdown_are_imported_and_their_links_rewritten()
    {
        using var folder = new TempFolder();
        Directory.CreateDirectory(Path.Combine(folder.Path, "bilder"));
        File.WriteAllBytes(Path.Combine(folder.Path, "bilder", "Übersicht.png"), TestImages.Png(800, 400));
        File.WriteAllBytes(Path.Combine(folder.Path, "foto.jpg"), TestImages.Jpeg(640, 480));
        var file = Write(folder, "bundle.md", """
            ---
            title: Mit Bildern
            draft: true
            ---
            Oben: ![Die Übersicht](bilder/%C3%9Cbersicht.png "Bild 1")

            ![Ein Foto](./foto.jpg)
            """);

        var result = await KportalProcess.RunAsync(["article", "import", file], Database.ConnectionString);

        Assert.True(result.ExitCode == 0, result.Error);
        await using var db = Database.CreateContext();
        var images = await db.MediaImages.OrderBy(m => m.Width).ToListAsync(Ct);
        Assert.Equal(["foto", "uebersicht"], images.Select(m => m.Name));
        Assert.Equal(["Ein Foto", "Die Übersicht"], images.Select(m => m.AltText));
        var body = (await db.Articles.SingleAsync(Ct)).BodyMarkdown;
        Assert.Equal($"Oben: ![Die Übersicht]({images[1].Address.Url} \"Bild 1\")\n\n![Ein Foto]({images[0].Address.Url})", body);
        Assert.Contains($"image 'bilder/%C3%9Cbersicht.png' imported as {images[1].Address.Url}", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_or_wrong_image_stops_the_whole_import_and_stores_no_image()
    {
        using var folder = new TempFolder();
        File.WriteAllBytes(Path.Combine(folder.Path, "gut.png"), TestImages.Png(300, 300));
        File.WriteAllBytes(Path.Combine(folder.Path, "falsch.jpg"), TestImages.Png(300, 300));
        var good = Write(folder, "a.md", "---\ntitle: Gut\n---\n![Gut](gut.png)\n");
        var bad = Write(folder, "b.md", "---\ntitle: Schlecht\n---\n![Fehlt](fehlt.png)\n\n![Falsch](falsch.jpg)\n\n![](gut.png)\n");

        var result = await KportalProcess.RunAsync(["article", "import", good, bad], Database.ConnectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("b.md: line 4: image 'fehlt.png' not found", result.Error, StringComparison.Ordinal);
        Assert.Contains("b.md: line 6: 'falsch.jpg' is named as a JPEG file but holds a PNG image", result.Error, StringComparison.Ordinal);
        Assert.Contains("has no alt text", result.Error, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(0, await db.Articles.CountAsync(Ct));
        Assert.Equal(0, await db.MediaImages.CountAsync(Ct));
        Assert.Equal(0, await db.MediaBlobs.CountAsync(Ct));
    }

    /// <summary>Every article with what makes it the same article, ids left out, as text that compares whole.</summary>
    private async Task<List<string>> ArticlesAsync()
    {
        await using var db = Database.CreateContext();
        var rows = await db.Articles.AsNoTracking().OrderBy(a => a.Slug).Select(a => new
        {
            a.Slug, a.Title, a.Language, a.Status, a.PublishAt, a.PublishedAt, a.AuthorName, a.Lead, a.Iow, a.BodyMarkdown, a.BodyHtml,
            Tags = a.Tags.OrderBy(t => t.Slug).Select(t => t.Slug).ToList(),
            Release = a.Release == null ? null : a.Release.VersionText,
            Series = a.Series == null ? null : a.Series.Slug + " / " + a.Series.Title + " / " + a.Series.Language,
            a.SeriesPart,
            Translation = a.Translation == null ? null : a.Translation.Slug,
        }).ToListAsync(Ct);
        return [.. rows.Select(r => System.Text.Json.JsonSerializer.Serialize(r))];
    }
}
