using KernelPortal.Ingestion;

namespace KernelPortal.Web.Cms;

/// <summary>
/// Starts an ingestion pass from the CMS. The pass runs in the background (not on the editor's circuit, which may
/// close), and records its progress on its ingestion run, which the CMS shows live from any instance.
/// </summary>
internal sealed class ManualIngestion(IServiceScopeFactory scopes, IHostApplicationLifetime lifetime, ILogger<ManualIngestion> logger)
{
    private int _running;

    /// <summary>False when this instance is already running a manual pass.</summary>
    public bool TryStart(string trigger)
    {
        if (Interlocked.Exchange(ref _running, 1) == 1)
        {
            return false;
        }

        _ = Task.Run(async () =>
        {
            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<IngestionPass>().TryRunAsync(trigger, null, lifetime.ApplicationStopping);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.ManualPassFailed(ex, trigger);
            }
            finally
            {
                Volatile.Write(ref _running, 0);
            }
        });
        return true;
    }
}
