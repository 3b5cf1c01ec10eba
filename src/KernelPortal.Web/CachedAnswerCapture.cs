using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Net.Http.Headers;

namespace KernelPortal.Web;

/// <summary>
/// Keeps a copy of each answer the output cache stores, for <see cref="CachedAnswerMiddleware"/> (ADR-012). It runs
/// right inside the output cache — so only when that missed — and outside the compression, so the copy is the body as
/// sent; whether to keep it is the output cache's decision alone (its policy enabled caching and allowed storage:
/// public pages and feeds, status 200, no cookie set).
/// </summary>
internal sealed class CachedAnswerCapture(RequestDelegate next, CachedAnswers answers, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsGet(context.Request.Method) || context.Features.Get<IOutputCacheFeature>()?.Context is not { EnableOutputCaching: true } decision)
        {
            await next(context);
            return;
        }

        var madeAt = answers.Generation;
        var response = context.Response;
        var body = response.Body;
        await using var copy = new AnswerCopy(body, CachedAnswers.MaxBodyBytes);
        response.Body = copy;
        try
        {
            await next(context);
        }
        finally
        {
            response.Body = body;
        }

        // The output cache settles AllowCacheStorage when the answer starts; an answer without a body starts only after
        // this returns, so status and cookies are checked here as well.
        if (decision.AllowCacheStorage && response.StatusCode == StatusCodes.Status200OK && !response.Headers.ContainsKey(HeaderNames.SetCookie)
            && copy.Complete && !context.RequestAborted.IsCancellationRequested)
        {
            var now = time.GetUtcNow();
            var expires = now + (decision.ResponseExpirationTimeSpan ?? PublicPageCache.Duration);
            answers.Add(CachedAnswers.KeyOf(context.Request), new CachedAnswer([.. response.Headers.Where(h => Kept(h.Key))], copy.ToArray(), now, expires), madeAt);
        }
    }

    // Kestrel writes the date, its name and the framing of each answer itself; the age is the copy's own.
    private static bool Kept(string header) =>
        !header.Equals(HeaderNames.Date, StringComparison.OrdinalIgnoreCase) && !header.Equals(HeaderNames.Server, StringComparison.OrdinalIgnoreCase)
        && !header.Equals(HeaderNames.ContentLength, StringComparison.OrdinalIgnoreCase)
        && !header.Equals(HeaderNames.TransferEncoding, StringComparison.OrdinalIgnoreCase) && !header.Equals(HeaderNames.Age, StringComparison.OrdinalIgnoreCase);
}
