using Microsoft.Extensions.DependencyInjection;
using Octokit;
using Octokit.Internal;

namespace KernelPortal.Ingestion.GitHub;

/// <summary>
/// Creates Octokit clients for the configured API (github.com, Enterprise, or a test server) that send through the
/// same resilience pipeline as the other HTTP sources: retries with backoff on 5xx, 408 and 429 (honouring
/// Retry-After), a circuit breaker and timeouts. GitHub's 403 rate limit is not retried here; <see cref="RateLimits"/>
/// waits for its reset.
/// </summary>
public static class GitHubClients
{
    /// <summary>The named HttpClient whose handler pipeline Octokit sends through.</summary>
    public const string HttpClientName = "github";

    // Octokit takes a message handler, not a client from the host's container, and the kportal commands that talk to
    // GitHub run without a host; one small container per process owns the pooled, resilient handlers.
    private static readonly Lazy<ServiceProvider> Handlers = new(BuildHandlers);

    /// <summary>A container with the <see cref="HttpClientName"/> client and the standard resilience pipeline.</summary>
    private static ServiceProvider BuildHandlers()
    {
        var services = new ServiceCollection();
        services.AddHttpClient(HttpClientName).AddStandardResilienceHandler(options =>
        {
            // A compare of a whole release cycle can take GitHub well over the default 10 s per attempt.
            options.AttemptTimeout.Timeout = TimeSpan.FromSeconds(60);
            options.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(120);
            options.TotalRequestTimeout.Timeout = TimeSpan.FromMinutes(4);
        });
        return services.BuildServiceProvider();
    }

    /// <summary>A client for <paramref name="options"/>' API, sending through the resilient handler.</summary>
    public static IGitHubClient Create(GitHubOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var credentials = string.IsNullOrWhiteSpace(options.Token) ? Credentials.Anonymous : new Credentials(options.Token);
        var handler = Handlers.Value.GetRequiredService<IHttpMessageHandlerFactory>().CreateHandler(HttpClientName);
        var connection = new Connection(
            new ProductHeaderValue("KernelPortal"),
            ApiBase(new Uri(options.ApiUrl)),
            new InMemoryCredentialStore(credentials),
            new HttpClientAdapter(() => handler),
            new SimpleJsonSerializer());
        return new GitHubClient(connection);
    }

    /// <summary>
    /// What Octokit's own constructors make of a base address (they do it only when they build the connection):
    /// github.com means api.github.com, any other host is an Enterprise server with the API under /api/v3/.
    /// </summary>
    private static Uri ApiBase(Uri uri) =>
        uri.Host.Equals("github.com", StringComparison.OrdinalIgnoreCase) || uri.Host.Equals("api.github.com", StringComparison.OrdinalIgnoreCase)
            ? GitHubClient.GitHubApiUrl
            : new Uri(uri, new Uri("/api/v3/", UriKind.Relative));
}
