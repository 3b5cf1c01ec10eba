using System.IO.Compression;
using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;
using KernelPortal.Web.Compression;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Web;

/// <summary>
/// The public side answers in Brotli or gzip as the browser asks, and the output cache keeps one entry per encoding,
/// made once per content change (issue 15, "compressed once").
/// </summary>
public class CompressionTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> AcceptEncodings =>
    [
        "gzip, deflate, br, zstd",
        "gzip, br",
        "br",
        "gzip",
        "deflate",
        "br;q=0.5, gzip",
        "gzip;q=0.8, br;q=0.8",
        "br;q=0, gzip",
        "identity;q=1, gzip;q=0.5",
        "*",
        "*;q=0.1, identity",
        "identity",
        "no such thing",
    ];

    [Theory]
    [MemberData(nameof(AcceptEncodings))]
    public async Task The_cache_key_names_the_encoding_the_pipeline_chooses(string acceptEncoding)
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        foreach (var path in new[] { "/", "/feeds/all.atom" })
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, path);
            request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
            using var response = await client.SendAsync(request, Ct);

            var expected = ContentEncodingChoice.For(acceptEncoding);
            var actual = response.Content.Headers.ContentEncoding.SingleOrDefault() ?? ContentEncodingChoice.Identity;
            Assert.Equal(expected, actual);
        }
    }

    [Theory]
    [InlineData("/", "br")]
    [InlineData("/", "gzip")]
    [InlineData("/releases", "gzip")]
    [InlineData("/feeds/all.atom", "br")]
    [InlineData("/api/releases", "gzip")]
    public async Task Compressed_pages_are_cached_per_encoding_and_say_so(string path, string encoding)
    {
        await AddArticleAsync("Erster Artikel");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        var plain = await client.GetStringAsync(path, Ct);

        var first = await GetAsync(client, path, encoding);
        var second = await GetAsync(client, path, encoding);

        Assert.Equal(encoding, first.Encoding);
        Assert.Contains("Accept-Encoding", first.Vary);
        Assert.Equal(plain, Decompress(first.Body, encoding));
        Assert.True(first.Body.Length < System.Text.Encoding.UTF8.GetByteCount(plain), $"{path}: {first.Body.Length} compressed bytes for {plain.Length} characters");
        // The second answer comes from the cache (Age is set only there) with the very bytes compressed the first time.
        Assert.NotNull(second.Age);
        Assert.Equal(first.Body, second.Body);
    }

    [Fact]
    public async Task A_content_change_evicts_every_encoding()
    {
        await AddArticleAsync("Erster Artikel");
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();
        foreach (var encoding in new[] { "br", "gzip" })
        {
            Assert.Contains("Erster Artikel", Decompress((await GetAsync(client, "/", encoding)).Body, encoding), StringComparison.Ordinal);
        }

        await AddArticleAsync("Zweiter Artikel");
        await app.Services.GetRequiredService<IContentChangeNotifier>().ContentChangedAsync(Ct);

        foreach (var encoding in new[] { "br", "gzip" })
        {
            Assert.Contains("Zweiter Artikel", Decompress((await GetAsync(client, "/", encoding)).Body, encoding), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task The_CMS_is_never_compressed()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        var login = await GetAsync(app.CreateClient(), "/admin/login", "gzip, br");

        Assert.Null(login.Encoding);
    }

    private async Task AddArticleAsync(string title)
    {
        await using var db = Database.CreateContext();
        db.Articles.Add(new ArticleBuilder(title).Build());
        await db.SaveChangesAsync(Ct);
    }

    private sealed record Answer(string? Encoding, IReadOnlyList<string> Vary, TimeSpan? Age, byte[] Body);

    private static async Task<Answer> GetAsync(HttpClient client, string path, string acceptEncoding)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", acceptEncoding);
        using var response = await client.SendAsync(request, Ct);
        response.EnsureSuccessStatusCode();
        return new Answer(
            response.Content.Headers.ContentEncoding.SingleOrDefault(),
            [.. response.Headers.Vary],
            response.Headers.Age,
            await response.Content.ReadAsByteArrayAsync(Ct));
    }

    private static string Decompress(byte[] body, string encoding)
    {
        using var input = new MemoryStream(body);
        using Stream decompressor = encoding == "br"
            ? new BrotliStream(input, CompressionMode.Decompress)
            : new GZipStream(input, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressor);
        return reader.ReadToEnd();
    }
}
