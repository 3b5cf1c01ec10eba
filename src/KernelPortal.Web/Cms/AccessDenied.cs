using System.Net;

namespace KernelPortal.Web.Cms;

/// <summary>
/// A signed-in user whose role does not allow a page gets a plain 403 page, not the redirect Identity's cookie
/// handler would send: "forbidden" is an answer, and a redirect would hide it from clients and tests.
/// </summary>
internal static class AccessDenied
{
    public static Task WriteAsync(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status403Forbidden;
        context.Response.ContentType = "text/html; charset=utf-8";
        var name = WebUtility.HtmlEncode(context.User.Identity?.Name ?? "this account");
        return context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Forbidden – KernelPortal CMS</title>
            <link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="page"><section class="notice"><h1>403 – not allowed</h1>
            <p>{name} is signed in, but its role does not allow this page.</p>
            <p><a href="/admin">Back to the articles</a></p></section></main></body></html>
            """);
    }
}
