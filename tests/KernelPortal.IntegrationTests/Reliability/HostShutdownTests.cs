using System.Collections.Concurrent;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Serilog.Events;

namespace KernelPortal.IntegrationTests.Reliability;

/// <summary>The host's own shutdown is a normal stop for the background work: logged at Information, nothing worse.</summary>
public class HostShutdownTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Stopping_the_host_stops_the_worker_scheduler_and_listener_without_warnings()
    {
        var app = new LoggedPortal(Database.ConnectionString, ("Ingestion:Enabled", "true"), ("Ingestion:Lore:Enabled", "false"), ("Ingestion:KernelOrg:Enabled", "false"));
        var events = app.Log.Events;
        app.UseKestrel(0);
        app.StartServer();
        using (var client = app.CreateClient())
        {
            Assert.True((await client.GetAsync("/healthz", Ct)).IsSuccessStatusCode);
        }

        await app.DisposeAsync(); // StopAsync: the stopping token of every background service is cancelled

        var messages = events.Select(e => e.RenderMessage(System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Contains("The \"ingestion worker\" stopped with the host", messages);
        Assert.Contains("Scheduled publishing stopped with the host", messages);
        Assert.Contains("Stopped listening for content changes with the host", messages);
        Assert.DoesNotContain(events, e => e.Level >= LogEventLevel.Warning && !IsDataProtectionKeyWarning(e));
    }

    [Fact]
    public async Task Every_save_acknowledged_while_the_host_stops_is_stored()
    {
        var app = new LoggedPortal(Database.ConnectionString);
        app.UseKestrel(0);
        app.StartServer();
        // The service the CMS editor's circuit saves through, from the host's own container: when the host stops, its
        // connection pool and contexts go with it, as they would under the editor's circuit.
        var editing = app.Services.GetRequiredService<ArticleEditService>();
        var acknowledged = new ConcurrentBag<(int Article, int Revision, string Body)>();
        var stopping = new TaskCompletionSource();

        async Task EditAsync(int n)
        {
            var actor = new Actor(null, $"Redaktion {n}", Roles.Editor);
            EditResult.Saved created;
            try
            {
                created = (EditResult.Saved)await editing.CreateAsync(new ArticleFields { Title = $"Beim Herunterfahren {n}", Lead = "Gespeichert ist gespeichert." }, actor, Ct);
            }
            catch (Exception) when (stopping.Task.IsCompleted)
            {
                // On a loaded machine an editor may only start after the others' saves made the host stop: its
                // article was never acknowledged, so there is nothing of it to find.
                return;
            }

            var token = created.Token;
            // Save until a save fails after the host began stopping: each save either is acknowledged or throws. (A
            // bound, so that a container that kept working after its disposal ends the test instead of hanging it.)
            for (int i = 0, afterStop = 0; !stopping.Task.IsCompleted || afterStop++ < 1_000; i++)
            {
                var body = $"Fassung {i} von Redakteur {n}.";
                try
                {
                    if (await editing.SaveAsync(created.ArticleId, new ArticleFields { Title = $"Beim Herunterfahren {n}", Lead = "Gespeichert ist gespeichert.", BodyMarkdown = body }, token, actor, Ct) is EditResult.Saved saved)
                    {
                        acknowledged.Add((created.ArticleId, saved.Revision, body));
                        token = saved.Token;
                    }
                }
                catch (Exception) when (stopping.Task.IsCompleted)
                {
                    return;
                }
            }
        }

        var editors = Enumerable.Range(1, 4).Select(n => Task.Run(() => EditAsync(n), Ct)).ToList();
        await Eventually.TrueAsync(() => acknowledged.Count >= 40, Ct);
        stopping.SetResult();
        await app.DisposeAsync(); // what SIGTERM does: the host stops and disposes its services while the editors save
        await Task.WhenAll(editors);

        await using var db = Database.CreateContext();
        var ids = acknowledged.Select(a => a.Article).Distinct().ToList();
        var stored = await db.ArticleRevisions.Where(r => ids.Contains(r.ArticleId)).ToDictionaryAsync(r => (r.ArticleId, r.Number), r => r.BodyMarkdown, Ct);
        var missing = acknowledged.Where(a => !stored.TryGetValue((a.Article, a.Revision), out var body) || body != a.Body).ToList();
        Assert.True(missing.Count == 0, $"{missing.Count} of {acknowledged.Count} acknowledged saves are not stored");
        Assert.True(acknowledged.Count >= 40);
    }

    // The throwaway host creates its Data Protection key without an encryptor; that warning is about keys, not shutdown.
    private static bool IsDataProtectionKeyWarning(LogEvent e) =>
        e.Properties.TryGetValue("SourceContext", out var source) && source.ToString().Contains("DataProtection", StringComparison.Ordinal);
}
