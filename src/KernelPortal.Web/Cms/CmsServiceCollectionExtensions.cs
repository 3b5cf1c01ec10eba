using System.Net;
using System.Threading.RateLimiting;
using KernelPortal.Core.Data;
using KernelPortal.Core.Identity;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace KernelPortal.Web.Cms;

/// <summary>Registers the editorial CMS: accounts, login protection, interactive components, the publish scheduler.</summary>
internal static class CmsServiceCollectionExtensions
{
    public const string LoginPath = "/admin/login";

    /// <summary>The CMS roles that may open the CMS at all, for <c>[Authorize(Roles = …)]</c>.</summary>
    public const string AnyCmsRole = Roles.Admin + "," + Roles.Editor + "," + Roles.Author;

    /// <summary>Editors and Admins, for pages that change releases, tags, series and ingestion.</summary>
    public const string EditorRoles = Roles.Admin + "," + Roles.Editor;

    public static IHostApplicationBuilder AddCms(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<CmsOptions>().BindConfiguration(CmsOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        builder.Services.AddSingleton<CmsTime>();
        // The public pages date articles and file the archive on the newsroom's clock too (Core's default is UTC).
        builder.Services.Replace(ServiceDescriptor.Singleton(services => services.GetRequiredService<CmsTime>().Newsroom));
        var cms = builder.Configuration.GetSection(CmsOptions.SectionName).Get<CmsOptions>() ?? new CmsOptions();

        builder.Services.AddPortalIdentity(options =>
            {
                options.Lockout.MaxFailedAccessAttempts = cms.MaxFailedLogins;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(cms.LockoutMinutes);
            })
            .AddSignInManager()
            .AddClaimsPrincipalFactory<PortalClaimsPrincipalFactory>();

        builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();

        // A changed role or a reset password ends existing logins within a minute (Identity's default is 30).
        builder.Services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        builder.Services.ConfigureApplicationCookie(options =>
        {
            // __Host- cookies must be Secure, for this host only and for the whole path: no subdomain can set or read them.
            options.Cookie.Name = CookieName("kp-auth", cms);
            options.Cookie.HttpOnly = true;
            options.Cookie.SecurePolicy = cms.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
            options.Cookie.SameSite = SameSiteMode.Strict;
            options.LoginPath = LoginPath;
            options.ExpireTimeSpan = TimeSpan.FromHours(cms.SessionHours);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToAccessDenied = context => AccessDenied.WriteAsync(context.HttpContext);
        });
        builder.Services.AddAntiforgery(options =>
        {
            options.Cookie.Name = CookieName("kp-af", cms);
            options.Cookie.SecurePolicy = cms.RequireHttps ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        });
        builder.Services.AddAuthorization();
        builder.Services.AddCascadingAuthenticationState();
        builder.Services.AddScoped<CircuitConnection>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Scoped<CircuitHandler, CircuitConnection>(services => services.GetRequiredService<CircuitConnection>()));

        // The key ring lives in PostgreSQL beside everything else: cookies stay valid across restarts and instances.
        builder.Services.AddDataProtection().SetApplicationName("KernelPortal").PersistKeysToDbContext<PortalDbContext>();

        builder.Services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.OnRejected = async (context, cancellationToken) =>
            {
                var http = context.HttpContext;
                if (!IsLoginPost(http.Request))
                {
                    // The public reads' bulkhead is full (PublicReadLimit): busy, not the client's fault.
                    http.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
                    http.Response.Headers.RetryAfter = "1";
                    http.Response.ContentType = "text/plain; charset=utf-8";
                    await http.Response.WriteAsync("The portal is busy. Try again in a moment.", cancellationToken);
                    return;
                }

                http.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("KernelPortal.Web.Cms.Login")
                    .LoginRateLimited(http.Connection.RemoteIpAddress?.ToString() ?? "unknown");
                http.Response.Headers.RetryAfter = "60";
                http.Response.ContentType = "text/plain; charset=utf-8";
                await http.Response.WriteAsync("Too many login attempts from this address. Wait a minute and try again.", cancellationToken);
            };
            var logins = PartitionedRateLimiter.Create<HttpContext, string>(http => IsLoginPost(http.Request)
                ? RateLimitPartition.GetFixedWindowLimiter(
                    (http.Connection.RemoteIpAddress ?? IPAddress.None).ToString(),
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = cms.LoginAttemptsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 })
                : RateLimitPartition.GetNoLimiter(string.Empty));
            // One global limiter for the whole host: login attempts per address, and the public reads' bulkhead.
            options.GlobalLimiter = PartitionedRateLimiter.CreateChained(logins, PublicReadLimit.Create(builder.Configuration));
        });

        builder.Services.AddSingleton<ManualIngestion>();
        builder.Services.AddSingleton<CurrentActors>();
        builder.Services.AddHostedService<ScheduledPublishingWorker>();
        return builder;
    }

    /// <summary>Logout is a POST with an antiforgery token, so no other site can log an editor out with a link.</summary>
    public static IEndpointRouteBuilder MapCmsAccount(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/admin/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<PortalUser> signIn) =>
        {
            // Minimal APIs check antiforgery only when they bind a form; this one reads none, so it checks itself.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form's antiforgery token is missing or invalid; reload the page and log out again.");
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect(LoginPath);
        }).RequireAuthorization();
        return endpoints;
    }

    public const string PasswordPath = "/admin/password";

    /// <summary>
    /// With <see cref="CmsOptions.RequireHttps"/>, the CMS and every form post are HTTPS only: a plain-http request for
    /// /admin is redirected, and a plain-http post is refused with 400. Antiforgery would otherwise throw (a 500) when
    /// asked for a Secure cookie on plain http. Public pages stay reachable over http.
    /// </summary>
    public static IApplicationBuilder UseCmsHttpsOnly(this IApplicationBuilder app)
    {
        var requireHttps = app.ApplicationServices.GetRequiredService<Microsoft.Extensions.Options.IOptions<CmsOptions>>().Value.RequireHttps;
        return app.Use(async (context, next) =>
        {
            var request = context.Request;
            if (requireHttps && !request.IsHttps)
            {
                var isRead = HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method);
                if (isRead && request.Path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase))
                {
                    context.Response.Redirect($"https://{request.Host}{request.PathBase}{request.Path}{request.QueryString}", permanent: false, preserveMethod: true);
                    return;
                }

                if (!isRead && !HttpMethods.IsOptions(request.Method))
                {
                    context.Response.StatusCode = StatusCodes.Status400BadRequest;
                    context.Response.ContentType = "text/plain; charset=utf-8";
                    await context.Response.WriteAsync("Forms are accepted over HTTPS only.");
                    return;
                }
            }

            await next(context);
        });
    }

    /// <summary>
    /// An account with a one-time password may open nothing in the CMS but the page that replaces it (and log out):
    /// "one-time" is enforced by the server, not left to the user's good will.
    /// </summary>
    public static IApplicationBuilder UseOneTimePasswordGate(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var path = context.Request.Path;
        if (context.User.HasClaim(CmsActor.MustChangePasswordClaim, "true")
            && path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments(PasswordPath, StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments("/admin/logout", StringComparison.OrdinalIgnoreCase)
            && !path.StartsWithSegments(LoginPath, StringComparison.OrdinalIgnoreCase))
        {
            context.Response.Redirect(PasswordPath);
            return;
        }

        await next(context);
    });

    private static string CookieName(string name, CmsOptions cms) => cms.RequireHttps ? "__Host-" + name : name;

    private static bool IsLoginPost(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments(LoginPath, StringComparison.OrdinalIgnoreCase);
}
