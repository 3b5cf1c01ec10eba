using System.Text.Encodings.Web;
using System.Text.Unicode;
using KernelPortal.Ingestion;
using KernelPortal.Web;
using KernelPortal.Web.Api;
using KernelPortal.Web.Cms;
using KernelPortal.Web.Compression;
using KernelPortal.Web.Feeds;
using KernelPortal.Web.Components;
using KernelPortal.Web.Health;
using KernelPortal.Web.Media;
using Serilog;

var builder = WebApplication.CreateBuilder(args);

// No HTTP request needs a large body: the CMS edits over its circuit, logins are small forms. Kestrel answers 413
// beyond this, before the app reads anything.
builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = 1024 * 1024);

builder.Services.AddSerilog((services, logger) => SerilogSetup.Configure(logger, builder.Configuration, services));
WebRootLocator.UseTopLevelWebRoot(builder.Environment);

// Layered over the web root just set: build-time assets (blazor.web.js, the CSS isolation bundle) come from
// the build's manifest when running from source in any environment; a published app has them in ./wwwroot.
builder.WebHost.UseStaticWebAssets();

// With a build manifest (running from source: scripts/run.sh, the benchmarks, the tests) MapStaticAssets turns on its
// development runtime handling unless "ReloadStaticAssetsAtRuntime" says otherwise — among it a catch-all route whose
// constraint looks on disk for a file named like every request's path, cached requests included (one lstat each, 3–4 %
// of a cached page's CPU, docs/performance.md). Outside Development it is off unless configured; wwwroot is served by
// UseStaticFiles either way.
builder.Configuration["ReloadStaticAssetsAtRuntime"] ??= builder.Environment.IsDevelopment() ? "true" : "false";

builder.Services.AddPublicPageCache(builder.Configuration);
builder.Services.AddPublicCompression();
builder.AddIngestion();
builder.Services.AddHostedService<IngestionWorker>();
builder.AddCms();
builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");

// Public pages stay static server rendering; only the CMS pages under /admin opt into interactive server rendering.
// The editor sends the whole Markdown text with each change; SignalR's default 32 KB per message would drop the
// circuit of anyone writing a long article. 2 MB holds Article.BodyMaxLength characters of UTF-8.
// A browser that vanishes without closing its socket (a laptop lid, a lost network) is noticed after
// ClientTimeoutInterval without a message; the CMS script pings every 5 s (App.razor), so 15 s is three missed
// pings, and the editor's presence is gone well within the 30 s docs/cms.md promises.
builder.Services.AddRazorComponents().AddInteractiveServerComponents()
    .AddHubOptions(options =>
    {
        options.MaximumReceiveMessageSize = 2 * 1024 * 1024;
        options.ClientTimeoutInterval = TimeSpan.FromSeconds(15);
        options.KeepAliveInterval = TimeSpan.FromSeconds(5);
    });

// The default encoder escapes every non-ASCII character ("ö" → "&#xF6;"): German text would triple in size
// and become unreadable in the page source. Encoding stays safe: only the HTML-significant characters are escaped.
builder.Services.AddSingleton(HtmlEncoder.Create(UnicodeRanges.All));
builder.Services.AddSingleton<DatabaseAwayWindow>();
builder.Services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database").AddCheck<ReleaseDataHealthCheck>("release-data");
builder.Services.AddProblemDetails(options => options.CustomizeProblemDetails = DatabaseUnavailable.Describe);
builder.Services.AddOpenApi();

var app = builder.Build();

// A public answer the output cache keeps goes out from its copy before routing and everything else (ADR-012); the
// routing the framework would otherwise put first comes right after it.
app.UseMiddleware<CachedAnswerMiddleware>();
app.UseRouting();

if (!app.Environment.IsDevelopment())
{
    // The pages answer a failure with the error page, the API (its handler sits inside, so it catches first) as
    // problem+json; PostgreSQL away is a 503 with Retry-After in both, not a 500 (DatabaseUnavailable).
    app.UseExceptionHandler(new ExceptionHandlerOptions
    {
        ExceptionHandlingPath = "/error",
        CreateScopeForErrors = true,
        StatusCodeSelector = DatabaseUnavailable.StatusOf,
        SuppressDiagnosticsCallback = DatabaseUnavailable.IsKnownAlready,
    });
    app.UseWhen(context => context.Request.Path.StartsWithSegments("/api"), api => api.UseExceptionHandler(new ExceptionHandlerOptions
    {
        StatusCodeSelector = DatabaseUnavailable.StatusOf,
        SuppressDiagnosticsCallback = DatabaseUnavailable.IsKnownAlready,
    }));
    app.UseHsts();
}

app.UseSecurityHeaders();

// First after the headers: a cached public page is answered before logging, static files, authentication and the
// rest run (about a quarter more requests/s, docs/performance.md). Public pages are the same for everyone, CMS pages
// have no cache policy, and responses that set cookies are never stored, so nothing private can be cached here.
// Right inside it, what it stores is copied for CachedAnswerMiddleware at the front.
app.UseOutputCache();
app.UseMiddleware<CachedAnswerCapture>();
app.UsePublicCompression();
app.UseSerilogRequestLogging(options => options.GetLevel = ClientAborts.Level);
app.UseClientAborts();
app.UseStatusCodePagesWithReExecute("/not-found");
app.UseStaticFiles();
// After static files (the error page's stylesheet) and cached answers, before anything that may ask the database.
app.UseMiddleware<DatabaseAwayGate>();
app.UseCmsHttpsOnly();
app.UseAuthentication();
app.UseCmsLocalization();
app.UseAuthorization();
app.UseOneTimePasswordGate();
app.UseRateLimiter();

app.UseAntiforgery();

app.MapHealthChecks("/healthz", HealthResponse.Options);
app.MapReleaseCsv();
app.MapSitemap();
app.MapFeeds();
app.MapMedia();
app.MapApi();
app.MapOpenApi();
app.MapStaticAssets();
app.MapCmsAccount();
app.MapCmsLanguage();
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().KeepPublicPagesStatic();

await app.RunAsync();

/// <summary>The entry point, visible to WebApplicationFactory in the integration tests.</summary>
public partial class Program;
