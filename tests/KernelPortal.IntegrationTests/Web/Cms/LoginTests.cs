using System.Net;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Web.Cms;

public class LoginTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_login_sets_a_Secure_HttpOnly_SameSite_Strict_host_only_cookie_and_opens_the_CMS()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        await CmsSession.CreateUserAsync(app, "anna@example.org", Roles.Editor);
        var client = CmsSession.Client(app);

        using var response = await CmsSession.PostLoginAsync(client, "anna@example.org", CmsSession.Password, Ct);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal("/admin", response.Headers.Location!.AbsolutePath);
        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-kp-auth=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=strict", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("domain=", cookie, StringComparison.OrdinalIgnoreCase);
        using var admin = await client.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gets_401_and_a_message_and_no_login()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        await CmsSession.CreateUserAsync(app, "anna@example.org", Roles.Editor);
        var client = CmsSession.Client(app);

        using var response = await CmsSession.PostLoginAsync(client, "anna@example.org", "falsch-Falsch-123", Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        // Before login the CMS speaks German, unless the browser prefers English (the next test).
        Assert.Contains("E-Mail-Adresse oder Passwort ist falsch.", await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var admin = await client.GetAsync("/admin", Ct);
        Assert.Equal(HttpStatusCode.Found, admin.StatusCode);
    }

    [Fact]
    public async Task Repeated_failures_lock_the_account_even_for_the_right_password()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString, ("Cms:MaxFailedLogins", "3"));
        await CmsSession.CreateUserAsync(app, "anna@example.org", Roles.Editor);
        var client = CmsSession.Client(app);

        for (var i = 0; i < 3; i++)
        {
            using var failed = await CmsSession.PostLoginAsync(client, "anna@example.org", "falsch-Falsch-123", Ct);
        }

        using var right = await CmsSession.PostLoginAsync(client, "anna@example.org", CmsSession.Password, Ct);

        Assert.Equal(HttpStatusCode.Unauthorized, right.StatusCode);
        Assert.Contains("gesperrt", await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.True((await db.Users.SingleAsync(Ct)).LockoutEnd > DateTimeOffset.UtcNow.AddMinutes(10));
    }

    [Fact]
    public async Task Login_posts_beyond_the_rate_limit_get_429_with_Retry_After()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString, ("Cms:LoginAttemptsPerMinute", "2"));
        await CmsSession.CreateUserAsync(app, "anna@example.org", Roles.Editor);
        var client = CmsSession.Client(app);

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 3; i++)
        {
            using var response = await CmsSession.PostLoginAsync(client, "anna@example.org", "falsch-Falsch-123", Ct);
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal(TimeSpan.FromSeconds(60), response.Headers.RetryAfter?.Delta);
            }
        }

        Assert.Equal([HttpStatusCode.Unauthorized, HttpStatusCode.Unauthorized, HttpStatusCode.TooManyRequests], statuses);
        using var page = await client.GetAsync("/admin/login", Ct);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
    }

    [Fact]
    public async Task A_login_post_without_the_antiforgery_token_is_refused()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        await CmsSession.CreateUserAsync(app, "anna@example.org", Roles.Editor);
        var client = CmsSession.Client(app);

        using var response = await client.PostAsync("/admin/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "login",
            ["Input.Email"] = "anna@example.org",
            ["Input.Password"] = CmsSession.Password,
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.Contains("kp-auth", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Logout_needs_the_antiforgery_token_and_then_ends_the_session()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        var client = await CmsSession.LoggedInAsync(app, Roles.Editor, Ct);

        using var forged = await client.PostAsync("/admin/logout", null, Ct);
        using var stillIn = await client.GetAsync("/admin", Ct);
        var html = await stillIn.Content.ReadAsStringAsync(Ct);
        Assert.True(html.Contains("__RequestVerificationToken", StringComparison.Ordinal), $"{stillIn.StatusCode}: {html[..Math.Min(3000, html.Length)]}");
        var token = CmsSession.AntiforgeryToken(html);
        using var logout = await client.PostAsync("/admin/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }), Ct);
        using var after = await client.GetAsync("/admin", Ct);

        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Found, logout.StatusCode);
        Assert.Equal(HttpStatusCode.Found, after.StatusCode);
    }

    [Theory]
    [InlineData("https://evil.example/phish")]
    [InlineData("//evil.example/phish")]
    [InlineData("/\\evil.example")]
    public async Task A_foreign_ReturnUrl_is_ignored(string returnUrl)
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        await CmsSession.CreateUserAsync(app, "anna@example.org", Roles.Editor);
        var client = CmsSession.Client(app);

        using var response = await CmsSession.PostLoginAsync(client, "anna@example.org", CmsSession.Password, Ct, returnUrl);

        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        Assert.Equal(new Uri("https://localhost/admin"), response.Headers.Location);
    }

    [Fact]
    public async Task The_key_ring_is_in_PostgreSQL_so_a_login_holds_on_another_instance_and_after_a_restart()
    {
        string cookie;
        await using (var first = new PortalAppFactory(Database.ConnectionString))
        {
            await CmsSession.CreateUserAsync(first, "anna@example.org", Roles.Editor);
            var client = CmsSession.Client(first);
            using var login = await CmsSession.PostLoginAsync(client, "anna@example.org", CmsSession.Password, Ct);
            cookie = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-kp-auth=", StringComparison.Ordinal)).Split(';')[0];
        }

        await using var second = new PortalAppFactory(Database.ConnectionString);
        var other = CmsSession.Client(second);
        using var request = new HttpRequestMessage(HttpMethod.Get, "/admin");
        request.Headers.Add("Cookie", cookie);
        using var response = await other.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var db = Database.CreateContext();
        Assert.True(await db.DataProtectionKeys.AnyAsync(Ct));
    }

    [Fact]
    public async Task A_one_time_password_opens_only_the_password_page_until_it_is_replaced()
    {
        await using var app = new PortalAppFactory(Database.ConnectionString);
        string oneTime;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var (password, errors) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(KernelPortal.Core.Editorial.Actor.Operator, "neu@example.org", "Neu", Roles.Editor, password: null);
            Assert.Empty(errors);
            oneTime = password!;
        }

        var client = CmsSession.Client(app);
        using var login = await CmsSession.PostLoginAsync(client, "neu@example.org", oneTime, Ct);
        using var gated = await client.GetAsync("/admin/articles", Ct);
        var form = await client.GetStringAsync("/admin/password", Ct);
        using var mismatch = await PostPasswordAsync(client, form, oneTime, "Mein-neues-Passwort-1", "Mein-anderes-Passwort-1");
        using var tooShort = await PostPasswordAsync(client, form, oneTime, "Kurz-1", "Kurz-1");
        using var tooWeak = await PostPasswordAsync(client, form, oneTime, "nur-kleinbuchstaben-ohne-ziffer", "nur-kleinbuchstaben-ohne-ziffer");
        using var changed = await PostPasswordAsync(client, form, oneTime, "Mein-neues-Passwort-1", "Mein-neues-Passwort-1");
        using var open = await client.GetAsync("/admin/articles", Ct);

        Assert.Equal(HttpStatusCode.Found, login.StatusCode);
        Assert.Equal("/admin/password", gated.Headers.Location!.OriginalString);
        var mismatchPage = await mismatch.Content.ReadAsStringAsync(Ct);
        var tooShortPage = await tooShort.Content.ReadAsStringAsync(Ct);
        var tooWeakPage = System.Net.WebUtility.HtmlDecode(await tooWeak.Content.ReadAsStringAsync(Ct));
        Assert.Contains("Die beiden neuen Passwörter stimmen nicht überein.", mismatchPage, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooShort.StatusCode);
        Assert.Contains("Das neue Passwort ist zu kurz", tooShortPage, StringComparison.Ordinal);
        Assert.Matches("id=\"new\"[^>]*aria-invalid=\"true\"|aria-invalid=\"true\"[^>]*id=\"new\"", tooShortPage);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, tooWeak.StatusCode);
        Assert.Contains("Passwörter brauchen mindestens", tooWeakPage, StringComparison.Ordinal); // Identity's own rule, explained in the account's language (German)
        // The submitted passwords never come back in the HTML.
        foreach (var (page, secret) in new[] { (mismatchPage, "Mein-neues-Passwort-1"), (mismatchPage, oneTime), (tooShortPage, "Kurz-1"), (tooWeakPage, "nur-kleinbuchstaben-ohne-ziffer") })
        {
            Assert.DoesNotContain(secret, page, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.Found, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, open.StatusCode);
        using var oldPassword = await CmsSession.PostLoginAsync(CmsSession.Client(app), "neu@example.org", oneTime, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, oldPassword.StatusCode);
    }

    private static Task<HttpResponseMessage> PostPasswordAsync(HttpClient client, string form, string current, string next, string repeat) =>
        client.PostAsync("/admin/password", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = CmsSession.AntiforgeryToken(form),
            ["_handler"] = "password",
            ["Input.Current"] = current,
            ["Input.New"] = next,
            ["Input.Repeat"] = repeat,
        }), Ct);
}
