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

        // Database:MaxRetries may lower the six retries of a query the database failed (the browser tests set 2, so a
        // test of the CMS with the database away gets the same message after seconds rather than twenty).
        builder.Services.AddPortalCore(connectionString, PortalExecutionStrategy.MaxRetriesFrom(builder.Configuration[PortalExecutionStrategy.MaxRetriesSetting]));
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
}
