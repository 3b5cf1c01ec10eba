using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KernelPortal.IntegrationTests.Data;

public class MigrationTests(PostgresFixture database)
{
    [Fact]
    public async Task Migrations_apply_to_an_empty_database()
    {
        var name = $"kp_migrate_{Guid.NewGuid():N}";
        await ExecuteAsync(database.ConnectionString, $"CREATE DATABASE {name}");
        var connectionString = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Database = name, Pooling = false }.ConnectionString;
        try
        {
            await using var db = PostgresFixture.CreateContext(connectionString);

            await db.Database.MigrateAsync(TestContext.Current.CancellationToken);

            Assert.Empty(await db.Database.GetPendingMigrationsAsync(TestContext.Current.CancellationToken));
            var tables = await db.Database
                .SqlQueryRaw<string>("SELECT table_name AS \"Value\" FROM information_schema.tables WHERE table_schema = 'public'")
                .ToListAsync(TestContext.Current.CancellationToken);
            Assert.Superset(
                new HashSet<string> { "releases", "release_candidates", "release_statistics", "announcements", "articles", "article_revisions", "article_tags", "feature_tags", "series", "ingestion_runs", "users", "roles", "user_roles" },
                tables.ToHashSet());
        }
        finally
        {
            await ExecuteAsync(database.ConnectionString, $"DROP DATABASE IF EXISTS {name} WITH (FORCE)");
        }
    }

    [Fact]
    public void The_model_has_no_changes_missing_from_the_migrations()
    {
        using var db = database.CreateContext();

        Assert.False(db.Database.HasPendingModelChanges(), "Run 'dotnet ef migrations add' (see PortalDbContext's remarks).");
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
