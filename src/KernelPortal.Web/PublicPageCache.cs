using KernelPortal.Core.Content;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion;
using KernelPortal.Web.Compression;
using Microsoft.AspNetCore.OutputCaching;

namespace KernelPortal.Web;

/// <summary>
/// Output caching of public pages, feeds and the JSON API: whole responses kept for <see cref="Duration"/> and
/// tagged, so a content change evicts them at once. Search is not cached (every query differs); pages send no
/// cookies, without which a response could not be cached at all.
/// </summary>
internal static class PublicPageCache
{
    public const string PolicyName = "public";

    /// <summary>Feeds and the JSON API: every query key varies the entry (filters, paging), conditional GET still works.</summary>
    public const string DataPolicyName = "public-data";
    public const string Tag = "public-pages";

    /// <summary>How stale a page may get when a change happens in another process (the CLI) that cannot evict this cache.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        // "OutputCache:Enabled=false" exists for the load benchmark's uncached measurements (bench/load.sh), nothing else.
        var enabled = configuration.GetValue("OutputCache:Enabled", true);
        services.AddOutputCache(options =>
        {
            options.AddPolicy(PolicyName, policy => Configure(policy, enabled).SetVaryByQuery("sort", "dir", "page"));
            options.AddPolicy(DataPolicyName, policy => Configure(policy, enabled));
        });

        // In the web host a change evicts this instance's cache at once and tells the others through NOTIFY;
        // ContentChangeListener evicts on every instance, including this one, when the notification arrives.
        services.AddSingleton<CachedAnswers>();
        services.AddSingleton<IContentChangeNotifier, OutputCacheEvictingNotifier>();
        services.AddHostedService<ContentChangeListener>();
        return services;
    }

    // One entry per content encoding: the compression middleware runs inside the cache, so each entry holds the body
    // compressed once (Brotli, gzip or none) and its Content-Encoding and Vary headers.
    private static OutputCachePolicyBuilder Configure(OutputCachePolicyBuilder policy, bool enabled) =>
        enabled
            ? policy.Expire(Duration).Tag(Tag).VaryByValue(context =>
                new KeyValuePair<string, string>("encoding", ContentEncodingChoice.For(context.Request.Headers.AcceptEncoding)))
            : policy.NoCache();

    /// <summary>Forgets everything this instance keeps of the content: cached pages, their copies ahead of routing and the release snapshot.</summary>
    public static async Task ForgetContentAsync(IOutputCacheStore store, CachedAnswers answers, ReleaseSnapshotSource releases, CancellationToken cancellationToken)
    {
        releases.Invalidate();
        answers.Forget();
        await store.EvictByTagAsync(Tag, cancellationToken);
    }

    private sealed class OutputCacheEvictingNotifier(IOutputCacheStore store, CachedAnswers answers, ReleaseSnapshotSource releases, PostgresContentChangeNotifier others) : IContentChangeNotifier
    {
        public async Task ContentChangedAsync(CancellationToken cancellationToken)
        {
            await ForgetContentAsync(store, answers, releases, cancellationToken);
            await others.ContentChangedAsync(cancellationToken);
        }
    }
}
