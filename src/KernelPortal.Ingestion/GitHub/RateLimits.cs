using System.Globalization;
using System.Net;
using KernelPortal.Ingestion.Git;
using Octokit;

namespace KernelPortal.Ingestion.GitHub;

/// <summary>
/// Honours GitHub's rate limits: an exhausted primary limit (403 with X-RateLimit-Remaining: 0) waits until
/// X-RateLimit-Reset, a secondary limit or 429 waits for Retry-After; both only up to a maximum wait, then fail
/// with a message that says when to try again.
/// </summary>
public static class RateLimits
{
    private const int MaxAttempts = 3;

    public static async Task<T> RetryAsync<T>(Func<Task<T>> call, TimeSpan maxWait, TimeProvider clock, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            TimeSpan wait;
            try
            {
                return await call();
            }
            catch (RateLimitExceededException ex)
            {
                wait = ex.Reset - clock.GetUtcNow() + TimeSpan.FromMilliseconds(250);
                if (attempt >= MaxAttempts || wait > maxWait)
                {
                    throw new GitException($"GitHub's rate limit is used up until {ex.Reset:HH:mm} UTC ({ex.Limit} requests an hour; a token raises it)", ex);
                }
            }
            catch (ApiException ex) when (ex.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.Forbidden && RetryAfter(ex) is { } retryAfter)
            {
                wait = retryAfter;
                if (attempt >= MaxAttempts || wait > maxWait)
                {
                    throw new GitException($"GitHub asks to wait {wait.TotalSeconds:0} s (secondary rate limit)", ex);
                }
            }

            await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, clock, cancellationToken);
        }
    }

    private static TimeSpan? RetryAfter(ApiException ex) =>
        ex.HttpResponse?.Headers is { } headers
        && headers.TryGetValue("Retry-After", out var value)
        && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
