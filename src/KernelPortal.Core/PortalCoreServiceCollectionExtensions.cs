using KernelPortal.Core.Content;
using KernelPortal.Core.Content.Reading;
using KernelPortal.Core.Data;
using KernelPortal.Core.Demo;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Media;
using KernelPortal.Core.People;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KernelPortal.Core;

/// <summary>Core registers itself: the database, the read services and the write services every host uses.</summary>
public static class PortalCoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds the database, Markdown rendering, demo content, search, the forecast, the release snapshot and the
    /// editorial write services. A host adds only what is its own (ingestion, the web's caches, the CLI's commands)
    /// and an <see cref="IContentChangeNotifier"/>. <paramref name="maxRetries"/>: see <see cref="CoreServiceCollectionExtensions.AddPortalDatabase"/>.
    /// </summary>
    public static IServiceCollection AddPortalCore(this IServiceCollection services, string connectionString, int maxRetries = PortalExecutionStrategy.MaxRetries)
    {
        services.AddPortalDatabase(connectionString, maxRetries);
        services.TryAddSingleton<MarkdownRenderer>();
        services.TryAddScoped<DemoContentSeeder>();
        services.TryAddScoped<ForecastService>();
        services.TryAddScoped<ArticleSearch>();
        services.TryAddSingleton<ReleaseSnapshotSource>();
        // Read services of the public pages: scoped, on the request's context. The web host replaces the zone with Cms:TimeZone.
        services.TryAddSingleton(NewsroomZone.Utc);
        services.TryAddScoped<ArticleTeasers>();
        services.TryAddScoped<ArticleReads>();
        services.TryAddScoped<FeedReads>();
        services.TryAddSingleton<ArticleBodyCache>();
        services.TryAddScoped<ReleasePeopleQuery>();
        // Write services hold no state and open one short-lived context per operation: one instance serves all.
        services.TryAddSingleton<ArticleEditService>();
        services.TryAddSingleton<AddressRuleService>();
        services.TryAddSingleton<ReleaseCorrectionService>();
        services.TryAddSingleton<TaxonomyService>();
        services.TryAddSingleton<CmsReads>();
        services.TryAddSingleton<ArticleImporter>();
        services.TryAddSingleton<ArticleExporter>();
        services.TryAddSingleton<ScheduledPublisher>();
        services.TryAddSingleton<PresenceTracker>();
        // Images: the database stores them unless a host registers another IMediaStore first.
        services.TryAddSingleton<IMediaStore, PostgresMediaStore>();
        services.TryAddSingleton<MediaLibrary>();
        return services;
    }
}
