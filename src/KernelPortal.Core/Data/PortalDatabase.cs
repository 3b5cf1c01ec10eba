using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KernelPortal.Core.Data;

/// <summary>The one place that says how the context talks to PostgreSQL, shared by hosts, tests and design time.</summary>
public static class PortalDatabase
{
    /// <summary>The configuration key of the connection string: <c>ConnectionStrings:Portal</c>.</summary>
    public const string ConnectionStringName = "Portal";

    /// <summary>
    /// The data source every host shares, tuned for many short queries (a page that misses the output cache runs two
    /// to four, each on a connection taken from the pool and given back):
    /// <list type="bullet">
    /// <item>statements a connection runs repeatedly are prepared on it (<c>Max Auto Prepare</c>), so PostgreSQL
    /// parses and plans a page's queries once per connection rather than once per request;</item>
    /// <item>a connection coming back to the pool is not reset (<c>No Reset On Close</c>): the reset is seven
    /// statements sent ahead of the next query, about as much server work as a page's query itself. The portal keeps
    /// no session state on pooled connections — the two places that do, <c>IngestionLock</c> (an advisory lock) and
    /// the content-change listener (<c>LISTEN</c>), undo it before they give their connection back.</item>
    /// </list>
    /// A connection string that sets either option keeps its own value.
    /// </summary>
    public static NpgsqlDataSource DataSource(string connectionString)
    {
        var builder = new NpgsqlDataSourceBuilder(connectionString);
        var settings = builder.ConnectionStringBuilder;
        if (settings.MaxAutoPrepare == 0)
        {
            settings.MaxAutoPrepare = 64;
            settings.AutoPrepareMinUsages = 2;
        }

        if (!Mentions(connectionString, "No Reset On Close", "NoResetOnClose"))
        {
            settings.NoResetOnClose = true;
        }

        return builder.Build();
    }

    private static bool Mentions(string connectionString, params string[] keys) =>
        keys.Any(key => connectionString.Contains(key, StringComparison.OrdinalIgnoreCase));

    /// <summary>Configures Npgsql with snake_case names (ADR-002) for a connection string.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql => Npgsql(npgsql, PortalExecutionStrategy.MaxRetries)).UseSnakeCaseNamingConvention();

    /// <summary>Configures Npgsql with snake_case names for a shared data source.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource, int maxRetries = PortalExecutionStrategy.MaxRetries) =>
        options.UseNpgsql(dataSource, npgsql => Npgsql(npgsql, maxRetries)).UseSnakeCaseNamingConvention();

    /// <summary>
    /// Runs <paramref name="work"/> in one transaction under the retrying execution strategy: if PostgreSQL goes away
    /// (a restart, a failover) the whole unit is run again from a clean change tracker, so a retry starts from what
    /// the database holds, never from a half-applied attempt.
    /// </summary>
    public static Task<T> InTransactionAsync<T>(this DbContext db, Func<CancellationToken, Task<T>> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async token =>
        {
            db.ChangeTracker.Clear();
            await using var transaction = await db.Database.BeginTransactionAsync(token);
            var result = await work(token);
            await transaction.CommitAsync(token);
            return result;
        }, cancellationToken);
    }

    // Retries on transient errors (the server restarting, a dropped connection), so a reader right after a database
    // restart gets the page rather than the error of a dead pooled connection (PortalExecutionStrategy; a request
    // retries less, DatabaseRetryBudget). Explicit transactions must go through InTransactionAsync, which the strategy
    // can repeat as a whole.
    private static void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql, int maxRetries) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history")
            .ExecutionStrategy(dependencies => new PortalExecutionStrategy(dependencies, maxRetries));

    /// <summary>
    /// Whether a save failed on a unique key (someone stored the same slug or version a moment earlier): the write
    /// services turn this into a message for the editor instead of an error.
    /// </summary>
    public static bool IsUniqueViolation(DbUpdateException exception) =>
        exception.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation };
}
