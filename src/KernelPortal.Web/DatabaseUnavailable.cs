using KernelPortal.Ingestion;
using Microsoft.AspNetCore.Diagnostics;

namespace KernelPortal.Web;

/// <summary>
/// How the portal answers a request that failed because PostgreSQL is away (its execution strategy's retries used up):
/// 503 with Retry-After — the request was fine and may be sent again soon — where any other failure is a 500. For a few
/// seconds after, the requests that come are answered so at once (<see cref="DatabaseAwayWindow"/>).
/// </summary>
internal static class DatabaseUnavailable
{
    /// <summary>Seconds a client is asked to wait before asking again.</summary>
    public const string RetryAfterSeconds = "30";

    public static int StatusOf(Exception exception) =>
        exception is DatabaseAwayException || DatabaseOutage.IsOutage(exception) ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;

    /// <summary>A request answered at once while the database is known to be away is no news for the error log.</summary>
    public static bool IsKnownAlready(ExceptionHandlerSuppressDiagnosticsContext context) => context.Exception is DatabaseAwayException;

    /// <summary>Adds Retry-After to a 503 answer.</summary>
    public static void AskToRetry(HttpResponse response)
    {
        if (response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            response.Headers.RetryAfter = RetryAfterSeconds;
        }
    }

    /// <summary>A 503 problem+json (the API's) says why and asks to retry.</summary>
    public static void Describe(ProblemDetailsContext context)
    {
        if (context.HttpContext.Response.StatusCode == StatusCodes.Status503ServiceUnavailable)
        {
            context.ProblemDetails.Detail ??= $"The portal's database is not answering right now; try again in {RetryAfterSeconds} seconds.";
            AskToRetry(context.HttpContext.Response);
        }
    }
}
