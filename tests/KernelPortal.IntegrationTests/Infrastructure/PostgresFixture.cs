using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Respawn;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>
/// The real PostgreSQL database the tests run against. The connection string comes from
/// <c>KERNELPORTAL_TEST_DB</c>, which <c>./scripts/test.sh</c> sets after starting a throwaway cluster.
/// Migrations are applied once per run (so they are tested too); Respawn empties the tables before each test.
/// </summary>
public sealed class PostgresFixture : IAsyncLifetime
{
    public const string VariableName = "KERNELPORTAL_TEST_DB";

    private Respawner? _respawner;

    public string ConnectionString { get; } = Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } value
        ? value
        : throw new InvalidOperationException(
            $"{VariableName} is not set. Run the tests with ./scripts/test.sh, which starts a throwaway PostgreSQL " +
            $"and sets it, or point {VariableName} at an empty database you own (Host=…;Database=…;Username=…).");

    public async ValueTask InitializeAsync()
    {
        await using (var db = CreateContext())
        {
            await db.Database.MigrateAsync();
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__ef_migrations_history"],
        });
    }

    /// <summary>Deletes every row except the migration history.</summary>
    public async Task ResetAsync()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        await _respawner!.ResetAsync(connection);
    }

    /// <summary>A new context on the test database, configured exactly as the hosts configure it.</summary>
    public PortalDbContext CreateContext() => CreateContext(ConnectionString);

    public static PortalDbContext CreateContext(string connectionString)
    {
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, connectionString).AddInterceptors(new AuditingInterceptor(TimeProvider.System));
        return new PortalDbContext(options.Options);
    }

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
