namespace KernelPortal.Core.Releases;

/// <summary>
/// The Kernel-Log statistics of one release from one source: files and lines in the tree at the tag,
/// development days, commits without merges and the diffstat against the previous release.
/// </summary>
/// <remarks>
/// Every figure is nullable because sources differ in what they know (GitHub cannot count lines without a
/// checkout; the kernel-history spreadsheet has no lines-without-docs). One row per release and source, so a
/// figure computed from git never silently replaces an imported one: readers see which is which.
/// </remarks>
public class ReleaseStatistics
{
    /// <summary>Longest accepted provenance note.</summary>
    public const int NoteMaxLength = 500;

    public int Id { get; private set; }

    public int ReleaseId { get; set; }

    public Release Release { get; set; } = null!;

    public StatisticsSource Source { get; set; }

    /// <summary>The tag the diff starts from (the previous release), as text.</summary>
    public string? FromVersion { get; set; }

    /// <summary>Regular files in the tree at the release tag.</summary>
    public int? Files { get; set; }

    /// <summary>Newline characters in all those files.</summary>
    public long? Lines { get; set; }

    /// <summary>The same without <c>Documentation/</c>.</summary>
    public long? LinesWithoutDocs { get; set; }

    /// <summary>Calendar days between the previous release and this one.</summary>
    public int? DevelopmentDays { get; set; }

    /// <summary><c>git rev-list --count --no-merges A..B</c>.</summary>
    public int? Commits { get; set; }

    /// <summary>People with at least one commit in the cycle (kernel-history spreadsheet only).</summary>
    public int? Developers { get; set; }

    /// <summary>From <c>git diff --shortstat A B</c>.</summary>
    public int? FilesChanged { get; set; }

    public long? Insertions { get; set; }

    public long? Deletions { get; set; }

    /// <summary>Who made the release (authors, reviewers, employers …), from a git mirror; null from other sources.</summary>
    public People.ReleasePeople? People { get; set; }

    /// <summary>Every author's changesets and lines (<see cref="People.ReleasePeople.AllAuthors"/>): employers are recomputed from them when an editor's rule changes.</summary>
    public List<People.AuthorFigures>? PeopleAuthors { get; set; }

    /// <summary>When the portal computed or imported these figures.</summary>
    public DateTimeOffset ComputedAt { get; set; }

    /// <summary>Where the figures come from, in words (a mirror path, a spreadsheet, a table).</summary>
    public string? Note { get; set; }
}
