using System.Threading.RateLimiting;
using Microsoft.AspNetCore.OutputCaching;

namespace KernelPortal.Web;

/// <summary>
/// A bulkhead for the work a cache miss costs: at most <c>PublicReads:MaxConcurrent</c> public pages, feeds and API
/// answers render at once, the rest wait their turn in arrival order. Rendering is CPU work on a few cores; sixty-four
/// renders interleaved finish no sooner than sixty-four in a row, but each keeps its render tree, text buffers and
/// query results alive until it is done — under load that was most of the process's memory (gen1 grew past 200 MB,
/// docs/performance.md). Cached answers never get here: the output cache answers before the rate limiter runs.
/// </summary>
internal static class PublicReadLimit
{
    public const string SectionName = "PublicReads";

    /// <summary>
    /// The limiter for <see cref="IsPublicRead"/> requests: <c>PublicReads:MaxConcurrent</c> at once (0: no limit),
    /// <c>PublicReads:QueueLimit</c> waiting; beyond that the portal answers 503 with Retry-After.
    /// </summary>
    public static PartitionedRateLimiter<HttpContext> Create(IConfiguration configuration)
    {
        // Four per core: enough that a render waiting for PostgreSQL leaves the cores to another one.
        var permits = configuration.GetValue($"{SectionName}:MaxConcurrent", Environment.ProcessorCount * 4);
        var queue = configuration.GetValue($"{SectionName}:QueueLimit", 4096);
        return PartitionedRateLimiter.Create<HttpContext, string>(http => permits > 0 && IsPublicRead(http)
            ? RateLimitPartition.GetConcurrencyLimiter(SectionName, _ => new ConcurrencyLimiterOptions
            {
                PermitLimit = permits,
                QueueLimit = queue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            })
            : RateLimitPartition.GetNoLimiter(string.Empty));
    }

    /// <summary>
    /// A GET or HEAD of an endpoint with an output-cache policy: the public pages (their <see cref="OutputCacheAttribute"/>),
    /// feeds and the API (<c>CacheOutput</c>). CMS pages, the circuit, health checks and static files have none.
    /// </summary>
    public static bool IsPublicRead(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && http.GetEndpoint()?.Metadata is { } metadata
        && (metadata.GetMetadata<OutputCacheAttribute>() is not null || metadata.GetMetadata<IOutputCachePolicy>() is not null);
}
