using KernelPortal.Ingestion;
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
