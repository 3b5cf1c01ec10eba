using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace KernelPortal.Web.Api;

/// <summary>
/// Conditional GET for feeds and the API: a strong ETag from the response bytes, Last-Modified when the content
/// has a date, and 304 when either matches (If-None-Match wins over If-Modified-Since, as RFC 9110 says).
/// </summary>
internal static class ConditionalGet
{
    public static IResult Respond(HttpContext http, byte[] bytes, string contentType, DateTimeOffset? lastModified) =>
        Respond(http, bytes.AsMemory(), contentType, lastModified);

    public static IResult Respond(HttpContext http, ReadOnlyMemory<byte> bytes, string contentType, DateTimeOffset? lastModified)
    {
        var etag = new EntityTagHeaderValue("\"" + Convert.ToHexStringLower(SHA256.HashData(bytes.Span))[..32] + "\"");
        var modified = lastModified is { } value
            ? new DateTimeOffset(value.UtcDateTime.Ticks - (value.UtcDateTime.Ticks % TimeSpan.TicksPerSecond), TimeSpan.Zero)
            : (DateTimeOffset?)null;
        var headers = http.Response.GetTypedHeaders();
        headers.ETag = etag;
        headers.LastModified = modified;
        headers.CacheControl = new CacheControlHeaderValue { Public = true, MaxAge = TimeSpan.FromMinutes(5) };

        var request = http.Request.GetTypedHeaders();
        if (request.IfNoneMatch.Count > 0)
        {
            if (request.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(etag, useStrongComparison: false)))
            {
                return Results.StatusCode(StatusCodes.Status304NotModified);
            }
        }
        else if (modified is not null && request.IfModifiedSince is { } since && modified <= since)
        {
            return Results.StatusCode(StatusCodes.Status304NotModified);
        }

        return Results.Bytes(bytes, contentType);
    }
}
