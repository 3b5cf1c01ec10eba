namespace KernelPortal.Core.Releases;

/// <summary>
/// One release with the best known figure for each statistic: the one place of ADR-003's preference (git over
/// Kernel-Log over GitHub over kernel-history), used by the pages, the API and the CSV alike.
/// </summary>
/// <param name="Version">The release.</param>
/// <param name="IsProvisional">Whether the version number is only assumed (a merge window before the rc1 mail).</param>
/// <param name="State">Merge window, release candidates or released.</param>
/// <param name="MergeWindowOpenedOn">The day the merge window opened (the previous release's day).</param>
/// <param name="Rc1On">The day of rc1.</param>
/// <param name="ReleasedOn">The release day.</param>
/// <param name="Rcs">The newest rc known, by its number: 6 for a release whose rc6 is the newest read, also where rc1 to
/// rc5 never were (for a release with every rc, their count).</param>
/// <param name="Files">Files in the tree.</param>
/// <param name="Lines">Lines in the tree.</param>
/// <param name="LinesWithoutDocs">Lines outside Documentation/.</param>
/// <param name="DevelopmentDays">Days from the previous release.</param>
/// <param name="Commits">Commits without merges.</param>
/// <param name="FilesChanged">Files changed against the previous release.</param>
/// <param name="Insertions">Lines added.</param>
/// <param name="Deletions">Lines removed.</param>
/// <param name="Sources">The sources' notes, joined.</param>
public sealed record ReleaseRow(
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
    /// <summary>
    /// True when a later release is already known although this one is not released here: it is out, but its release
    /// (and maybe rcs) were never read (<see cref="ReleaseSnapshot.IsOvertaken"/>).
    /// </summary>
    public bool Overtaken { get; init; }

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
            release.Candidates.Count == 0 ? 0 : release.Candidates.Max(c => c.Number),
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
}
