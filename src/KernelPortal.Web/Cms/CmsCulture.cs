using System.Globalization;
using System.Security.Claims;
using KernelPortal.Core.Content;
using KernelPortal.Core.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;

namespace KernelPortal.Web.Cms;

/// <summary>
/// The language the CMS speaks: the account's choice (German unless it chose English), carried in its login cookie
/// as a claim; before login, the browser's preference between the two, German otherwise. Applied to the CMS's
/// requests and its circuits (<c>/_blazor</c>) only: public pages take their language from the URL (<c>Ui</c>).
/// </summary>
internal static class CmsCulture
{
    /// <summary>The claim with the account's CMS language code.</summary>
    public const string LanguageClaim = "kp:cms_language";

    private static readonly CultureInfo German = Language.De.Culture();
    private static readonly CultureInfo English = Language.En.Culture();

    /// <summary>
    /// The language of the CMS page being rendered (set on its request or circuit by <see cref="UseCmsLocalization"/>), for
    /// what comes in both languages from the database: tag names, feature areas, staleness reasons.
    /// </summary>
    public static Language Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? Language.En : Language.De;

    /// <summary>Sets the culture of CMS requests; must come after authentication, which reads the claim.</summary>
    public static IApplicationBuilder UseCmsLocalization(this IApplicationBuilder app)
    {
        var options = new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(German),
            // The neutral cultures let a browser's "en-US" or "de-AT" find its language.
            SupportedCultures = [German, English, German.Parent, English.Parent],
            SupportedUICultures = [German, English, German.Parent, English.Parent],
            FallBackToParentCultures = true,
            FallBackToParentUICultures = true,
        };
        options.RequestCultureProviders.Clear();
        options.RequestCultureProviders.Add(new CustomRequestCultureProvider(context =>
        {
            var user = context.User;
            if (user.Identity?.IsAuthenticated != true)
            {
                return Task.FromResult<ProviderCultureResult?>(null);
            }

            // An account always has a language; a cookie from before the claim existed means German until it is renewed.
            var code = user.FindFirstValue(LanguageClaim);
            var culture = code is not null && LanguageCodes.TryParse(code, out var language) ? language.Culture() : German;
            return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(culture.Name));
        }));
        options.RequestCultureProviders.Add(new AcceptLanguageHeaderRequestCultureProvider());
        return app.UseWhen(context => CmsPaths.IsCms(context.Request.Path), branch => branch.UseRequestLocalization(options));
    }

    /// <summary>
    /// <c>POST /admin/language</c> (<c>language</c>: de or en, <c>returnUrl</c>): stores the account's choice and
    /// renews its login cookie, so the next page is in the new language.
    /// </summary>
    public static IEndpointRouteBuilder MapCmsLanguage(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/language", async (HttpContext http, IAntiforgery antiforgery, UserManager<PortalUser> users, SignInManager<PortalUser> signIn, UserAccounts accounts) =>
        {
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form's antiforgery token is missing or invalid; reload the page and choose again.");
            }

            var form = await http.Request.ReadFormAsync();
            if (!LanguageCodes.TryParse(form["language"].ToString(), out var language))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The language must be 'de' or 'en'.");
            }

            if (await users.GetUserAsync(http.User) is not { } user)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "The account is gone.");
            }

            if (await accounts.SetCmsLanguageAsync(user.Id, language) is { Count: > 0 } errors)
            {
                return Results.Problem(statusCode: StatusCodes.Status409Conflict, title: string.Join(" ", errors));
            }

            await signIn.RefreshSignInAsync(await users.FindByIdAsync(user.Id.ToString()) ?? user);
            var back = form["returnUrl"].ToString();
            return Results.LocalRedirect(back.StartsWith("/admin", StringComparison.Ordinal) && !back.Contains("//", StringComparison.Ordinal) ? back : "/admin");
        }).RequireAuthorization();
        return endpoints;
    }
}
