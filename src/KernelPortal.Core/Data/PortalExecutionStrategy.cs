using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace KernelPortal.Core.Data;

/// <summary>
/// Npgsql's retrying strategy (transient errors: the server restarting, a dropped connection) with up to six retries
/// (<c>Database:MaxRetries</c> may set fewer), at most five seconds apart — unless <see cref="DatabaseRetryBudget"/>
/// allows the work in progress fewer.
/// </summary>
public sealed class PortalExecutionStrategy(ExecutionStrategyDependencies dependencies, int maxRetries = PortalExecutionStrategy.MaxRetries)
    : NpgsqlRetryingExecutionStrategy(dependencies, maxRetries, TimeSpan.FromSeconds(5), errorCodesToAdd: null)
{
    /// <summary>
    /// The retries work without a budget gets, unless the host sets fewer: about twenty seconds of waiting.
    /// </summary>
    public const int MaxRetries = 6;

    /// <summary>The setting that lowers <see cref="MaxRetries"/> for a host.</summary>
    public const string MaxRetriesSetting = "Database:MaxRetries";

    /// <summary>
    /// The retries a host's <see cref="MaxRetriesSetting"/> asks for: unset, <see cref="MaxRetries"/>; otherwise a whole
    /// number from 0 to <see cref="MaxRetries"/>, or an error saying so (the host stops at start rather than run with a
    /// setting it misread).
    /// </summary>
    public static int MaxRetriesFrom(string? setting)
    {
        if (string.IsNullOrWhiteSpace(setting))
        {
            return MaxRetries;
        }

        return int.TryParse(setting, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var retries) && retries <= MaxRetries
            ? retries
            : throw new InvalidOperationException($"The setting '{MaxRetriesSetting}' is '{setting}': it takes a whole number from 0 to {MaxRetries}.");
    }

    // Returning null ends the retries: the strategy throws RetryLimitExceededException, as it does after the sixth.
    protected override TimeSpan? GetNextDelay(Exception lastException) =>
        DatabaseRetryBudget.Current is { } budget && ExceptionsEncountered.Count > budget
            ? null
            : base.GetNextDelay(lastException);
}
