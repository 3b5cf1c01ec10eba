using KernelPortal.Core;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Ingestion.Drafts;
using KernelPortal.Ingestion.Mail;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace KernelPortal.Ingestion;

/// <summary>Registers what both hosts (web and CLI) share: Core (<see cref="PortalCoreServiceCollectionExtensions.AddPortalCore"/>) and ingestion.</summary>
public static class IngestionServiceCollectionExtensions
{
    /// <summary>
    /// Adds the portal's services. Fails at once when <c>ConnectionStrings:Portal</c> is missing, because every
    /// later error would only be a confusing symptom of that.
    /// </summary>
    public static IHostApplicationBuilder AddIngestion(this IHostApplicationBuilder builder)
    {
        var connectionString = builder.Configuration.GetConnectionString(PortalDatabase.ConnectionStringName);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException(
                $"The connection string 'ConnectionStrings:{PortalDatabase.ConnectionStringName}' is not set. " +
                $"Set the environment variable ConnectionStrings__{PortalDatabase.ConnectionStringName} " +
                "(./scripts/run.sh does this for its local PostgreSQL).");
        }

        builder.Services.AddPortalCore(connectionString, MaxRetries(builder.Configuration));
        builder.Services.TryAddSingleton<IngestionLock>();
        builder.Services.TryAddScoped<AnnouncementIngestor>();
        builder.Services.TryAddScoped<AnnouncementRereader>();
        builder.Services.TryAddSingleton<PostgresContentChangeNotifier>();
        builder.Services.TryAddSingleton<IContentChangeNotifier>(sp => sp.GetRequiredService<PostgresContentChangeNotifier>());
        builder.Services.TryAddScoped<IngestionRunner>();
        builder.Services.TryAddScoped<IngestionPass>();
        builder.Services.TryAddScoped<Backfill.RcBackfill>();
        builder.Services.TryAddScoped<DraftGenerator>();
        builder.Services.AddOptions<IngestionOptions>()
            .BindConfiguration(IngestionOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        // Retries with backoff that honour Retry-After (rate limits), a circuit breaker and timeouts.
        builder.Services.AddHttpClient(IngestionPass.HttpClientName, client =>
        {
            client.DefaultRequestHeaders.UserAgent.ParseAdd("KernelPortal/1.0 (+https://github.com/kernelportal)");
        }).AddStandardResilienceHandler();
        return builder;
    }

    // Database:MaxRetries lowers the retries of a query the database failed (0–6; unset, six: about twenty seconds of
    // waiting, enough to ride out a restart). The browser tests set 1, so a test of the CMS with the database away
    // waits a second, not twenty, for the same message.
    private static int MaxRetries(IConfiguration configuration)
    {
        var value = configuration[PortalExecutionStrategy.MaxRetriesSetting];
        if (string.IsNullOrWhiteSpace(value))
        {
            return PortalExecutionStrategy.MaxRetries;
        }

        return int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var retries) && retries <= PortalExecutionStrategy.MaxRetries
            ? retries
            : throw new InvalidOperationException(
                $"The setting '{PortalExecutionStrategy.MaxRetriesSetting}' is '{value}': it takes a whole number from 0 to {PortalExecutionStrategy.MaxRetries}.");
    }
}
