using System.Net;
using KernelPortal.Core.Content;
using KernelPortal.Core.Identity;
using KernelPortal.Core.Operations;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Web.Cms;

/// <summary>What the CMS pages show on their first (prerendered) response.</summary>
public class CmsPagesTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_generated_draft_is_marked_in_the_list_and_shows_its_source_material_beside_the_editor()
    {
        var draft = new ArticleBuilder("Was 4.0 bringt: Netzwerk").Draft().Build();
        draft.IsGenerated = true;
        draft.Sources.Add(new ArticleSource
        {
            CommitId = "0123456789abcdef0123456789abcdef01234567",
            Subject = "Merge git://git.kernel.org/pub/scm/linux/kernel/git/davem/net-next",
            Puller = "David Miller",
            PullText = "Pull networking updates from David Miller:\n\n 1) BPF maps for the\n    tracing folks\n 2) cleanup",
            Area = "netzwerk",
            Items =
            [
                new SourceItem(SourceItemKinds.Item, "BPF maps for the tracing folks", "Core", 12.5, ["abcdef0123456789abcdef0123456789abcdef01"], 3, 4),
                new SourceItem(SourceItemKinds.Trivia, "cleanup", null, 1.0, [], 5, 5),
                new SourceItem(SourceItemKinds.NewOption, "BPF_MAPS: BPF maps – Say Y.", null, 0, [], 0, 0, "kernel/bpf/Kconfig"),
            ],
        });
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(draft);
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Author, Ct);

        // The account has the CMS in its default language, German.
        var list = await client.GetStringAsync("/admin/articles", Ct);
        var editor = await client.GetStringAsync($"/admin/articles/{draft.Id}", Ct);

        Assert.Contains("erzeugt", list, StringComparison.Ordinal);
        Assert.Contains("Quellmaterial", editor, StringComparison.Ordinal);
        Assert.Contains("Pull networking updates from David Miller", editor, StringComparison.Ordinal);
        // Each item beside the pull-text lines it came from and its commits, linked on the configured tree.
        Assert.Contains("1 Merge, 2 Punkte (davon 1 als Randnotiz), 1 neue und 0 entfernte Konfigurationsoptionen.", editor, StringComparison.Ordinal);
        Assert.Contains("<em>Core: </em>", editor, StringComparison.Ordinal);
        Assert.Contains("   3   1) BPF maps for the&#xA;   4      tracing folks</pre>", editor, StringComparison.Ordinal);
        Assert.Contains("href=\"https://git.kernel.org/torvalds/c/abcdef0123456789abcdef0123456789abcdef01\"", editor, StringComparison.Ordinal);
        Assert.Contains("href=\"https://git.kernel.org/torvalds/c/0123456789abcdef0123456789abcdef01234567\"", editor, StringComparison.Ordinal);
        Assert.Contains("Definiert in <code>kernel/bpf/Kconfig</code>", editor, StringComparison.Ordinal);
        Assert.Contains("<strong>Netzwerk</strong>", editor, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_ingestion_page_lists_runs_with_their_errors()
    {
        await using (var db = Database.CreateContext())
        {
            var run = new IngestionRun { Trigger = "worker", StartedAt = DateTimeOffset.UtcNow.AddMinutes(-5) };
            run.ItemsSeen = 3;
            run.AddError("lore: 503 Service Unavailable");
            run.Finish(DateTimeOffset.UtcNow.AddMinutes(-4));
            db.IngestionRuns.Add(run);
            await db.SaveChangesAsync(Ct);
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Editor, Ct);

        var page = await client.GetStringAsync("/admin/ingestion", Ct);

        Assert.Contains("<span class=\"run-outcome\">Teilweise fehlgeschlagen</span>", page, StringComparison.Ordinal);
        Assert.DoesNotContain("Noch kein Lauf verzeichnet", page, StringComparison.Ordinal);
        Assert.Contains("lore: 503 Service Unavailable", page, StringComparison.Ordinal);
        Assert.Contains("Jetzt einen Lauf starten", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_lists_of_runs_and_address_rules_say_so()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Editor, Ct);

        Assert.Contains("Noch kein Lauf verzeichnet", await client.GetStringAsync("/admin/ingestion", Ct), StringComparison.Ordinal);
        Assert.Contains("Noch keine Regel", await client.GetStringAsync("/admin/people", Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_article_id_gets_404()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Editor, Ct);

        using var editor = await client.GetAsync("/admin/articles/999999", Ct);
        using var revisions = await client.GetAsync("/admin/articles/999999/revisions", Ct);

        Assert.Equal(HttpStatusCode.NotFound, editor.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, revisions.StatusCode);
    }
}
