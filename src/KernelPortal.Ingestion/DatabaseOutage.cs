using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Npgsql;

namespace KernelPortal.Ingestion;

/// <summary>
/// Rides out a short PostgreSQL outage (a restart, a failover): an operation that fails because the server went away
/// is retried with growing pauses for up to <see cref="Patience"/>. Only whole operations are retried, each in its
/// own transaction and idempotent by natural key, so a retry never stores anything twice.
/// </summary>
public static class DatabaseOutage
{
    /// <summary>How long a pass waits for the database to come back before it gives up on an item.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    /// <summary>True for errors that mean "the server is unreachable or restarting", not "the data is wrong".</summary>
    public static bool IsOutage(Exception ex) => ex switch
    {
        NpgsqlException npgsql => npgsql.IsTransient || npgsql is PostgresException { SqlState: "57P01" or "57P02" or "57P03" },
        DbUpdateException { InnerException: { } inner } => IsOutage(inner),
        InvalidOperationException { InnerException: { } inner } => IsOutage(inner),
        _ => false,
    };

    public static async Task<T> RetryAsync<T>(Func<Task<T>> operation, TimeProvider clock, ILogger logger, CancellationToken cancellationToken)
    {
        var giveUpAt = clock.GetUtcNow() + Patience;
        var pause = TimeSpan.FromMilliseconds(200);
        while (true)
        {
            try
            {
                return await operation();
            }
            catch (Exception ex) when (IsOutage(ex) && clock.GetUtcNow() < giveUpAt)
            {
                logger.DatabaseUnavailable(ex.GetBaseException().Message, pause.TotalMilliseconds);
                await Task.Delay(pause, clock, cancellationToken);
                pause = TimeSpan.FromMilliseconds(Math.Min(pause.TotalMilliseconds * 2, 3000));
            }
        }
    }

    public static Task RetryAsync(Func<Task> operation, TimeProvider clock, ILogger logger, CancellationToken cancellationToken) =>
        RetryAsync(async () =>
        {
            await operation();
            return true;
        }, clock, logger, cancellationToken);
}
