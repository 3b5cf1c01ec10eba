using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Data;

public class ArticlePersistenceTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_stale_save_fails_instead_of_overwriting()
    {
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(new ArticleBuilder("Linux 4.0 ist da").Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var first = Database.CreateContext();
        await using var second = Database.CreateContext();
        var mine = await first.Articles.SingleAsync(Ct);
        var theirs = await second.Articles.SingleAsync(Ct);
        mine.Title = "Erste Fassung";
        await first.SaveChangesAsync(Ct);
        theirs.Title = "Zweite Fassung";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync(Ct));
        await using var read = Database.CreateContext();
        Assert.Equal("Erste Fassung", (await read.Articles.SingleAsync(Ct)).Title);
    }

    [Fact]
    public async Task Saving_stamps_created_and_updated_times()
    {
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        await using var db = Database.CreateContext();
        var article = new ArticleBuilder("Stamps").Build();
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        var created = article.CreatedAt;

        article.Lead = "changed";
        await db.SaveChangesAsync(Ct);

        Assert.True(created >= before);
        Assert.True(article.UpdatedAt >= created);
    }

    [Fact]
    public async Task Slugs_are_unique()
    {
        await using var db = Database.CreateContext();
        db.Articles.Add(new ArticleBuilder("Gleicher Titel").Build());
        db.Articles.Add(new ArticleBuilder("Gleicher Titel").InEnglish().Build());

        await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));
    }
}
