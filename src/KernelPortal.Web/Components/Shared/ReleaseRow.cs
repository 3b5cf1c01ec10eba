using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Web.Components.Shared;

/// <summary>One release with the best known figure for each statistic (git over Kernel-Log over GitHub over kernel-history).</summary>
internal sealed record ReleaseRow(
    KernelVersion Version,
    bool IsProvisional,
    ReleaseState State,
    DateOnly? MergeWindowOpenedOn,
    DateOnly? Rc1On,
    DateOnly? ReleasedOn,
    int Rcs,
    long? Files,
    long? Lines,
    long? LinesWithoutDocs,
    long? DevelopmentDays,
    long? Commits,
    long? FilesChanged,
    long? Insertions,
    long? Deletions,
    string Sources)
{
    private static readonly StatisticsSource[] Preference =
        [StatisticsSource.GitMirror, StatisticsSource.KernelLogTable, StatisticsSource.GitHub, StatisticsSource.KernelHistorySpreadsheet];

    public static ReleaseRow From(Release release)
    {
        var stats = release.Statistics.OrderBy(s => Array.IndexOf(Preference, s.Source)).ToList();
        long? Best(Func<ReleaseStatistics, long?> figure) => stats.Select(figure).FirstOrDefault(v => v is not null);
        return new ReleaseRow(
            release.Version,
            release.IsProvisional,
            release.State,
            release.MergeWindowOpenedOn,
            release.Rc1On,
            release.ReleasedOn,
            release.Candidates.Count,
            Best(s => s.Files),
            Best(s => s.Lines),
            Best(s => s.LinesWithoutDocs),
            Best(s => s.DevelopmentDays) ?? release.DevelopmentDays,
            Best(s => s.Commits),
            Best(s => s.FilesChanged),
            Best(s => s.Insertions),
            Best(s => s.Deletions),
            string.Join("; ", stats.Select(s => s.Note).Where(n => n is not null).Distinct()));
    }

    /// <summary>Loads every release with what the table needs, oldest first.</summary>
    public static async Task<List<ReleaseRow>> LoadAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var releases = await db.Releases.AsNoTracking().Include(r => r.Statistics).Include(r => r.Candidates).AsSplitQuery().ToListAsync(cancellationToken);
        return releases.Select(From).OrderBy(r => r.Version).ToList();
    }
}
