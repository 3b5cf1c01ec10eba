using KernelPortal.Core.Data;
using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace KernelPortal.Ingestion.Backfill;

/// <summary>
/// Fills the rc dates of past releases since a version: lore's search finds Linus' rc announcements of every
/// release that still lacks dates (they are ingested as any mail is: stored, linked, dated), then a git mirror's rc
/// tags fill or correct what is left. One ingestion run records it with its progress; the caller holds the
/// ingestion lock. Running it again only does what is still missing.
/// </summary>
public sealed class RcBackfill(
    IngestionRunner runner,
    IHttpClientFactory httpClients,
    IOptions<IngestionOptions> options,
    IDbContextFactory<PortalDbContext> contexts,
    TimeProvider clock)
{
    public async Task<IngestionRun> RunAsync(KernelVersion since, string? gitMirror, bool useLore, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var sources = new List<IAnnouncementSource>();
        if (useLore)
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            var releases = await db.Releases.AsNoTracking().Include(r => r.Candidates).ToListAsync(cancellationToken);
            var missing = releases
                .Where(r => r.Version >= since && r.State != ReleaseState.MergeWindow && (r.Candidates.Count == 0 || r.Candidates.Any(c => c.AnnouncedOn is null)))
                .Select(r => r.Version)
                .Order()
                .ToList();
            var known = (await db.Announcements.AsNoTracking().Select(a => a.MessageId).ToListAsync(cancellationToken)).ToHashSet(StringComparer.Ordinal);
            sources.Add(new LoreBackfillSource(httpClients.CreateClient(IngestionPass.HttpClientName), options.Value.Lore, missing, known.Contains, clock));
        }

        IIngestionStep[] steps = gitMirror is null ? [] : [new GitTagStep(gitMirror, since, contexts)];
        return await runner.RunAsync(sources, steps, "backfill", progress, cancellationToken);
    }
}
