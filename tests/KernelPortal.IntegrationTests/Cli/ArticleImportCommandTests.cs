using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Cli;

public class ArticleImportCommandTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Published = """
        ---
        title: Was 4.0 bringt: Dateisysteme
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
        title: What 4.0 brings: graphics
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
        var unknownTag = Write(folder, "unknown-tag.md", "---\ntitle: Netzwerk\ntags: netzwerk\nstatus: publish\n---\nText\n");
        var duplicate = Write(folder, "duplicate.md", Published);

        var result = await KportalProcess.RunAsync(["article", "import", good, noHeader, unknownTag, duplicate], Database.ConnectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("no-header.md: Line 1: a front-matter header must start with '---'.", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown-tag.md: unknown tag 'netzwerk'", result.Error, StringComparison.Ordinal);
        Assert.Contains("unknown-tag.md: status 'publish' is not one of", result.Error, StringComparison.Ordinal);
        Assert.Contains("duplicate.md: the slug 'was-4-0-bringt-dateisysteme' is already taken", result.Error, StringComparison.Ordinal);
        Assert.Contains("3 of 4 file(s) have problems; nothing imported.", result.Error, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.False(await db.Articles.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_missing_file_is_reported_before_anything_is_read()
    {
        var result = await KportalProcess.RunAsync(["article", "import", "/nonexistent/article.md"], Database.ConnectionString);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/nonexistent/article.md: no such file", result.Error, StringComparison.Ordinal);
    }
}
