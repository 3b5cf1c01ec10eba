using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KernelPortal.Core.Data;

/// <summary>The one place that says how the context talks to PostgreSQL, shared by hosts, tests and design time.</summary>
public static class PortalDatabase
{
    /// <summary>The configuration key of the connection string: <c>ConnectionStrings:Portal</c>.</summary>
    public const string ConnectionStringName = "Portal";

    /// <summary>Configures Npgsql with snake_case names (ADR-002) for a connection string.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, Npgsql).UseSnakeCaseNamingConvention();

    /// <summary>Configures Npgsql with snake_case names for a shared data source.</summary>
    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, NpgsqlDataSource dataSource) =>
        options.UseNpgsql(dataSource, Npgsql).UseSnakeCaseNamingConvention();

    private static void Npgsql(Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure.NpgsqlDbContextOptionsBuilder npgsql) =>
        npgsql.MigrationsHistoryTable("__ef_migrations_history");
}
