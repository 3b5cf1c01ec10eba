namespace KernelPortal.Core.Releases;

/// <summary>How a set of release statistics was obtained; several sources may describe one release.</summary>
public enum StatisticsSource
{
    /// <summary>Computed by the portal from a local git mirror (complete: files, lines, diffstat, commits).</summary>
    GitMirror,

    /// <summary>Computed from the GitHub API (tags, compare totals); file and line counts may be missing.</summary>
    GitHub,

    /// <summary>Copied from the heise Kernel-Log tables (the seed talk, 3.15–3.19).</summary>
    KernelLogTable,

    /// <summary>Greg Kroah-Hartman's kernel-history spreadsheet (commits, developers, files, lines added/removed).</summary>
    KernelHistorySpreadsheet,
}
