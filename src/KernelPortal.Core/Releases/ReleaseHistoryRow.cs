namespace KernelPortal.Core.Releases;

/// <summary>
/// One row of the project's release history (<c>Demo/Data/releases.csv</c>, from the public sources named in
/// it): a past mainline release with its dates, rc count and Greg Kroah-Hartman's per-release figures.
/// </summary>
/// <param name="Version">The release.</param>
/// <param name="ReleasedOn">Release day in Linus' local time (or the UTC tag date, see <paramref name="ReleaseDateVerified"/>).</param>
/// <param name="Rc1On">rc1's day, when a source gave it.</param>
/// <param name="LastRc">Number of the last rc, when known.</param>
/// <param name="RcDates">rc1…rcN dates by position; an entry is null where no source gave it.</param>
/// <param name="DevelopmentDays">Days since the previous release.</param>
/// <param name="Commits">Commits in the cycle (spreadsheet).</param>
/// <param name="Developers">Developers in the cycle (spreadsheet).</param>
/// <param name="Files">Files in the tree (spreadsheet).</param>
/// <param name="LinesAdded">Lines added (spreadsheet).</param>
/// <param name="LinesRemoved">Lines removed (spreadsheet).</param>
/// <param name="ReleaseDateVerified"><c>yes</c>, <c>no</c> or <c>utc-tag-date</c>.</param>
/// <param name="Rc1Verified">True when a source stating rc1's date was read.</param>
/// <param name="RcCountVerified">True when a source stating the rc count was read.</param>
/// <param name="Sources">Which source verified each fact.</param>
public sealed record ReleaseHistoryRow(
    KernelVersion Version,
    DateOnly ReleasedOn,
    DateOnly? Rc1On,
    int? LastRc,
    IReadOnlyList<DateOnly?> RcDates,
    int? DevelopmentDays,
    int? Commits,
    int? Developers,
    int? Files,
    long? LinesAdded,
    long? LinesRemoved,
    string ReleaseDateVerified,
    bool Rc1Verified,
    bool RcCountVerified,
    string Sources);
