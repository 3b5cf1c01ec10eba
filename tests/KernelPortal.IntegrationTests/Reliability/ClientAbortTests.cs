using System.Net;
using KernelPortal.IntegrationTests.Infrastructure;
using Npgsql;
using Serilog.Events;

namespace KernelPortal.IntegrationTests.Reliability;

/// <summary>
/// Readers who hang up mid-query, through the real Kestrel: the article table is locked by the test, so the page's
/// query waits in PostgreSQL until the client goes away; then the lock is released and the next request is served.
/// </summary>
public class ClientAbortTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/search?q=Kernel")]
    [InlineData("/feeds/all.atom")]
    [InlineData("/api/articles")]
    public async Task A_client_that_disconnects_mid_query_is_logged_as_aborted_and_is_no_error(string path)
    {
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(new ArticleBuilder("Ein Kernel-Artikel").Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new LoggedPortal(Database.ConnectionString, ("OutputCache:Enabled", "false"));
        var events = app.Log.Events;
        app.UseKestrel(0);
        app.StartServer();
        using var client = app.CreateClient();

        await using (var locker = new NpgsqlConnection(Database.ConnectionString))
        {
            await locker.OpenAsync(Ct);
            await using var transaction = await locker.BeginTransactionAsync(Ct);
            await using (var lockTable = new NpgsqlCommand("LOCK TABLE articles IN ACCESS EXCLUSIVE MODE", locker, transaction))
            {
                await lockTable.ExecuteNonQueryAsync(Ct);
            }

            using var hangUp = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            var request = client.GetAsync(path, hangUp.Token);
            await WaitForBlockedQueryAsync(locker);
            await hangUp.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => request);
            await transaction.RollbackAsync(Ct);
        }

        // The server notices the closed connection (its query is cancelled, or its answer cannot be written): one log line.
        await Eventually.TrueAsync(() => events.Any(e => IsRequestLog(e, path)), Ct);

        var next = await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        // One line for the aborted request: Information, marked aborted, 499 (or the status a started page had), never 500.
        var aborted = Assert.Single(events, e => IsRequestLog(e, path) && e.Properties.ContainsKey("Aborted"));
        Assert.Equal(LogEventLevel.Information, aborted.Level);
        Assert.Null(aborted.Exception);
        Assert.Equal("True", aborted.Properties["Aborted"].ToString());
        Assert.True(Status(aborted) is 499 or 200, $"status {Status(aborted)}");
        Assert.True(aborted.Properties.ContainsKey("Elapsed"));
        Assert.DoesNotContain(events, e => e.Level >= LogEventLevel.Error);
        Assert.DoesNotContain(events, e => IsRequestLog(e, path) && Status(e) == 500);
    }

    /// <summary>The request log's line for a path (Serilog's request logging, not ASP.NET Core's own diagnostics).</summary>
    private static bool IsRequestLog(LogEvent e, string path) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Trim('"') == "Serilog.AspNetCore.RequestLoggingMiddleware"
        && e.Properties.TryGetValue("RequestPath", out var p) && p.ToString().Trim('"') == path.Split('?')[0];

    private static int Status(LogEvent e) => int.Parse(e.Properties["StatusCode"].ToString(), System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Polls pg_stat_activity until a query of the portal waits for the test's lock (bounded; no fixed sleep).</summary>
    private static async Task WaitForBlockedQueryAsync(NpgsqlConnection locker)
    {
        await Eventually.TrueAsync(async () =>
        {
            await using var command = new NpgsqlCommand("SELECT count(*) FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND pid <> pg_backend_pid()", locker);
            return (long)(await command.ExecuteScalarAsync(Ct))! > 0;
        }, Ct);
    }
}
