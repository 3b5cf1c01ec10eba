using System.Net;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Web.Cms;

public class CmsAccessTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>Every CMS page and the least role that may open it. A new /admin endpoint must be added here.</summary>
    public static TheoryData<string, string> Pages => new()
    {
        { "/admin", Roles.Author },
        { "/admin/articles", Roles.Author },
        { "/admin/articles/new", Roles.Author },
        { "/admin/articles/{Id:int}", Roles.Author },
        { "/admin/articles/{Id:int}/revisions", Roles.Author },
        { "/admin/media", Roles.Author },
        { "/admin/releases", Roles.Editor },
        { "/admin/tags", Roles.Editor },
        { "/admin/series", Roles.Editor },
        { "/admin/ingestion", Roles.Editor },
        { "/admin/people", Roles.Editor },
        { "/admin/users", Roles.Admin },
        { "/admin/password", Roles.Author },
        { "/admin/logout", Roles.Author },
        { "/admin/language", Roles.Author },
    };

    /// <summary>The endpoints that take only a form post.</summary>
    private static bool IsPostOnly(string pattern) => pattern.EndsWith("logout", StringComparison.Ordinal) || pattern.EndsWith("language", StringComparison.Ordinal);

    private static string Concrete(string pattern, int articleId = 1) => pattern.Replace("{Id:int}", articleId.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal);

    private static int Rank(string role) => Roles.All.Count - Roles.All.ToList().IndexOf(role);

    [Fact]
    public async Task Every_admin_endpoint_requires_a_role_and_is_listed_in_this_test()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        _ = app.Server;
        var endpoints = app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.RoutePattern.RawText is { } raw && raw.TrimStart('/').StartsWith("admin", StringComparison.OrdinalIgnoreCase))
            .ToList();

        var unprotected = endpoints
            .Where(e => e.RoutePattern.RawText != "/admin/login" && e.Metadata.GetOrderedMetadata<IAuthorizeData>().Count == 0 && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText).ToList();
        var known = Pages.Select(row => (string)row.Data.Item1).Append("/admin/login").ToHashSet(StringComparer.Ordinal);
        var unlisted = endpoints.Select(e => "/" + e.RoutePattern.RawText!.TrimStart('/')).Where(p => !known.Contains(p)).Distinct().ToList();

        Assert.True(endpoints.Count >= Pages.Count, "the endpoint enumeration found too few /admin endpoints");
        Assert.True(unprotected.Count == 0, "unprotected /admin endpoints: " + string.Join(", ", unprotected));
        Assert.True(unlisted.Count == 0, "new /admin endpoints not covered by this test: " + string.Join(", ", unlisted));
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Anonymous_visitors_are_sent_to_the_login_page(string pattern, string leastRole)
    {
        _ = leastRole;
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = CmsSession.Client(app);
        var path = Concrete(pattern);

        using var response = IsPostOnly(pattern)
            ? await client.PostAsync(path, null, Ct)
            : await client.GetAsync(path, Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.StartsWith("https://localhost/admin/login?ReturnUrl=", response.Headers.Location!.AbsoluteUri, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Roles.Author)]
    [InlineData(Roles.Editor)]
    [InlineData(Roles.Admin)]
    public async Task Each_role_opens_exactly_the_pages_its_rank_allows_and_gets_403_for_the_rest(string role)
    {
        await using (var db = Database.CreateContext())
        {
            db.Articles.Add(new ArticleBuilder("Ein Artikel").Build());
            await db.SaveChangesAsync(Ct);
        }

        int articleId;
        await using (var db = Database.CreateContext())
        {
            articleId = db.Articles.Single().Id;
        }

        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, role, Ct);

        foreach (var row in Pages.Where(r => !IsPostOnly((string)r.Data.Item1)))
        {
            var (pattern, leastRole) = ((string)row.Data.Item1, (string)row.Data.Item2);
            using var response = await client.GetAsync(Concrete(pattern, articleId), Ct);
            var expected = Rank(role) >= Rank(leastRole) ? HttpStatusCode.OK : HttpStatusCode.Forbidden;
            Assert.True(expected == response.StatusCode, $"{role} on {pattern}: expected {expected}, got {response.StatusCode}");
        }
    }

    [Fact]
    public async Task The_CMS_is_never_served_from_the_output_cache()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Editor, Ct);

        using var response = await client.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(response.Headers, h => h.Key.Equals("Age", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("_framework/blazor.web", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_pages_set_no_cookie_and_load_no_script_even_with_the_CMS_configured()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = CmsSession.Client(app);

        foreach (var path in new[] { "/", "/releases", "/search?q=btrfs", "/en" })
        {
            using var response = await client.GetAsync(path, Ct);
            Assert.False(response.Headers.Contains("Set-Cookie"), $"{path} set a cookie");
            Assert.DoesNotContain("<script src", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }
}
