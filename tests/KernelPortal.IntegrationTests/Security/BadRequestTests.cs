using System.Net;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Security;

/// <summary>Malformed, oversized and hostile requests get a 4xx with a page or problem that says so, never a 500.</summary>
public class BadRequestTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static TheoryData<string> BadPaths => new()
    {
        "/releases/4.0.0.0.1",
        "/releases/abc",
        "/releases/99999999999999999999.1",
        "/releases/4.0-rc99",
        "/releases/-1.0",
        "/articles/..%2F..%2Fetc%2Fpasswd",
        "/articles/%2e%2e%2f%2e%2e%2fappsettings.json",
        "/articles/" + new string('a', 5000),
        "/articles/%C0%AE%C0%AE",
        "/tags/<script>",
        "/series/%FF%FE",
        "/css/..%2F..%2Fappsettings.json",
        "/css/%2e%2e/%2e%2e/src/KernelPortal.Web/appsettings.json",
        "/..%5C..%5Cappsettings.json",
        "/api/releases/x.y",
        "/api/releases/" + new string('9', 400),
        "/api/articles?page=-5",
        "/api/articles?page=abc&lang=xx",
        "/feeds/nonsense.atom",
        "/feeds/all.exe",
        "/feeds/releases/4.0.0.0.atom",
        "/wp-login.php",
        "/admin/articles/abc",
        "/search?q=" + new string('ü', 3000),
        "/search?q=%00%01%02&page=999999999999",
        "/releases?sort=');DROP TABLE releases;--&dir=sideways",
    };

    [Theory]
    [MemberData(nameof(BadPaths))]
    public async Task A_bad_request_gets_a_4xx_or_a_harmless_page_never_a_500(string path)
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);

        using var response = await app.CreateClient().GetAsync(path, Ct);
        var body = await response.Content.ReadAsStringAsync(Ct);

        Assert.True((int)response.StatusCode < 500, $"{path} answered {(int)response.StatusCode}");
        Assert.DoesNotContain("ConnectionStrings", body, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", body, StringComparison.Ordinal);
        Assert.DoesNotContain("root:x:0:0", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_oversized_login_post_is_refused_without_touching_accounts()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = CmsSession.Client(app);
        var form = await client.GetStringAsync("/admin/login", Ct);

        using var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CmsSession.AntiforgeryToken(form),
            ["_handler"] = "login",
            ["Input.Email"] = new string('a', 5_000_000) + "@example.org",
            ["Input.Password"] = "x",
        }), Ct);

        Assert.InRange((int)response.StatusCode, 400, 499);
    }

    [Fact]
    public async Task Unsupported_methods_get_405_or_404_not_500()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient();

        foreach (var (method, path) in new[] { ("DELETE", "/api/releases"), ("PUT", "/articles/x"), ("PATCH", "/feeds/all.atom"), ("POST", "/api/articles") })
        {
            using var response = await client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path), Ct);
            Assert.True(response.StatusCode is HttpStatusCode.MethodNotAllowed or HttpStatusCode.NotFound or HttpStatusCode.BadRequest, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_CMS_over_plain_http_redirects_to_https_and_refuses_form_posts()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = app.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var page = await client.GetAsync("/admin/login", Ct);
        using var post = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Email"] = "a@example.org" }), Ct);
        using var publicPage = await client.GetAsync("/", Ct);

        Assert.Equal(HttpStatusCode.TemporaryRedirect, page.StatusCode);
        Assert.Equal("https://localhost/admin/login", page.Headers.Location!.AbsoluteUri);
        Assert.Equal(HttpStatusCode.BadRequest, post.StatusCode);
        Assert.Equal(HttpStatusCode.OK, publicPage.StatusCode);
    }
}
