using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Web.Cms;

public class PublishingTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static async Task<bool> EventuallyAsync(Func<Task<bool>> condition, TimeSpan within)
    {
        var until = DateTimeOffset.UtcNow + within;
        while (DateTimeOffset.UtcNow < until)
        {
            if (await condition())
            {
                return true;
            }

            await Task.Delay(200, Ct);
        }

        return await condition();
    }

    [Fact]
    public async Task Publishing_in_the_CMS_shows_the_article_on_the_cached_front_page_and_in_the_feed_at_once()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var reader = app.CreateClient();
        Assert.DoesNotContain("Linux 4.0 ist da", await reader.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.DoesNotContain("Linux 4.0 ist da", await reader.GetStringAsync("/feeds/all.atom", Ct), StringComparison.Ordinal);
        var editing = app.Services.GetRequiredService<ArticleEditService>();
        var editor = new Actor(null, "Redaktion", Roles.Editor);
        var created = Assert.IsType<EditResult.Saved>(await editing.CreateAsync(new ArticleFields { Title = "Linux 4.0 ist da", Lead = "Ohne große Neuerungen." }, editor, Ct));

        var published = await editing.TransitionAsync(created.ArticleId, ArticleStatus.Published, null, created.Token, editor, Ct);

        Assert.IsType<EditResult.Saved>(published);
        Assert.Contains("Linux 4.0 ist da", await reader.GetStringAsync("/", Ct), StringComparison.Ordinal);
        Assert.Contains("Linux 4.0 ist da", await reader.GetStringAsync("/feeds/all.atom", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_server_publishes_a_scheduled_article_when_it_is_due_at_its_scheduled_time()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var reader = app.CreateClient();
        Assert.DoesNotContain("Pünktlich erschienen", await reader.GetStringAsync("/", Ct), StringComparison.Ordinal);
        var due = DateTimeOffset.UtcNow.AddSeconds(2);
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(new ArticleBuilder("Pünktlich erschienen").ScheduledFor(due).Build());
            await db.SaveChangesAsync(Ct);
        }

        var onFrontPage = await EventuallyAsync(async () => (await reader.GetStringAsync("/", Ct)).Contains("Pünktlich erschienen", StringComparison.Ordinal), TimeSpan.FromSeconds(20));

        Assert.True(onFrontPage, "the scheduled article did not reach the front page within 20 s");
        Assert.Contains("Pünktlich erschienen", await reader.GetStringAsync("/feeds/all.atom", Ct), StringComparison.Ordinal);
        await using var check = Database.CreateContext();
        var article = await check.Articles.SingleAsync(Ct);
        Assert.Equal(due.ToUnixTimeMilliseconds(), article.PublishedAt!.Value.ToUnixTimeMilliseconds());
    }

    [Fact]
    public async Task Two_instances_publish_each_scheduled_article_exactly_once()
    {
        var due = DateTimeOffset.UtcNow.AddSeconds(1);
        await using (var db = Database.CreateContext())
        {
            for (var i = 0; i < 20; i++)
            {
                db.Articles.Add(new ArticleBuilder($"Geplant {i}").ScheduledFor(due.AddMilliseconds(i * 50)).Build());
            }

            await db.SaveChangesAsync(Ct);
        }

        await using var first = new PortalAppFactory(Database.ConnectionString);
        await using var second = new PortalAppFactory(Database.ConnectionString);
        _ = (first.Server, second.Server);

        var allPublished = await EventuallyAsync(async () =>
        {
            await using var db = Database.CreateContext();
            return await db.Articles.CountAsync(a => a.Status == ArticleStatus.Published, Ct) == 20;
        }, TimeSpan.FromSeconds(20));

        Assert.True(allPublished, "not all 20 scheduled articles were published within 20 s");
        await using var check = Database.CreateContext();
        var perArticle = await check.ArticleRevisions.Where(r => r.SavedByName == "Scheduler").GroupBy(r => r.ArticleId).Select(g => g.Count()).ToListAsync(Ct);
        Assert.Equal(20, perArticle.Count);
        Assert.All(perArticle, count => Assert.Equal(1, count));
    }
}
