using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Editorial;

public class ScheduledPublisherTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<int> AddScheduledAsync(string title, DateTimeOffset due)
    {
        await using var db = Database.CreateContext();
        var article = new ArticleBuilder(title).ScheduledFor(due).Build();
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        return article.Id;
    }

    [Fact]
    public async Task Publishes_what_is_due_with_the_scheduled_time_as_published_at_and_leaves_the_rest()
    {
        var due = new DateTimeOffset(2026, 11, 1, 8, 0, 0, TimeSpan.Zero);
        var overdue = await AddScheduledAsync("Während der Wartung fällig", due);
        var later = await AddScheduledAsync("Erst morgen", DateTimeOffset.UtcNow.AddDays(1));
        await using var services = new EditorialServices(Database.ConnectionString);

        var published = await services.Publisher.PublishDueAsync(Ct);
        var again = await services.Publisher.PublishDueAsync(Ct);

        Assert.Equal([overdue], published);
        Assert.Empty(again);
        await using var db = Database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == overdue, Ct);
        Assert.Equal(ArticleStatus.Published, article.Status);
        Assert.Equal(due, article.PublishedAt);
        Assert.Null(article.PublishAt);
        Assert.Equal(ArticleStatus.Scheduled, (await db.Articles.SingleAsync(a => a.Id == later, Ct)).Status);
        var revision = await db.ArticleRevisions.SingleAsync(r => r.ArticleId == overdue, Ct);
        Assert.Equal(("Scheduler", ArticleStatus.Published), (revision.SavedByName, revision.Status));
    }

    [Fact]
    public async Task Several_publishers_at_once_publish_each_article_exactly_once()
    {
        var ids = new List<int>();
        for (var i = 0; i < 40; i++)
        {
            ids.Add(await AddScheduledAsync($"Geplanter Artikel {i}", DateTimeOffset.UtcNow.AddMinutes(-i - 1)));
        }

        // Separate service providers stand for separate instances, each with its own connections.
        var instances = Enumerable.Range(0, 4).Select(_ => new EditorialServices(Database.ConnectionString)).ToList();
        try
        {
            var rounds = await Task.WhenAll(instances.Select(async instance =>
            {
                var mine = new List<int>();
                for (var round = 0; round < 5; round++)
                {
                    mine.AddRange(await instance.Publisher.PublishDueAsync(Ct));
                }

                return mine;
            }));

            var all = rounds.SelectMany(r => r).ToList();
            Assert.Equal(ids.Order(), all.Order());
            await using var db = Database.CreateContext();
            Assert.Equal(40, await db.ArticleRevisions.CountAsync(r => r.SavedByName == "Scheduler", Ct));
            Assert.Equal(40, await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, Ct));
        }
        finally
        {
            foreach (var instance in instances)
            {
                await instance.DisposeAsync();
            }
        }
    }

    [Fact]
    public async Task Says_when_the_next_article_is_due()
    {
        var soon = DateTimeOffset.UtcNow.AddMinutes(5);
        await AddScheduledAsync("Bald", soon);
        await AddScheduledAsync("Später", soon.AddHours(1));
        await using var services = new EditorialServices(Database.ConnectionString);

        var next = await services.Publisher.NextDueAsync(Ct);

        Assert.Equal(soon.ToUnixTimeMilliseconds(), next!.Value.ToUnixTimeMilliseconds());
    }
}
