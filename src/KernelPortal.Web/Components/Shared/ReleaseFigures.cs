using KernelPortal.Core.Releases;

namespace KernelPortal.Web.Components.Shared;

/// <summary>Picks the statistics to show for a release when several sources describe it.</summary>
internal static class ReleaseFigures
{
    // Figures measured at the tags beat imported ones; the Kernel-Log table was measured at the tags too.
    private static readonly StatisticsSource[] Preference =
        [StatisticsSource.GitMirror, StatisticsSource.KernelLogTable, StatisticsSource.GitHub, StatisticsSource.KernelHistorySpreadsheet];

    public static ReleaseStatistics? Best(IEnumerable<ReleaseStatistics> statistics) =>
        statistics.OrderBy(s => Array.IndexOf(Preference, s.Source)).FirstOrDefault();
}
