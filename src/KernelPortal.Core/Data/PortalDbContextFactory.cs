using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace KernelPortal.Core.Data;

/// <summary>
/// Lets <c>dotnet ef</c> build the model without starting a host. Only migrations use it, and creating a
/// migration needs no server, so the connection string is a placeholder unless one is set.
/// </summary>
internal sealed class PortalDbContextFactory : IDesignTimeDbContextFactory<PortalDbContext>
{
    public PortalDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Portal")
            ?? "Host=127.0.0.1;Database=kernelportal_design;Username=postgres";
        var options = new DbContextOptionsBuilder<PortalDbContext>();
        PortalDatabase.Configure(options, connectionString);
        return new PortalDbContext(options.Options);
    }
}
