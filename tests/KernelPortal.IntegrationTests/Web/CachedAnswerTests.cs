using System.Net;
using System.Net.Http.Headers;
using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;
using KernelPortal.Web;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>The copies of cached public answers sent ahead of routing (ADR-012), counted by <see cref="CachedAnswers.Sent"/>.</summary>
public class CachedAnswerTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task AddArticleAsync(string title)
    {
        await using var db = Database.CreateContext();
        db.Articles.Add(new ArticleBuilder(title).Build());
        await db.SaveChangesAsync(Ct);
    }

    private static long Sent(PortalAppFactory app) => app.Services.GetRequiredService<CachedAnswers>().Sent;

    private static HttpRequestMessage Get(string path, string method = "GET", string? encoding = "gzip")
    {
        var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (encoding is not null)
        {
            request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));
        }

        return request;
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/feeds/all.atom")]
    [InlineData("/releases")]
    public async Task The_second_request_gets_the_same_answer_whole_from_the_copy(string path)
    {
        await AddArticleAsync("Erster Artikel");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        using var first = await client.SendAsync(Get(path), Ct);
        var before = Sent(app);
        using var second = await client.SendAsync(Get(path), Ct);

        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(before + 1, Sent(app));
        Assert.NotNull(second.Headers.Age);
        var body = await second.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(body.Length, second.Content.Headers.ContentLength);
        Assert.Equal(await first.Content.ReadAsByteArrayAsync(Ct), body);
        Assert.Equal(["gzip"], second.Content.Headers.ContentEncoding);
        Assert.Equal(first.Content.Headers.ContentType, second.Content.Headers.ContentType);
        Assert.Equal(first.Headers.GetValues("Content-Security-Policy"), second.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("Accept-Encoding", second.Headers.Vary);
    }

    [Fact]
    public async Task Each_encoding_has_its_own_copy_and_HEAD_gets_its_headers_alone()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        await client.SendAsync(Get("/", encoding: "gzip"), Ct);
        await client.SendAsync(Get("/", encoding: null), Ct);

        var before = Sent(app);
        using var gzip = await client.SendAsync(Get("/", encoding: "gzip"), Ct);
        using var plain = await client.SendAsync(Get("/", encoding: null), Ct);
        using var head = await client.SendAsync(Get("/", "HEAD", encoding: null), Ct);

        Assert.Equal(before + 3, Sent(app));
        Assert.Equal(["gzip"], gzip.Content.Headers.ContentEncoding);
        Assert.Empty(plain.Content.Headers.ContentEncoding);
        Assert.Contains("<html", await plain.Content.ReadAsStringAsync(Ct), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Equal(plain.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync(Ct));
    }

    [Fact]
    public async Task A_content_change_forgets_the_copies_at_once()
    {
        await AddArticleAsync("Erster Artikel");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        await client.SendAsync(Get("/", encoding: null), Ct);
        using var kept = await client.SendAsync(Get("/", encoding: null), Ct);
        Assert.Equal(1, Sent(app));

        await AddArticleAsync("Zweiter Artikel");
        await app.Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);
        using var fresh = await client.SendAsync(Get("/", encoding: null), Ct);

        Assert.Equal(1, Sent(app));
        Assert.Contains("Zweiter Artikel", await fresh.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_copy_expires_with_the_output_cache_s_duration()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        await using var app = new PortalAppFactory(Database.ConnectionString) { Clock = clock };
        var client = app.CreateClient();
        await client.SendAsync(Get("/releases"), Ct);

        clock.Advance(TimeSpan.FromSeconds(59));
        using var kept = await client.SendAsync(Get("/releases"), Ct);
        Assert.Equal(1, Sent(app));
        Assert.Equal(TimeSpan.FromSeconds(59), kept.Headers.Age);
        clock.Advance(TimeSpan.FromSeconds(2));
        using var expired = await client.SendAsync(Get("/releases"), Ct);

        Assert.Equal(HttpStatusCode.OK, expired.StatusCode);
        Assert.Equal(1, Sent(app));
    }

    [Theory]
    [InlineData("Authorization", "Basic ZWRpdG9yOnNlY3JldA==")]
    [InlineData("Range", "bytes=0-99")]
    public async Task Requests_the_output_cache_treats_differently_pass_through(string header, string value)
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        await client.SendAsync(Get("/releases"), Ct);
        using var request = Get("/releases");
        request.Headers.TryAddWithoutValidation(header, value);

        using var response = await client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(0, Sent(app));
    }

    [Fact]
    public async Task Pages_that_are_not_cached_are_not_copied()
    {
        await AddArticleAsync("Erster Artikel");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        await client.SendAsync(Get("/search?q=Artikel"), Ct);

        using var again = await client.SendAsync(Get("/search?q=Artikel"), Ct);
        using var missing = await client.SendAsync(Get("/articles/gibt-es-nicht"), Ct);
        using var missingAgain = await client.SendAsync(Get("/articles/gibt-es-nicht"), Ct);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, missingAgain.StatusCode);
        Assert.Equal(0, Sent(app));
    }
}
