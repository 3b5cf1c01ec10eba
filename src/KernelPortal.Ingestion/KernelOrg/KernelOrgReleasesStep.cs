using KernelPortal.Core.Data;
using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Sources;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Ingestion.KernelOrg;

/// <summary>
/// Fetches kernel.org's release table, stores it for the status box, and cross-checks the timeline: when
/// kernel.org knows a newer mainline version than any stored announcement, a mail was missed, and the run says so.
/// </summary>
public sealed class KernelOrgReleasesStep(HttpClient http, KernelOrgOptions options, IDbContextFactory<PortalDbContext> contexts, TimeProvider clock) : IIngestionStep
{
    public const int MaxBytes = 4 * 1024 * 1024;

    public string Name => "kernel.org";

    public async Task ExecuteAsync(IngestionRun run, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(options.ReleasesUrl, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        response.EnsureSuccessStatusCode();
        var bytes = await HttpBodies.ReadLimitedAsync(response, MaxBytes, cancellationToken)
            ?? throw new InvalidDataException($"releases.json is larger than {MaxBytes:N0} bytes");
        var releases = KernelOrgReleasesReader.Read(bytes);
        run.ItemsSeen += releases.Count;

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var now = clock.GetUtcNow();
        await db.InTransactionAsync(async ct =>
        {
            await db.UpstreamReleases.ExecuteDeleteAsync(ct);
            db.UpstreamReleases.AddRange(releases
                .DistinctBy(r => (r.Moniker, r.Version))
                .Select(r => new UpstreamRelease { Moniker = r.Moniker, Version = r.Version, ReleasedOn = r.ReleasedOn, IsEndOfLife = r.IsEndOfLife, FetchedAt = now }));
            return await db.SaveChangesAsync(ct);
        }, cancellationToken);

        var mainline = releases.Where(r => r.Moniker == "mainline")
            .Select(r => KernelVersion.TryParse(r.Version, out var v) ? v : (KernelVersion?)null)
            .Where(v => v is not null)
            .Max();
        var newestKnown = (await db.Announcements.AsNoTracking().Select(a => a.VersionText).ToListAsync(cancellationToken))
            .Select(KernelVersion.Parse)
            .DefaultIfEmpty()
            .Max();
        if (mainline is { } upstream && (newestKnown == default || upstream > newestKnown))
        {
            run.AddWarning($"kernel.org lists mainline {upstream}, but the newest stored announcement is {(newestKnown == default ? "none" : newestKnown.ToString())}: a mail may have been missed.");
        }
    }
}
