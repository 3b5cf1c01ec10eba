using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
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
        Release? inProgress;
        try
        {
            await using var db = await contexts.CreateDbContextAsync(budget.Token);
            inProgress = await db.Releases.AsNoTracking().Include(r => r.Candidates)
                .Where(r => r.State != ReleaseState.Released)
                .OrderByDescending(r => r.Major).ThenByDescending(r => r.Minor).ThenByDescending(r => r.Patch)
                .FirstOrDefaultAsync(budget.Token);
        }
        catch (Exception ex) when (ex is OperationCanceledException or Npgsql.NpgsqlException or InvalidOperationException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Healthy("not checked: the database did not answer");
        }

        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        return ReleaseDataFreshness.Assess(inProgress, today) is { } stale
            ? HealthCheckResult.Degraded(stale.ReasonEn)
            : HealthCheckResult.Healthy();
    }
}
