using KernelPortal.Core.Content;
using KernelPortal.Core.Demo;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Releases;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Demo;

public class DemoContentSeederTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Loads_the_release_history_the_Kernel_Log_table_tags_and_articles()
    {
        await using var db = Database.CreateContext();

        var result = await new DemoContentSeeder(db, new MarkdownRenderer(), TimeProvider.System).SeedAsync(Ct);

        Assert.True(result.Seeded);
        await using var read = Database.CreateContext();
        Assert.Equal(ReleaseHistory.Load().Count + 1, await read.Releases.CountAsync(Ct));
        Assert.Equal(FeatureAreas.All.Count, await read.FeatureTags.CountAsync(Ct));
        Assert.Equal(result.Articles, await read.Articles.CountAsync(a => a.Status == ArticleStatus.Published && a.BodyHtml != "", Ct));

        var v319 = await read.Releases.Include(r => r.Statistics).Include(r => r.Candidates).SingleAsync(r => r.VersionText == "3.19", Ct);
        var table = v319.Statistics.Single(s => s.Source == StatisticsSource.KernelLogTable);
        Assert.Equal(48424, table.Files);
        Assert.Equal(19130604, table.Lines);
        Assert.Equal(17692109, table.LinesWithoutDocs);
        Assert.Equal("3.18", table.FromVersion);
        Assert.Equal(new DateOnly(2015, 2, 8), v319.ReleasedOn);
        Assert.Equal(new DateOnly(2014, 12, 7), v319.MergeWindowOpenedOn);
        Assert.Equal(7, v319.Candidates.Count);
    }

    [Fact]
    public async Task The_last_release_opens_a_provisional_merge_window()
    {
        await using var db = Database.CreateContext();
        await new DemoContentSeeder(db, new MarkdownRenderer(), TimeProvider.System).SeedAsync(Ct);

        await using var read = Database.CreateContext();
        var open = await read.Releases.SingleAsync(r => r.State != ReleaseState.Released, Ct);

        Assert.Equal("7.3", open.VersionText);
        Assert.True(open.IsProvisional);
        Assert.Equal(ReleaseState.MergeWindow, open.State);
        Assert.Equal(new DateOnly(2026, 8, 16), open.MergeWindowOpenedOn);
    }

    [Fact]
    public async Task Translations_point_at_each_other()
    {
        await using var db = Database.CreateContext();
        await new DemoContentSeeder(db, new MarkdownRenderer(), TimeProvider.System).SeedAsync(Ct);

        await using var read = Database.CreateContext();
        var german = await read.Articles.Include(a => a.Translation).SingleAsync(a => a.Slug == "linux-4-0-ist-da", Ct);

        Assert.Equal("linux-4-0-released", german.Translation!.Slug);
        Assert.Equal(german.Id, german.Translation.TranslationId);
    }

    [Fact]
    public async Task A_database_with_content_is_left_alone()
    {
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(new ArticleBuilder("Vorhandener Artikel").Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var seedDb = Database.CreateContext();
        var result = await new DemoContentSeeder(seedDb, new MarkdownRenderer(), TimeProvider.System).SeedAsync(Ct);

        Assert.False(result.Seeded);
        await using var read = Database.CreateContext();
        Assert.Equal(0, await read.Releases.CountAsync(Ct));
        Assert.Equal(1, await read.Articles.CountAsync(Ct));
    }
}
