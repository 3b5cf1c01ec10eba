using KernelPortal.Core.Data;
using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Git;
using KernelPortal.Ingestion.Sources;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Ingestion.Backfill;

/// <summary>
/// Fills rc dates of stored releases from a git mirror's rc tags, the most exact source: a missing rc is added, a
/// date is set where none is known or where it came from the history rather than from Linus' mail.
/// </summary>
public sealed class GitTagStep(string mirrorPath, KernelVersion since, IDbContextFactory<PortalDbContext> contexts) : IIngestionStep
{
    public string Name => "git tags";

    public async Task ExecuteAsync(IngestionRun run, CancellationToken cancellationToken)
    {
        var tags = await GitTagDates.ReadAsync(await GitRunner.OpenAsync(mirrorPath, cancellationToken), cancellationToken);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var releases = (await db.Releases.Include(r => r.Candidates).ToListAsync(cancellationToken)).Where(r => r.Version >= since).ToList();
        foreach (var release in releases)
        {
            foreach (var ((_, rc), day) in tags.Where(t => t.Key.Release == release.Version).OrderBy(t => t.Key.Rc))
            {
                run.ItemsSeen++;
                var candidate = release.Candidates.Find(c => c.Number == rc);
                if (candidate is null || candidate.AnnouncedOn is null || (candidate.AnnouncementId is null && candidate.AnnouncedOn != day))
                {
                    var filled = candidate ?? release.AddCandidate(rc, day);
                    filled.AnnouncedOn = day;
                    filled.DateSource = RcDateSource.GitTag;
                    run.ItemsNew++;
                }

                if (rc == 1 && release.Rc1On != day && release.Candidates.Find(c => c.Number == 1)?.AnnouncementId is null)
                {
                    release.CloseMergeWindow(day);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
