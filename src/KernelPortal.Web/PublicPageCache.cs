using KernelPortal.Core.Content;
using KernelPortal.Ingestion;
using Microsoft.AspNetCore.OutputCaching;

namespace KernelPortal.Web;

/// <summary>
/// Output caching of public pages: whole responses kept for <see cref="Duration"/> and tagged, so a content
/// change evicts them at once. Search is not cached (every query differs); pages send no cookies, without
/// which a response could not be cached at all.
/// </summary>
internal static class PublicPageCache
{
    public const string PolicyName = "public";
    public const string Tag = "public-pages";

    /// <summary>How stale a page may get when a change happens in another process (the CLI) that cannot evict this cache.</summary>
    public static readonly TimeSpan Duration = TimeSpan.FromSeconds(60);

    public static IServiceCollection AddPublicPageCache(this IServiceCollection services)
    {
        services.AddOutputCache(options => options.AddPolicy(PolicyName, policy => policy
            .Expire(Duration)
            .Tag(Tag)
            .SetVaryByQuery("sort", "dir", "page")));

        // In the web host a change evicts this instance's cache at once and tells the others through NOTIFY;
        // ContentChangeListener evicts on every instance, including this one, when the notification arrives.
        services.AddSingleton<IContentChangeNotifier, OutputCacheEvictingNotifier>();
        services.AddHostedService<ContentChangeListener>();
        return services;
    }

    private sealed class OutputCacheEvictingNotifier(IOutputCacheStore store, PostgresContentChangeNotifier others) : IContentChangeNotifier
    {
        public async Task ContentChangedAsync(CancellationToken cancellationToken)
        {
            await store.EvictByTagAsync(Tag, cancellationToken);
            await others.ContentChangedAsync(cancellationToken);
        }
    }
}
