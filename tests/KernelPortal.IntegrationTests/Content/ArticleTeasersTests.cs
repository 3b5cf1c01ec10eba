using System.Data.Common;
using KernelPortal.Core.Content;
using KernelPortal.Core.Content.Reading;
using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KernelPortal.IntegrationTests.Content;

/// <summary>
/// Article lists (issue 15): the articles' own columns from the database, the names of their tags, series and
/// release from the snapshot's catalogue — and never fewer names when the snapshot is older than the rows.
/// </summary>
public class ArticleTeasersTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_teaser_names_its_tags_in_their_order_its_series_and_its_release_and_the_list_keeps_its_order()
    {
        var release = new ReleaseBuilder("6.1").Released(2022, 12, 11).Build();
        var storage = new FeatureTag { Slug = "storage", NameDe = "Speicher", NameEn = "Storage", Position = 5 };
        var network = new FeatureTag { Slug = "netzwerk", NameDe = "Netzwerk", NameEn = "Networking", Position = 2 };
        var series = new Series { Slug = "was-6-1-bringt", Title = "Was 6.1 bringt", Release = release };
        var first = new ArticleBuilder("Erster Teil").Build();
        first.Tags.AddRange([storage, network]);
        first.Release = release;
        first.Series = series;
        first.SeriesPart = 1;
        var second = new ArticleBuilder("Ohne alles").Build();
        second.PublishedAt = first.PublishedAt!.Value.AddHours(1);
        await using (var db = Database.CreateContext())
        {
            db.AddRange(first, second);
            await db.SaveChangesAsync(Ct);
        }

        using var snapshots = new ReleaseSnapshotSource(new TestContextFactory(Database), TimeProvider.System);
        await using var read = Database.CreateContext();
        var teasers = await new ArticleTeasers(read, snapshots).ListAsync(read.Articles.OrderByDescending(a => a.PublishedAt), Ct);

        Assert.Equal(["ohne-alles", "erster-teil"], teasers.Select(t => t.Slug));
        var teaser = teasers[1];
        Assert.Equal(["netzwerk", "storage"], teaser.Tags.Select(t => t.Slug));
        Assert.Equal("Networking", teaser.Tags[0].NameEn);
        Assert.Equal(new SeriesView("was-6-1-bringt", "Was 6.1 bringt", release.Id), teaser.Series);
        Assert.Equal("6.1", teaser.ReleaseVersion);
        Assert.Equal(1, teaser.SeriesPart);
        Assert.Empty(teasers[0].Tags);
        Assert.Null(teasers[0].Series);
        Assert.Null(teasers[0].ReleaseVersion);
    }

    [Fact]
    public async Task A_tag_series_or_release_newer_than_the_snapshot_is_still_named()
    {
        await using (var db = Database.CreateContext())
        {
            db.Add(new ArticleBuilder("Alt").Build());
            await db.SaveChangesAsync(Ct);
        }

        using var snapshots = new ReleaseSnapshotSource(new TestContextFactory(Database), TimeProvider.System);
        var before = await snapshots.GetAsync(Ct);

        // Written after the snapshot was read, with no change signal (another instance, its NOTIFY still on the way).
        var article = new ArticleBuilder("Neu").Build();
        article.Tags.Add(new FeatureTag { Slug = "rust", NameDe = "Rust", NameEn = "Rust", Position = 9 });
        article.Release = new ReleaseBuilder("6.2").Released(2023, 2, 19).Build();
        article.Series = new Series { Slug = "rust-im-kernel", Title = "Rust im Kernel" };
        article.SeriesPart = 1;
        await using (var db = Database.CreateContext())
        {
            db.Add(article);
            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var teaser = Assert.Single(await new ArticleTeasers(read, snapshots).ListAsync(read.Articles.Where(a => a.Slug == "neu"), Ct));

        Assert.Equal("Rust", Assert.Single(teaser.Tags).NameDe);
        Assert.Equal("rust-im-kernel", teaser.Series?.Slug);
        Assert.Equal("6.2", teaser.ReleaseVersion);
        Assert.NotSame(before, await snapshots.GetAsync(Ct));
    }

    [Fact]
    public async Task An_article_in_both_front_page_lists_names_each_of_its_tags_once_in_each()
    {
        // The newest part of a series being written is both among the newest articles and in the series box; the two
        // lists share one lookup of tag names, which once held such an article's tags twice.
        var release = new ReleaseBuilder("4.0").Released(2015, 4, 12).Build();
        var series = new Series { Slug = "was-4-0-bringt", Title = "Was 4.0 bringt", Release = release };
        var part = new ArticleBuilder("Was 4.0 bringt (2): Infrastruktur").Build();
        part.Tags.AddRange([
            new FeatureTag { Slug = "sicherheit", NameDe = "Sicherheit", NameEn = "Security", Position = 1 },
            new FeatureTag { Slug = "infrastruktur", NameDe = "Infrastruktur", NameEn = "Infrastructure", Position = 2 }]);
        part.Release = release;
        part.Series = series;
        part.SeriesPart = 2;
        await using (var db = Database.CreateContext())
        {
            db.Add(part);
            await db.SaveChangesAsync(Ct);
        }

        using var snapshots = new ReleaseSnapshotSource(new TestContextFactory(Database), TimeProvider.System);
        await using var read = Database.CreateContext();
        var front = await new ArticleReads(read, new ArticleTeasers(read, snapshots), TimeProvider.System, NewsroomZone.Utc).FrontPageAsync(Ct);

        Assert.Equal(["sicherheit", "infrastruktur"], Assert.Single(front.Latest).Tags.Select(t => t.Slug));
        var (shown, parts) = Assert.Single(front.Series);
        Assert.Equal("was-4-0-bringt", shown.Slug);
        Assert.Equal(["sicherheit", "infrastruktur"], Assert.Single(parts).Tags.Select(t => t.Slug));
    }

    [Fact]
    public async Task An_empty_selection_gives_an_empty_list()
    {
        using var snapshots = new ReleaseSnapshotSource(new TestContextFactory(Database), TimeProvider.System);
        await using var read = Database.CreateContext();

        Assert.Empty(await new ArticleTeasers(read, snapshots).ListAsync(read.Articles, Ct));
    }

    [Fact]
    public async Task A_list_and_the_article_page_read_the_tags_with_their_rows_in_one_statement()
    {
        var tagged = new ArticleBuilder("Mit Tags").Build();
        tagged.Tags.AddRange([
            new FeatureTag { Slug = "storage", NameDe = "Speicher", NameEn = "Storage", Position = 5 },
            new FeatureTag { Slug = "netzwerk", NameDe = "Netzwerk", NameEn = "Networking", Position = 2 }]);
        var plain = new ArticleBuilder("Ohne Tags").Build();
        await using (var db = Database.CreateContext())
        {
            db.AddRange(tagged, plain);
            await db.SaveChangesAsync(Ct);
        }

        using var snapshots = new ReleaseSnapshotSource(new TestContextFactory(Database), TimeProvider.System);
        await snapshots.GetAsync(Ct);
        var commands = new CommandCounter();
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, Database.ConnectionString).AddInterceptors(commands);
        await using var read = new PortalDbContext(options.Options);
        var teasers = new ArticleTeasers(read, snapshots);

        var list = await teasers.ListAsync(read.Articles.OrderBy(a => a.Id), Ct);
        Assert.Equal(1, commands.Count);
        Assert.Equal(["netzwerk", "storage"], list[0].Tags.Select(t => t.Slug));
        Assert.Empty(list[1].Tags);

        var page = await new ArticleReads(read, teasers, TimeProvider.System, NewsroomZone.Utc).ArticleAsync("mit-tags", Ct);
        Assert.Equal(2, commands.Count);
        Assert.Equal(["netzwerk", "storage"], page!.Article.Tags.Select(t => t.Slug));
        Assert.Throws<InvalidOperationException>(() => ArticleTagLink.IdsOf(read, tagged));
    }

    private sealed class CommandCounter : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Count++;
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
