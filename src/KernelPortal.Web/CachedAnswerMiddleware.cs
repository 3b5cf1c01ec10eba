using System.Globalization;
using Microsoft.Extensions.Primitives;

namespace KernelPortal.Web;

/// <summary>
/// Sends a public answer that <see cref="CachedAnswerCapture"/> kept again before anything else runs — routing, the
/// exception handler, the security headers, the output cache's own lookup (ADR-012). Requests the output cache would
/// treat differently pass through to it: with <c>Authorization</c>, with conditions (<c>If-None-Match</c>,
/// <c>If-Modified-Since</c>) or a <c>Range</c>, and every method but GET and HEAD (HEAD gets the GET's headers).
/// </summary>
internal sealed class CachedAnswerMiddleware(RequestDelegate next, CachedAnswers answers, TimeProvider time)
{
    public Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        var get = HttpMethods.IsGet(request.Method);
        if ((get || HttpMethods.IsHead(request.Method)) && !PassesThrough(request.Headers)
            && answers.TryGet(CachedAnswers.KeyOf(request), out var answer))
        {
            answers.CountSent();
            return SendAsync(context.Response, answer, get, time.GetUtcNow());
        }

        return next(context);
    }

    private static Task SendAsync(HttpResponse response, CachedAnswer answer, bool withBody, DateTimeOffset now)
    {
        response.StatusCode = StatusCodes.Status200OK;
        var headers = response.Headers;
        foreach (var (name, value) in answer.Headers)
        {
            headers[name] = value;
        }

        // With its length the answer goes out in one piece rather than chunked; its age as the output cache gives it.
        headers.ContentLength = answer.Body.Length;
        headers.Age = ((long)(now - answer.Kept).TotalSeconds).ToString(CultureInfo.InvariantCulture);
        return withBody ? response.Body.WriteAsync(answer.Body).AsTask() : Task.CompletedTask;
    }

    private static bool PassesThrough(IHeaderDictionary headers) =>
        !StringValues.IsNullOrEmpty(headers.Authorization) || !StringValues.IsNullOrEmpty(headers.IfNoneMatch)
        || !StringValues.IsNullOrEmpty(headers.IfModifiedSince) || !StringValues.IsNullOrEmpty(headers.Range);
}
