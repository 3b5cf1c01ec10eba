using KernelPortal.Core.Media;
using Microsoft.Net.Http.Headers;

namespace KernelPortal.Web.Media;

/// <summary>
/// <c>/media/{key}/{width}x{height}/{name}.{ext}</c> and its variants: the library's images under addresses that
/// name their content, so every response may be kept by browsers and proxies for a year without asking again.
/// </summary>
internal static class MediaEndpoints
{
    private const string Immutable = "public, max-age=31536000, immutable";

    /// <summary>An SVG opened on its own is a document: nothing in it may run, load or submit anything.</summary>
    private const string SvgPolicy = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox";

    public static IEndpointRouteBuilder MapMedia(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/media/{key}/{size}/{file}", async (string key, string size, string file, HttpContext context, MediaLibrary library, CancellationToken ct) =>
        {
            if (!MediaAddress.TryParseRequest(key, size, file, out var address, out var variant))
            {
                return Results.NotFound();
            }

            var stored = await library.GetFileAsync(MediaBlobKeys.For(address, variant), ct);
            // The extension asked for must be the stored file's format: /a.png never serves a JPEG.
            if (stored is null || stored.ContentType != (variant?.Format ?? address.Format).ContentType())
            {
                return Results.NotFound();
            }

            var headers = context.Response.Headers;
            headers.CacheControl = Immutable;
            if (stored.ContentType == MediaFormat.Svg.ContentType())
            {
                headers.ContentSecurityPolicy = SvgPolicy;
            }

            return Results.File(stored.Data, stored.ContentType, entityTag: new EntityTagHeaderValue($"\"{stored.Key}\""));
        }).ExcludeFromDescription();
        return endpoints;
    }
}
