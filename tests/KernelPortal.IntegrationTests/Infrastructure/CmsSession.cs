using System.Net;
using System.Text.RegularExpressions;
using KernelPortal.Core.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>A browser-like HTTP client of the CMS: HTTPS (the cookies are Secure), cookies kept, redirects not followed.</summary>
public static partial class CmsSession
{
    public const string Password = "Correct-horse-9-battery";

    public static HttpClient Client(PortalAppFactory app) => app.CreateClient(new WebApplicationFactoryClientOptions
    {
        BaseAddress = new Uri("https://localhost"),
        AllowAutoRedirect = false,
        HandleCookies = true,
    });

    /// <summary>Creates an account in the app's database.</summary>
    public static async Task CreateUserAsync(PortalAppFactory app, string email, string role, string password = Password)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var (_, errors) = await scope.ServiceProvider.GetRequiredService<UserAccounts>().CreateAsync(KernelPortal.Core.Editorial.Actor.Operator, email, email.Split('@')[0], role, password);
        Assert.Empty(errors);
    }

    /// <summary>Posts the login form as a browser would, with the antiforgery token from the form.</summary>
    public static async Task<HttpResponseMessage> PostLoginAsync(HttpClient client, string email, string password, CancellationToken cancellationToken, string? returnUrl = null)
    {
        var form = await client.GetStringAsync("/admin/login", cancellationToken);
        var action = returnUrl is null ? "/admin/login" : "/admin/login?ReturnUrl=" + Uri.EscapeDataString(returnUrl);
        return await client.PostAsync(action, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = AntiforgeryToken(form),
            ["_handler"] = "login",
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        }), cancellationToken);
    }

    /// <summary>A client logged in as a new account with <paramref name="role"/>.</summary>
    public static async Task<HttpClient> LoggedInAsync(PortalAppFactory app, string role, CancellationToken cancellationToken)
    {
        var email = $"{role.ToLowerInvariant()}@example.org";
        await CreateUserAsync(app, email, role);
        var client = Client(app);
        using var response = await PostLoginAsync(client, email, Password, cancellationToken);
        Assert.Equal(HttpStatusCode.Found, response.StatusCode);
        return client;
    }

    public static string AntiforgeryToken(string html) =>
        TokenField().Match(html) is { Success: true } match ? match.Groups[1].Value : throw new InvalidOperationException("The page has no antiforgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();
}
