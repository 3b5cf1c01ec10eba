using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace KernelPortal.Core.Data;

/// <summary>Registers the database: one <see cref="NpgsqlDataSource"/>, a context factory and a scoped context.</summary>
public static class CoreServiceCollectionExtensions
{
    /// <summary>
    /// Adds <see cref="PortalDbContext"/> (scoped and as a factory) over a shared data source, retrying a query the
    /// database failed up to <paramref name="maxRetries"/> times (<see cref="PortalExecutionStrategy"/>).
    /// </summary>
    public static IServiceCollection AddPortalDatabase(this IServiceCollection services, string connectionString, int maxRetries = PortalExecutionStrategy.MaxRetries)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(maxRetries);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<AuditingInterceptor>();
        services.TryAddSingleton(_ => PortalDatabase.DataSource(connectionString));

        // The factory serves the worker and interactive components (one short-lived context per operation);
        // static pages and the CLI take the scoped context it also provides. The contexts are pooled: a page that
        // misses the output cache would otherwise spend a tenth of its time building a context's services.
        services.AddPooledDbContextFactory<PortalDbContext>((sp, options) =>
            PortalDatabase.Configure(options, sp.GetRequiredService<NpgsqlDataSource>(), maxRetries)
                .AddInterceptors(sp.GetRequiredService<AuditingInterceptor>()));
        services.TryAddScoped(sp => sp.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContext());
        return services;
    }
}
