using KernelPortal.Core.Data;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Data;

public class ConstantLimitTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_limit_is_a_number_in_the_SQL_and_takes_the_first_rows()
    {
        await using (var db = Database.CreateContext())
        {
            db.Articles.AddRange(Enumerable.Range(1, 5).Select(i => new ArticleBuilder($"Artikel {i}").Build()));
            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var query = read.Articles.OrderByDescending(a => a.Id).Select(a => a.Title);

        // Take() of a composed query is a parameter ("LIMIT @p"): the reason ConstantLimit exists.
        Assert.DoesNotContain("LIMIT 3", query.Take(3).ToQueryString(), StringComparison.Ordinal);
        Assert.Contains("LIMIT 3", query.TakeConstant(3).ToQueryString(), StringComparison.Ordinal);
        Assert.Equal(["Artikel 5", "Artikel 4", "Artikel 3"], await query.TakeConstant(3).ToListAsync(Ct));
        Assert.Equal(["Artikel 2", "Artikel 1"], await query.Skip(3).TakeConstant(3).ToListAsync(Ct));
    }
}
