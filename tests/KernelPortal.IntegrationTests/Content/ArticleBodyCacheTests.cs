using System.Data.Common;
using KernelPortal.Core.Content.Reading;
using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace KernelPortal.IntegrationTests.Content;

/// <summary>
/// The feeds' texts kept per instance (issue 15): read once per version of the row, and never older than the row —
/// with no change signal, as when another instance made the edit.
/// </summary>
public class ArticleBodyCacheTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_feed_reads_a_text_once_and_again_only_after_its_row_changed()
    {
        var first = new ArticleBuilder("Btrfs wird schneller").Build();
        first.BodyHtml = "<p>Erste Fassung</p>";
        var second = new ArticleBuilder("Ext4 bekommt Atomic Writes").Build();
        second.BodyHtml = "<p>Atomic Writes</p>";
        second.PublishedAt = first.PublishedAt!.Value.AddHours(1);
        await using (var db = Database.CreateContext())
        {
            db.AddRange(first, second);
            await db.SaveChangesAsync(Ct);
        }

        using var snapshots = new ReleaseSnapshotSource(new TestContextFactory(Database), TimeProvider.System);
        using var bodies = new ArticleBodyCache();
        var reads = new BodyReads();

        Assert.Equal(["<p>Atomic Writes</p>", "<p>Erste Fassung</p>"], await FeedTextsAsync(snapshots, bodies, reads));
        Assert.Equal(1, reads.Count);

        Assert.Equal(["<p>Atomic Writes</p>", "<p>Erste Fassung</p>"], await FeedTextsAsync(snapshots, bodies, reads));
        Assert.Equal(1, reads.Count);

        // Another instance edits the first article: no signal reaches this one, the row's version tells.
        await using (var db = Database.CreateContext())
        {
            await db.Articles.Where(a => a.Id == first.Id).ExecuteUpdateAsync(s => s.SetProperty(a => a.BodyHtml, "<p>Zweite Fassung</p>"), Ct);
        }

        Assert.Equal(["<p>Atomic Writes</p>", "<p>Zweite Fassung</p>"], await FeedTextsAsync(snapshots, bodies, reads));
        Assert.Equal(2, reads.Count);
    }

    private async Task<string[]> FeedTextsAsync(ReleaseSnapshotSource snapshots, ArticleBodyCache bodies, BodyReads reads)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, Database.ConnectionString).AddInterceptors(reads);
        await using var db = new PortalDbContext(options.Options);
        var feed = await new FeedReads(db, new ArticleTeasers(db, snapshots), bodies, TimeProvider.System).ArticlesAsync(null, Ct);
        return [.. feed.Select(a => a.BodyHtml)];
    }

    /// <summary>Counts the queries that read article texts.</summary>
    private sealed class BodyReads : DbCommandInterceptor
    {
        public int Count { get; private set; }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("body_html", StringComparison.Ordinal))
            {
                Count++;
            }

            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}
