using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Content;

/// <summary>
/// The visibility rule is written once and reaches the database two ways: <see cref="ArticleVisibility.VisibleAt"/>
/// for queries composed per call, <see cref="ArticleVisibility.Inline{TContext, T1, TResult}"/> for compiled ones.
/// Both must let through exactly what readers may see, and the time must be a parameter, not an SQL literal.
/// </summary>
public class ArticleVisibilityTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Now = new(2026, 11, 30, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Composed_and_compiled_queries_see_the_same_articles_published_by_the_time_asked()
    {
        var past = new ArticleBuilder("Erschienen").Build();
        past.PublishedAt = Now.AddDays(-1);
        var future = new ArticleBuilder("Vordatiert").Build();
        future.PublishedAt = Now.AddDays(1);
        var draft = new ArticleBuilder("Entwurf").Draft().Build();
        var scheduled = new ArticleBuilder("Geplant").ScheduledFor(Now.AddHours(-1)).Build();
        var archived = new ArticleBuilder("Archiviert").Build();
        archived.Status = ArticleStatus.Archived;
        archived.PublishedAt = Now.AddDays(-2);
        await using (var db = Database.CreateContext())
        {
            db.AddRange(past, future, draft, scheduled, archived);
            await db.SaveChangesAsync(Ct);
        }

        var compiled = EF.CompileAsyncQuery(ArticleVisibility.Inline((PortalDbContext context, DateTimeOffset now) =>
            context.Articles.Where(a => ArticleVisibility.IsVisible(a, now)).OrderBy(a => a.Id).Select(a => a.Id)));

        await using var read = Database.CreateContext();
        foreach (var (when, expected) in new[] { (Now, new[] { past.Id }), (Now.AddDays(2), new[] { past.Id, future.Id }) })
        {
            var composed = await read.Articles.VisibleAt(when).OrderBy(a => a.Id).Select(a => a.Id).ToListAsync(Ct);
            var fromCompiled = new List<int>();
            await foreach (var id in compiled(read, when).WithCancellation(Ct))
            {
                fromCompiled.Add(id);
            }

            Assert.Equal(expected, composed);
            Assert.Equal(expected, fromCompiled);
        }
    }

    [Fact]
    public void The_time_is_a_query_parameter_and_the_stand_in_never_runs()
    {
        using var db = Database.CreateContext();
        var sql = db.Articles.VisibleAt(Now).ToQueryString();

        Assert.Contains("published_at <= @", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("2026-11-30", sql.Split('\n').Where(l => !l.StartsWith("--", StringComparison.Ordinal)).Aggregate(string.Concat), StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => ArticleVisibility.IsVisible(new ArticleBuilder("x").Build(), Now));
    }
}
