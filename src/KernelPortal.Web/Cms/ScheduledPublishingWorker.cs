using KernelPortal.Core.Editorial;
using Microsoft.Extensions.Options;

namespace KernelPortal.Web.Cms;

/// <summary>
/// Publishes scheduled articles when they are due: sleeps until the next due time (at most <see cref="MaxSleep"/>,
/// so articles scheduled on another instance are seen soon), then lets <see cref="ScheduledPublisher"/> claim them.
/// On start it catches up on everything that fell due while no instance ran.
/// </summary>
internal sealed class ScheduledPublishingWorker(IServiceScopeFactory scopes, IOptions<CmsOptions> options, TimeProvider clock, ILogger<ScheduledPublishingWorker> logger) : BackgroundService
{
    /// <summary>The longest sleep between looks at the schedule.</summary>
    public static readonly TimeSpan MaxSleep = TimeSpan.FromSeconds(5);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }

        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var sleep = MaxSleep;
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    var publisher = scope.ServiceProvider.GetRequiredService<ScheduledPublisher>();
                    var published = await publisher.PublishDueAsync(stoppingToken);
                    if (published.Count > 0)
                    {
                        if (logger.IsEnabled(LogLevel.Information))
                        {
                            logger.ScheduledPublished(published.Count, string.Join(", ", published));
                        }

                        continue;
                    }

                    if (await publisher.NextDueAsync(stoppingToken) is { } next)
                    {
                        var untilDue = next - clock.GetUtcNow();
                        sleep = untilDue < TimeSpan.Zero ? TimeSpan.Zero : untilDue < MaxSleep ? untilDue : MaxSleep;
                    }
                }
                catch (Exception ex) when (ex is not OperationCanceledException && !stoppingToken.IsCancellationRequested)
                {
                    // PostgreSQL away (a restart): nothing was claimed, so nothing is lost; try again after the sleep.
                    logger.SchedulerFailed(ex);
                }

                await Task.Delay(sleep, clock, stoppingToken);
            }
        }
        catch (Exception) when (stoppingToken.IsCancellationRequested)
        {
            // The host is shutting down: a claim cut short is rolled back, nothing is lost; a normal stop.
            logger.SchedulerStopped();
        }
    }
}
