using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Contexts on the test database for code that takes a factory (the ingestion runner and ingestor).</summary>
internal sealed class TestContextFactory(PostgresFixture database) : IDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext() => database.CreateContext();
}
