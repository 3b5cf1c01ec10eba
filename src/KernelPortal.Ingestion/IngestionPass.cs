using KernelPortal.Core.Data;
using KernelPortal.Core.Operations;
using KernelPortal.Ingestion.Drafts;
using KernelPortal.Ingestion.Git;
using KernelPortal.Ingestion.KernelOrg;
using KernelPortal.Ingestion.Lore;
using KernelPortal.Ingestion.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace KernelPortal.Ingestion;

/// <summary>
/// One scheduled pass over the configured sources (lore.kernel.org, kernel.org, the git mirror), under the ingestion
/// lock. The worker calls it on a timer; <c>kportal ingest run</c> and the CMS call it by hand.
/// </summary>
public sealed class IngestionPass(
    IngestionRunner runner,
    IngestionLock ingestionLock,
    IHttpClientFactory httpClients,
    IOptions<IngestionOptions> options,
    IDbContextFactory<PortalDbContext> contexts,
    DraftGenerator drafts,
    TimeProvider clock,
    ILogger<IngestionPass> logger)
{
    /// <summary>The named HttpClient (with the resilience pipeline) every remote source uses.</summary>
    public const string HttpClientName = "ingestion";

    /// <summary>Runs a pass unless another instance holds the lock; then returns null.</summary>
    public async Task<IngestionRun?> TryRunAsync(string trigger, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        await using var held = await ingestionLock.TryAcquireAsync(cancellationToken);
        if (held is null)
        {
            logger.PassSkipped();
            return null;
        }

        return await RunHoldingLockAsync(trigger, progress, cancellationToken);
    }

    /// <summary>Runs a pass; the caller holds the lock.</summary>
    public async Task<IngestionRun> RunHoldingLockAsync(string trigger, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var http = httpClients.CreateClient(HttpClientName);
        var sources = new List<IAnnouncementSource>();
        if (settings.Lore.Enabled)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var known = (await db.Announcements.AsNoTracking().Select(a => a.MessageId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            sources.Add(new LoreAtomSource(http, settings.Lore, known.Contains));
        }

        var steps = new List<IIngestionStep>();
        if (settings.KernelOrg.Enabled)
        {
            steps.Add(new KernelOrgReleasesStep(http, settings.KernelOrg, contexts, clock));
        }

        if (settings.Git.MirrorPath.Length > 0)
        {
            steps.Add(new GitMirrorStep(settings.Git, contexts, drafts, clock));
        }

        return await runner.RunAsync(sources, steps, trigger, progress, cancellationToken);
    }
}
