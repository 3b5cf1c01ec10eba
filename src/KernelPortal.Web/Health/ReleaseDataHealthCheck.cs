using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace KernelPortal.Web.Health;

/// <summary>
/// Degraded (still 200, so load balancers keep the instance) when the data about the release in progress is older
/// than its cycle allows (<see cref="ReleaseDataFreshness"/>): ingestion has stalled, and the front page says so.
/// </summary>
internal sealed class ReleaseDataHealthCheck(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IHealthCheck
{
    /// <summary>How long the check may wait for the database; an unreachable one is the database check's to report.</summary>
    private static readonly TimeSpan Budget = TimeSpan.FromSeconds(3);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var budget = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        budget.CancelAfter(Budget);
        StaleData? stale;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(budget.Token);
            stale = await ReleaseDataFreshness.AssessAsync(db, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), budget.Token);
        }
        catch (Exception ex) when ((ex is OperationCanceledException or Npgsql.NpgsqlException or InvalidOperationException || DatabaseOutage.IsOutage(ex))
                                   && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Healthy("not checked: the database did not answer");
        }

        return stale is not null ? HealthCheckResult.Degraded(stale.ReasonEn) : HealthCheckResult.Healthy();
    }
}
