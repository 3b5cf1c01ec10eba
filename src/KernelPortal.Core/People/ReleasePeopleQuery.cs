using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.People;

/// <summary>A release's people figures with where and when they were computed: what the page, the API and the CSV show.</summary>
/// <param name="VersionText">The release, e.g. "4.0".</param>
/// <param name="FromVersion">The previous release the range starts at.</param>
/// <param name="ComputedAt">When the git mirror step computed them.</param>
/// <param name="Note">The provenance note ("git mirror, v3.19..v4.0").</param>
/// <param name="People">The figures.</param>
public sealed record ReleasePeopleView(string VersionText, string? FromVersion, DateTimeOffset ComputedAt, string? Note, ReleasePeople People);

/// <summary>The one read of people figures, for every page and endpoint that shows them.</summary>
public static class ReleasePeopleQuery
{
    /// <summary>The figures of one release (version text as stored, e.g. "4.0"); null when none were computed.</summary>
    public static async Task<ReleasePeopleView?> LoadAsync(PortalDbContext db, string versionText, CancellationToken cancellationToken) =>
        await db.ReleaseStatistics.AsNoTracking()
            .Where(s => s.Release.VersionText == versionText && s.Source == StatisticsSource.GitMirror && s.People != null)
            .Select(s => new ReleasePeopleView(s.Release.VersionText, s.FromVersion, s.ComputedAt, s.Note, s.People!))
            .SingleOrDefaultAsync(cancellationToken);

    /// <summary>Developers and first-timers of every release that has people figures, oldest first (for the history chart).</summary>
    public static async Task<List<(string Version, int Developers, int FirstTime)>> HistoryAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rows = await db.ReleaseStatistics.AsNoTracking()
            .Where(s => s.Source == StatisticsSource.GitMirror && s.People != null)
            .Select(s => new { s.Release.Major, s.Release.Minor, s.Release.Patch, s.Release.VersionText, s.People })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Major).ThenBy(r => r.Minor).ThenBy(r => r.Patch).Select(r => (r.VersionText, r.People!.Developers, r.People.FirstTime))];
    }
}
