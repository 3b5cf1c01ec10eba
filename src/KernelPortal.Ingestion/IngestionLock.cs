using Npgsql;

namespace KernelPortal.Ingestion;

/// <summary>
/// One ingestion pass at a time across all instances and the CLI: a PostgreSQL session-level advisory lock,
/// held on a dedicated connection for the length of the pass. If the process dies, PostgreSQL releases it.
/// </summary>
public sealed class IngestionLock(NpgsqlDataSource dataSource)
{
    /// <summary>The lock key: "KPORTAL" in ASCII, so it is recognisable in <c>pg_locks</c>.</summary>
    public const long Key = 0x4B504F5254414C;

    /// <summary>Takes the lock if it is free; null when another pass holds it.</summary>
    public async Task<IAsyncDisposable?> TryAcquireAsync(CancellationToken cancellationToken)
    {
        var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(@key)", connection);
            command.Parameters.AddWithValue("key", Key);
            if (await command.ExecuteScalarAsync(cancellationToken) is true)
            {
                return new Handle(connection);
            }
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }

        await connection.DisposeAsync();
        return null;
    }

    /// <summary>Waits for the lock, checking twice a second, until <paramref name="cancellationToken"/> fires.</summary>
    public async Task<IAsyncDisposable> AcquireAsync(Action? waiting, CancellationToken cancellationToken)
    {
        var told = false;
        while (true)
        {
            if (await TryAcquireAsync(cancellationToken) is { } handle)
            {
                return handle;
            }

            if (!told)
            {
                waiting?.Invoke();
                told = true;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken);
        }
    }

    private sealed class Handle(NpgsqlConnection connection) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                await using var command = new NpgsqlCommand("SELECT pg_advisory_unlock(@key)", connection);
                command.Parameters.AddWithValue("key", Key);
                await command.ExecuteScalarAsync();
            }
            catch (NpgsqlException)
            {
                // The connection is gone, and with it the lock: nothing left to release.
            }

            await connection.DisposeAsync();
        }
    }
}
