using System.Net.Sockets;
using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KernelPortal.UnitTests.Operations;

/// <summary>The retries a unit of work gets: the strategy's six, or fewer where a budget says so (a reader's request).</summary>
public class DatabaseRetryBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // No connection is ever opened: the operations below fail on their own with the error a refused connection gives.
    private static PortalDbContext Context()
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, "Host=127.0.0.1;Port=1;Database=none;Username=none");
        return new PortalDbContext(options.Options);
    }

    private static Task<int> Fail(ref int attempts)
    {
        attempts++;
        throw new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public async Task Work_under_a_budget_gives_up_after_its_retries(int budget)
    {
        await using var db = Context();
        var attempts = 0;
        using (DatabaseRetryBudget.Limit(budget))
        {
            var strategy = db.Database.CreateExecutionStrategy();
            await Assert.ThrowsAsync<RetryLimitExceededException>(() => strategy.ExecuteAsync(_ => Fail(ref attempts), Ct));
        }

        Assert.Equal(budget + 1, attempts);
    }

    [Fact]
    public void The_strategy_is_the_portals_and_retries_without_a_budget()
    {
        using var db = Context();

        Assert.IsType<PortalExecutionStrategy>(db.Database.CreateExecutionStrategy());
        Assert.True(db.Database.CreateExecutionStrategy().RetriesOnFailure);
        Assert.Null(DatabaseRetryBudget.Current);
    }

    [Fact]
    public void A_budget_holds_inside_its_scope_and_the_one_before_comes_back()
    {
        using (DatabaseRetryBudget.Limit(2))
        {
            Assert.Equal(2, DatabaseRetryBudget.Current);
            using (DatabaseRetryBudget.Limit(0))
            {
                Assert.Equal(0, DatabaseRetryBudget.Current);
            }

            Assert.Equal(2, DatabaseRetryBudget.Current);
        }

        Assert.Null(DatabaseRetryBudget.Current);
        Assert.Throws<ArgumentOutOfRangeException>(() => DatabaseRetryBudget.Limit(-1));
    }
}
