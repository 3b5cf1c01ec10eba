using KernelPortal.Core.Data;
using KernelPortal.Ingestion;
using KernelPortal.Ingestion.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Contexts on the test database for code that takes a factory (the ingestion runner and ingestor).</summary>
internal sealed class TestContextFactory(PostgresFixture database) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext() => database.CreateContext();

    /// <summary>An ingestion runner on the test database, wired as the hosts wire it.</summary>
    public static IngestionRunner Runner(PostgresFixture database, TimeProvider? clock = null)
    {
        var factory = new TestContextFactory(database);
        return new IngestionRunner(factory, new AnnouncementIngestor(factory), clock ?? TimeProvider.System, NullLogger<IngestionRunner>.Instance);
    }
}
