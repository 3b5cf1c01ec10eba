using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace KernelPortal.Core.Data;

/// <summary>
/// Npgsql's retrying strategy (transient errors: the server restarting, a dropped connection) with up to six retries,
/// at most five seconds apart — unless <see cref="DatabaseRetryBudget"/> allows the work in progress fewer.
/// </summary>
public sealed class PortalExecutionStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, TimeSpan.FromSeconds(5), errorCodesToAdd: null)
{
    /// <summary>The retries work without a budget gets.</summary>
    public const int MaxRetries = 6;

    // Returning null ends the retries: the strategy throws RetryLimitExceededException, as it does after the sixth.
    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        DatabaseRetryBudget.Current is { } budget && ExceptionsEncountered.Count > budget
            ? null
            : base.GetNextDelay(lastException);
}
