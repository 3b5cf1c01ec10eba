using System.Globalization;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Operations;
using KernelPortal.Core.People;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;
using KernelPortal.Ingestion.Drafts;
using KernelPortal.Ingestion.Sources;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Ingestion.Git;

/// <summary>
/// The pass's work on the local mirror: for each release in its rc phase, the statistics so far and the
/// "Was X bringt" drafts from the merges between the previous release and the newest rc tag; and, a few per
/// pass, the git statistics of finished releases that lack them.
/// </summary>
public sealed class GitMirrorStep(GitMirrorOptions mirror, IDbContextFactory<PortalDbContext> contexts, DraftGenerator drafts, TimeProvider clock) : IIngestionStep
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public string Name => "git mirror";

    public async Task ExecuteAsync(IngestionRun run, CancellationToken cancellationToken)
    {
        var git = await GitRunner.OpenAsync(mirror.MirrorPath, cancellationToken);
        if (mirror.Fetch)
        {
            await git.RunAsync(["fetch", "--quiet", "--prune", "--tags"], cancellationToken);
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var employers = await AddressRuleService.EmployerMapAsync(db, cancellationToken);
        var releases = await db.Releases.AsNoTracking().Include(r => r.Candidates).Include(r => r.Statistics).ToListAsync(cancellationToken);
        var released = releases.Where(r => r.State == ReleaseState.Released && !r.IsProvisional).ToList();

        foreach (var release in releases.Where(r => r.State == ReleaseState.ReleaseCandidates))
        {
            var previous = released.Where(r => r.Version < release.Version).MaxBy(r => r.Version);
            if (previous is null || !ReleaseTimeline.IsImmediate(previous.Version, release.Version))
            {
                run.AddWarning($"git mirror: no previous release known for {release.VersionText}; no drafts.");
                continue;
            }

            var toTag = await NewestRcTagAsync(git, release, cancellationToken);
            if (toTag is null)
            {
                continue; // The mirror has not seen rc1 yet.
            }

            var fromTag = $"v{previous.VersionText}";
            var stats = await new GitStatsSource(git, employers).ComputeAsync(fromTag, toTag, cancellationToken);
            await SaveStatisticsAsync(release.Id, previous.VersionText, stats, cancellationToken);
            var merges = await new GitMergeReader(git).ReadAsync(fromTag, toTag, cancellationToken);
            var options = await new KconfigComparison(git).CompareAsync(fromTag, toTag, cancellationToken);
            var series = DraftComposer.Compose(release.VersionText, merges, FeatureAreaMap.Default, options, mirror.CommitUrl);
            var forecast = await new ForecastService(db, clock).ForecastAsync(release, cancellationToken);
            var statsSentence = string.Create(German, $"Stand {toTag}: {stats.Commits:N0} Commits, {stats.FilesChanged:N0} geänderte Dateien (+{stats.Insertions:N0}/−{stats.Deletions:N0}).");
            var forecastSentence = forecast is null ? null : ForecastText.Sentence(forecast, Language.De, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            var result = await drafts.GenerateAsync(release.Id, series, statsSentence, forecastSentence, cancellationToken);
            run.ItemsSeen += merges.Count;
            run.ItemsNew += result.PartsCreated + result.SectionsAdded;
        }

        // Backfill a few finished releases per pass: each is a full tree walk and a walk of the history for first-timers.
        var missing = released
            // Also releases whose git statistics predate the people figures: they get them on the next passes.
            .Where(r => !r.Statistics.Any(s => s.Source == StatisticsSource.GitMirror && s.People != null))
            .OrderByDescending(r => r.Version)
            .Take(mirror.StatisticsBackfillPerPass);
        foreach (var release in missing)
        {
            var previous = released.Where(r => r.Version < release.Version).MaxBy(r => r.Version);
            if (previous is null || !ReleaseTimeline.IsImmediate(previous.Version, release.Version))
            {
                continue;
            }

            try
            {
                var stats = await new GitStatsSource(git, employers).ComputeAsync($"v{previous.VersionText}", $"v{release.VersionText}", cancellationToken);
                await SaveStatisticsAsync(release.Id, previous.VersionText, stats, cancellationToken);
            }
            catch (GitException ex)
            {
                run.AddWarning($"git mirror: no statistics for {release.VersionText}: {ex.Message}");
            }
        }
    }

    private static async Task<string?> NewestRcTagAsync(GitRunner git, Release release, CancellationToken cancellationToken)
    {
        foreach (var rc in release.Candidates.Select(c => c.Number).OrderDescending())
        {
            var tag = $"v{release.VersionText}-rc{rc}";
            try
            {
                await git.ResolveCommitAsync(tag, cancellationToken);
                return tag;
            }
            catch (GitException)
            {
                // Not fetched yet; try the rc before.
            }
        }

        return null;
    }

    private async Task SaveStatisticsAsync(int releaseId, string fromVersion, ReleaseStats stats, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var row = await db.ReleaseStatistics.SingleOrDefaultAsync(s => s.ReleaseId == releaseId && s.Source == StatisticsSource.GitMirror, cancellationToken);
        if (row is null)
        {
            row = new ReleaseStatistics { ReleaseId = releaseId, Source = StatisticsSource.GitMirror };
            db.ReleaseStatistics.Add(row);
        }

        row.FromVersion = fromVersion;
        row.Files = stats.Files;
        row.Lines = stats.Lines;
        row.LinesWithoutDocs = stats.LinesWithoutDocs;
        row.DevelopmentDays = stats.DevelopmentDays;
        row.Commits = stats.Commits;
        row.FilesChanged = stats.FilesChanged;
        row.Insertions = stats.Insertions;
        row.Deletions = stats.Deletions;
        row.People = stats.People;
        row.PeopleAuthors = stats.People?.AllAuthors?.ToList();
        row.Developers = stats.People?.Developers;
        row.ComputedAt = clock.GetUtcNow();
        row.Note = $"git mirror, {stats.From}..{stats.To}";
        await db.SaveChangesAsync(cancellationToken);
    }
}
