using KernelPortal.Core.Releases;
using KernelPortal.Ingestion;
using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace KernelPortal.Web;

/// <summary>
/// LISTENs for content changes announced by any process on the database (another web instance, the CLI, a
/// worker) and evicts this instance's cached public pages and its release snapshot. Reconnects after a lost connection; while it is
/// down, cached pages still expire after <see cref="PublicPageCache.Duration"/>.
/// </summary>
internal sealed partial class ContentChangeListener(NpgsqlDataSource dataSource, IOutputCacheStore cache, CachedAnswers answers, ReleaseSnapshotSource releases, ILogger<ContentChangeListener> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await ListenAsync(stoppingToken);
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // The host is shutting down and closed the connection under the LISTEN: a normal stop.
            ListenerStopped(logger);
        }
    }

    private async Task ListenAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await using var connection = await dataSource.OpenConnectionAsync(stoppingToken);
                connection.Notification += (_, _) => _ = PublicPageCache.ForgetContentAsync(cache, answers, releases, CancellationToken.None);
                await using (var listen = new NpgsqlCommand($"LISTEN {PostgresContentChangeNotifier.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(stoppingToken);
                }

                try
                {
                    // Changes made while we were not listening are unknown: start from an empty cache.
                    await PublicPageCache.ForgetContentAsync(cache, answers, releases, stoppingToken);
                    while (!stoppingToken.IsCancellationRequested)
                    {
                        await connection.WaitAsync(stoppingToken);
                    }
                }
                finally
                {
                    await UnlistenAsync(connection);
                }
            }
            catch (Exception ex) when ((ex is NpgsqlException or System.Net.Sockets.SocketException or IOException) && !stoppingToken.IsCancellationRequested)
            {
                ListenerLost(logger, ex);
                await Task.Delay(TimeSpan.FromSeconds(5), stoppingToken);
            }
        }
    }

    // Pooled connections are not reset when they go back (PortalDatabase.DataSource): a connection still listening
    // would take the channel's notifications into whatever query borrows it next.
    private static async Task UnlistenAsync(NpgsqlConnection connection)
    {
        if (connection.State != System.Data.ConnectionState.Open)
        {
            return;
        }

        try
        {
            await using var unlisten = new NpgsqlCommand("UNLISTEN *", connection);
            await unlisten.ExecuteNonQueryAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or IOException)
        {
            // A broken connection is not given back to the pool: nothing is left listening.
        }
    }

    [LoggerMessage(2, LogLevel.Information, "Stopped listening for content changes with the host")]
    private static partial void ListenerStopped(ILogger logger);

    [LoggerMessage(1, LogLevel.Warning, "Lost the LISTEN connection for content changes; retrying in 5 s")]
    private static partial void ListenerLost(ILogger logger, Exception exception);
}
