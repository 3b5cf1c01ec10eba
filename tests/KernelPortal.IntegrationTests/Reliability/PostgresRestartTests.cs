using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.Core.Operations;
using KernelPortal.Ingestion;
using KernelPortal.Ingestion.Mail;
using KernelPortal.Ingestion.Sources;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Reliability;

/// <summary>PostgreSQL restarted in the middle of the work: nothing acknowledged is lost, and work resumes.</summary>
public class PostgresRestartTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // Pooled connections opened before the restart are dead; the next tests must not inherit them.
    public override async ValueTask DisposeAsync()
    {
        Npgsql.NpgsqlConnection.ClearAllPools();
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }


    private IngestionRunner Runner() => TestContextFactory.Runner(Database);

    // When the server last started: proves that a restart really happened during the test.
    private async Task<DateTime> ServerStartAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Database.SqlQueryRaw<DateTime>("SELECT pg_postmaster_start_time() AT TIME ZONE 'UTC' AS \"Value\"").SingleAsync(Ct);
    }

    private async Task<List<string>> TimelineAsync()
    {
        await using var db = Database.CreateContext();
        var releases = await db.Releases.Include(r => r.Candidates).ToListAsync(Ct);
        return [.. releases.OrderBy(r => r.Version).Select(r =>
            $"{r.VersionText}|{r.IsProvisional}|{r.State}|{r.MergeWindowOpenedOn:yyyy-MM-dd}|{r.ReleasedOn:yyyy-MM-dd}|{string.Join(',', r.Candidates.OrderBy(c => c.Number).Select(c => $"{c.Number}:{c.AnnouncedOn:MMdd}"))}")];
    }

    // Restarts PostgreSQL once, after the given number of mails went through.
    private sealed class RestartingSource(IAnnouncementSource inner, int restartAfter) : IAnnouncementSource
    {
        public string Name => inner.Name;

        public async IAsyncEnumerable<MailParseResult> ReadAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken)
        {
            var count = 0;
            await foreach (var item in inner.ReadAsync(cancellationToken))
            {
                if (count++ == restartAfter)
                {
                    await PostgresRestart.RunAsync();
                }

                yield return item;
            }
        }
    }

    [Fact]
    public async Task An_ingestion_pass_rides_out_a_restart_and_ends_as_an_undisturbed_pass_would()
    {
        PostgresRestart.RequireOwnCluster();
        using var folder = new TempFolder();
        folder.Write(AnnouncementMailWriter.History());
        await Runner().RunAsync([new MailFileSource([folder.Path])], "undisturbed", null, Ct);
        var undisturbed = await TimelineAsync();
        await Database.ResetAsync();

        var run = await Runner().RunAsync([new RestartingSource(new MailFileSource([folder.Path]), restartAfter: 8)], "restarted", null, Ct);

        Assert.Equal(IngestionOutcome.Succeeded, run.Outcome);
        Assert.Equal(0, run.ItemsFailed);
        Assert.Equal(undisturbed, await TimelineAsync());
        await using var db = Database.CreateContext();
        var stored = await db.IngestionRuns.SingleAsync(Ct);
        Assert.Equal((IngestionOutcome.Succeeded, run.ItemsSeen), (stored.Outcome, stored.ItemsSeen));
    }

    [Fact]
    public async Task Saves_during_a_restart_succeed_or_fail_visibly_and_no_acknowledged_save_is_lost()
    {
        PostgresRestart.RequireOwnCluster();
        await using var services = new EditorialServices(Database.ConnectionString);
        var editor = new Actor(null, "Redaktion", Roles.Editor);
        var created = Assert.IsType<EditResult.Saved>(await services.Editing.CreateAsync(new ArticleFields { Title = "Unter Last" }, editor, Ct));
        var acknowledged = new List<(int Revision, string Body)> { (created.Revision, string.Empty) };
        var token = created.Token;
        var failures = 0;

        var startedBefore = await ServerStartAsync();
        var restart = Task.Run(async () =>
        {
            await Task.Delay(400, Ct);
            await PostgresRestart.RunAsync();
        }, Ct);
        var until = DateTime.UtcNow.AddSeconds(3);
        for (var i = 0; DateTime.UtcNow < until || !restart.IsCompleted; i++)
        {
            var body = $"Fassung {i}";
            try
            {
                var result = await services.Editing.SaveAsync(created.ArticleId, new ArticleFields { Title = "Unter Last", BodyMarkdown = body }, token, editor, Ct);
                switch (result)
                {
                    case EditResult.Saved saved:
                        acknowledged.Add((saved.Revision, body));
                        token = saved.Token;
                        break;
                    case EditResult.Conflict conflict:
                        // A save whose answer was lost may have committed; the editor then sees it as the stored version.
                        token = conflict.Theirs.Token;
                        break;
                    default:
                        Assert.Fail($"unexpected {result}");
                        break;
                }
            }
            catch (Exception ex) when (DatabaseOutage.IsOutage(ex) || ex is Npgsql.NpgsqlException)
            {
                failures++;
                await Task.Delay(50, Ct);
            }
        }

        await restart;
        Npgsql.NpgsqlConnection.ClearAllPools();
        // Most saves ride the restart out (EF's retrying strategy); any that do fail said so to the caller.
        Assert.NotEqual(startedBefore, await ServerStartAsync());
        Assert.True(failures < acknowledged.Count, $"{failures} saves failed, {acknowledged.Count} acknowledged");
        Assert.True(acknowledged.Count > 5, $"only {acknowledged.Count} saves were acknowledged");
        await using var db = Database.CreateContext();
        var revisions = await db.ArticleRevisions.Where(r => r.ArticleId == created.ArticleId).ToDictionaryAsync(r => r.Number, r => r.BodyMarkdown, Ct);
        foreach (var (revision, body) in acknowledged)
        {
            Assert.True(revisions.TryGetValue(revision, out var stored) && stored == body, $"acknowledged revision {revision} ('{body}') is missing or different");
        }

        var article = await db.Articles.SingleAsync(a => a.Id == created.ArticleId, Ct);
        Assert.Equal(revisions[revisions.Keys.Max()], article.BodyMarkdown);
    }

    [Fact]
    public async Task Readers_right_after_a_restart_get_pages_not_errors()
    {
        PostgresRestart.RequireOwnCluster();
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(new ArticleBuilder("Nach dem Neustart").Build());
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString, ("OutputCache:Enabled", "false"));
        var client = app.CreateClient();
        foreach (var path in new[] { "/", "/articles/nach-dem-neustart", "/api/releases" })
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, (await client.GetAsync(path, Ct)).StatusCode);
        }

        await PostgresRestart.RunAsync();

        foreach (var path in new[] { "/", "/articles/nach-dem-neustart", "/api/releases" })
        {
            using var response = await client.GetAsync(path, Ct);
            Assert.True(response.StatusCode == System.Net.HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode} right after the restart");
        }
    }
}
