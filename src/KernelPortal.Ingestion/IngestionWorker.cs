using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KernelPortal.Ingestion;

/// <summary>
/// The only timing code: a pass every <see cref="IngestionOptions.Interval"/>. A failing pass is logged and the
/// next tick tries again; since .NET 6 an exception escaping a BackgroundService would stop the whole host.
/// </summary>
public sealed class IngestionWorker(IServiceScopeFactory scopes, IOptions<IngestionOptions> options, ILogger<IngestionWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(options.Value.Interval);
        try
        {
            do
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<IngestionPass>().TryRunAsync("worker", null, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException && !stoppingToken.IsCancellationRequested)
                {
                    logger.PassFailed(ex);
                }
            }
            while (await timer.WaitForNextTickAsync(stoppingToken));
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // The host is shutting down: a pass cut short is a normal stop, not a failure.
            logger.WorkerStopped("ingestion worker");
        }
    }
}
