using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Web;

public class OutputCacheTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task AddArticleAsync(string title)
    {
        await using var db = Database.CreateContext();
        db.Articles.Add(new ArticleBuilder(title).Build());
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Public_pages_are_cached_until_content_changes()
    {
        await AddArticleAsync("Erster Artikel");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        Assert.Contains("Erster Artikel", await client.GetStringAsync("/", Ct), StringComparison.Ordinal);

        await AddArticleAsync("Zweiter Artikel");
        var cached = await client.GetStringAsync("/", Ct);
        await app.Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);
        var fresh = await client.GetStringAsync("/", Ct);

        Assert.DoesNotContain("Zweiter Artikel", cached, StringComparison.Ordinal);
        Assert.Contains("Zweiter Artikel", fresh, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/feeds/all.atom")]
    [InlineData("/feeds/de.rss")]
    [InlineData("/api/articles?lang=de")]
    public async Task Feeds_and_API_are_cached_until_content_changes(string path)
    {
        await AddArticleAsync("Erster Artikel");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        Assert.Contains("Erster Artikel", await client.GetStringAsync(path, Ct), StringComparison.Ordinal);

        await AddArticleAsync("Zweiter Artikel");
        var cached = await client.GetStringAsync(path, Ct);
        await app.Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);
        var fresh = await client.GetStringAsync(path, Ct);

        Assert.DoesNotContain("Zweiter Artikel", cached, StringComparison.Ordinal);
        Assert.Contains("Zweiter Artikel", fresh, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_on_one_instance_evicts_the_cache_of_another_through_LISTEN_NOTIFY()
    {
        await AddArticleAsync("Erster Artikel");
        await using var first = new PortalAppFactory(Database.ConnectionString);
        await using var second = new PortalAppFactory(Database.ConnectionString);
        var reader = second.CreateClient();
        Assert.Contains("Erster Artikel", await reader.GetStringAsync("/", Ct), StringComparison.Ordinal);
        await AddArticleAsync("Zweiter Artikel");
        Assert.DoesNotContain("Zweiter Artikel", await reader.GetStringAsync("/", Ct), StringComparison.Ordinal);

        await first.Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);

        var seen = false;
        for (var i = 0; i < 50 && !seen; i++)
        {
            seen = (await reader.GetStringAsync("/", Ct)).Contains("Zweiter Artikel", StringComparison.Ordinal);
            if (!seen)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.True(seen, "the second instance still served its cached page 5 s after the NOTIFY");
    }

    [Fact]
    public async Task The_command_line_notifies_running_web_instances()
    {
        await AddArticleAsync("Erster Artikel");
        await using var web = new PortalAppFactory(Database.ConnectionString);
        var reader = web.CreateClient();
        Assert.DoesNotContain("Linux 4.0", await reader.GetStringAsync("/", Ct), StringComparison.Ordinal);

        var result = await Cli.KportalProcess.RunAsync(["ingest", "mail", Path.Combine(AppContext.BaseDirectory, "fixtures", "mail", "linux-4.0.eml")], Database.ConnectionString);

        Assert.Equal(0, result.ExitCode);
        var seen = false;
        for (var i = 0; i < 50 && !seen; i++)
        {
            seen = (await reader.GetStringAsync("/", Ct)).Contains("Linux 4.0", StringComparison.Ordinal);
            if (!seen)
            {
                await Task.Delay(100, Ct);
            }
        }

        Assert.True(seen, "the web instance did not drop its cached front page after kportal ingested a release");
    }

    [Fact]
    public async Task Search_is_not_cached()
    {
        await AddArticleAsync("Erster Scheduler");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        Assert.Contains("1 Treffer", await client.GetStringAsync("/search?q=Scheduler", Ct), StringComparison.Ordinal);

        await AddArticleAsync("Zweiter Scheduler");

        Assert.Contains("2 Treffer", await client.GetStringAsync("/search?q=Scheduler", Ct), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/releases")]
    [InlineData("/search?q=x")]
    [InlineData("/en")]
    public async Task Public_pages_set_no_cookies(string path)
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var response = await app.CreateClient().GetAsync(path, Ct);

        Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} sets a cookie");
    }
}
