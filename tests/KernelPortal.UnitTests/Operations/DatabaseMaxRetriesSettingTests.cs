using System.Net.Sockets;
using KernelPortal.Core.Data;
using KernelPortal.Ingestion;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Npgsql;

namespace KernelPortal.UnitTests.Operations;

/// <summary>A host's <c>Database:MaxRetries</c>: fewer retries for every query, and a clear error for a bad value.</summary>
public class DatabaseMaxRetriesSettingTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // No connection is ever opened: the work below fails on its own with the error a refused connection gives.
    private static HostApplicationBuilder Host(string? maxRetries)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            [$"ConnectionStrings:{PortalDatabase.ConnectionStringName}"] = "Host=127.0.0.1;Port=1;Database=none;Username=none",
            [PortalExecutionStrategy.MaxRetriesSetting] = maxRetries,
        });
        return builder;
    }

    private static async Task<int> AttemptsAsync(string? maxRetries)
    {
        var builder = Host(maxRetries);
        builder.AddIngestion();
        await using var services = builder.Services.BuildServiceProvider();
        await using var db = await services.GetRequiredService<IDbContextFactory<PortalDbContext>>().CreateDbContextAsync(Ct);
        var attempts = 0;
        await Assert.ThrowsAsync<RetryLimitExceededException>(() => db.Database.CreateExecutionStrategy().ExecuteAsync(_ =>
        {
            attempts++;
            throw new NpgsqlException("Failed to connect to 127.0.0.1:1", new SocketException((int)SocketError.ConnectionRefused));
        }, Ct));
        return attempts;
    }

    [Theory]
    [InlineData("0", 1)]
    [InlineData("1", 2)]
    public async Task The_setting_gives_every_query_fewer_retries(string maxRetries, int attempts) =>
        Assert.Equal(attempts, await AttemptsAsync(maxRetries));

    [Theory]
    [InlineData("seven")]
    [InlineData("-1")]
    [InlineData("7")]
    [InlineData("2.5")]
    public void A_bad_value_stops_the_host_with_what_it_takes(string maxRetries)
    {
        var error = Assert.Throws<InvalidOperationException>(() => Host(maxRetries).AddIngestion());

        Assert.Equal($"The setting 'Database:MaxRetries' is '{maxRetries}': it takes a whole number from 0 to 6.", error.Message);
    }
}
