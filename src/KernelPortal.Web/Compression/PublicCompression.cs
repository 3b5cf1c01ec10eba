using System.IO.Compression;
using KernelPortal.Web.Cms;
using Microsoft.AspNetCore.ResponseCompression;

namespace KernelPortal.Web.Compression;

/// <summary>
/// Brotli and gzip for the public side, compressed once per content change: the compression middleware runs inside
/// the output cache, so the cache stores the compressed body, and <see cref="PublicPageCache"/> keeps one entry per
/// <see cref="ContentEncodingChoice"/>. A cached page then costs no compression per request (docs/performance.md).
/// </summary>
internal static class PublicCompression
{
    /// <summary>What is compressed besides the framework's defaults (HTML, JSON, XML, CSS, JS): the feeds and the CSV.</summary>
    private static readonly string[] ExtraMimeTypes = ["application/atom+xml", "application/rss+xml", "text/csv"];

    public static IServiceCollection AddPublicCompression(this IServiceCollection services)
    {
        services.AddResponseCompression(options =>
        {
            // Public pages hold no secret an attacker could recover by compression side channels (BREACH needs a
            // secret and attacker-chosen text in one response); the CMS, which has antiforgery tokens, is left out
            // by UsePublicCompression, not by this switch.
            options.EnableForHttps = true;
            // The order breaks ties between equally preferred encodings; ContentEncodingChoice follows it.
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(ExtraMimeTypes);
        });
        // Each body is compressed once per content change, so the better ratio is worth the time; Optimal is still
        // fast enough for the uncached path (a few milliseconds for the 200 KB feed).
        services.Configure<BrotliCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        services.Configure<GzipCompressionProviderOptions>(options => options.Level = CompressionLevel.Optimal);
        return services;
    }

    /// <summary>Compresses everything outside the CMS; must come right after the output cache.</summary>
    public static IApplicationBuilder UsePublicCompression(this IApplicationBuilder app) =>
        app.UseWhen(context => !CmsPaths.IsCms(context.Request.Path), branch => branch.UseResponseCompression());
}
