using KernelPortal.Core.Content;

namespace KernelPortal.Core.Releases;

/// <summary>
/// One mainline release cycle, from the merge window that the previous release opened to the final release.
/// </summary>
/// <remarks>
/// The version is stored as numbers (<see cref="Major"/>, <see cref="Minor"/>, <see cref="Patch"/>) so the
/// database orders it numerically, and as <see cref="VersionText"/>, the unique natural key. While the merge
/// window is open the number is only a guess (<see cref="IsProvisional"/>): after 3.19 everybody expected 3.20
/// and got 4.0, so <see cref="Rename"/> changes the number in place and everything attached to the row stays.
/// </remarks>
public class Release
{
    /// <summary>Longest accepted text for <see cref="Notes"/>.</summary>
    public const int NotesMaxLength = 2000;

    /// <summary>Longest version text ("2.6.39" is six characters).</summary>
    public const int VersionMaxLength = 16;

    private Release()
    {
        VersionText = string.Empty;
    }

    /// <summary>Creates a release in the given state; a provisional number is only allowed in the merge window.</summary>
    public Release(KernelVersion version, ReleaseState state, bool isProvisional = false)
        : this()
    {
        if (version.IsReleaseCandidate)
        {
            throw new ArgumentException($"A release is named by its final version, not by an rc ({version}).", nameof(version));
        }

        if (isProvisional && state != ReleaseState.MergeWindow)
        {
            throw new ArgumentException("Only a release in its merge window can have a provisional number.", nameof(isProvisional));
        }

        SetVersion(version);
        State = state;
        IsProvisional = isProvisional;
    }

    public int Id { get; private set; }

    /// <summary>The version as text, for example <c>4.0</c> or <c>2.6.39</c>; unique.</summary>
    public string VersionText { get; private set; }

    public int Major { get; private set; }

    public int Minor { get; private set; }

    /// <summary>Third part of a 2.6-era version, <c>null</c> from 3.0 on.</summary>
    public int? Patch { get; private set; }

    /// <summary>The version as a comparable value.</summary>
    public KernelVersion Version => new(Major, Minor, Patch);

    /// <summary>True while the merge window is open and rc1 has not yet named the version.</summary>
    public bool IsProvisional { get; private set; }

    public ReleaseState State { get; private set; }

    /// <summary>The day the previous release came out, which opened this release's merge window.</summary>
    public DateOnly? MergeWindowOpenedOn { get; set; }

    /// <summary>The day rc1 came out (Linus' local date), which closed the merge window.</summary>
    public DateOnly? Rc1On { get; set; }

    /// <summary>The day of the final release (Linus' local date).</summary>
    public DateOnly? ReleasedOn { get; set; }

    /// <summary>Where the dates come from and how far they were verified; shown to readers as provenance.</summary>
    public string? Notes { get; set; }

    public List<ReleaseCandidate> Candidates { get; } = [];

    public List<ReleaseStatistics> Statistics { get; } = [];

    public List<Article> Articles { get; } = [];

    /// <summary>Days from the merge window's opening to the release, when both are known.</summary>
    public int? DevelopmentDays =>
        MergeWindowOpenedOn is { } opened && ReleasedOn is { } released ? released.DayNumber - opened.DayNumber : null;

    /// <summary>Gives the release its real number (rc1 named it) and makes it definite.</summary>
    public void Rename(KernelVersion version)
    {
        if (version.IsReleaseCandidate)
        {
            throw new ArgumentException($"A release is named by its final version, not by an rc ({version}).", nameof(version));
        }

        SetVersion(version);
        IsProvisional = false;
    }

    /// <summary>rc1 is out: the merge window is closed and the number is definite.</summary>
    public void CloseMergeWindow(DateOnly rc1On)
    {
        Rc1On = rc1On;
        IsProvisional = false;
        if (State == ReleaseState.MergeWindow)
        {
            State = ReleaseState.ReleaseCandidates;
        }
    }

    /// <summary>The final release is out.</summary>
    public void MarkReleased(DateOnly releasedOn)
    {
        ReleasedOn = releasedOn;
        IsProvisional = false;
        State = ReleaseState.Released;
    }

    /// <summary>
    /// An editor's correction of the dates. The state follows them: with a release day the release is out; without
    /// one it is back in its rc phase (when rc1 or an rc is known) or in its merge window — never "released" without
    /// a day. Load <see cref="Candidates"/> first.
    /// </summary>
    public void CorrectDates(DateOnly? mergeWindowOpenedOn, DateOnly? rc1On, DateOnly? releasedOn)
    {
        MergeWindowOpenedOn = mergeWindowOpenedOn;
        Rc1On = rc1On;
        if (releasedOn is { } day)
        {
            MarkReleased(day);
            return;
        }

        ReleasedOn = null;
        State = rc1On is not null || Candidates.Count > 0 ? ReleaseState.ReleaseCandidates : ReleaseState.MergeWindow;
    }

    /// <summary>
    /// Records an rc once; a second call for the same number fills in what was missing and changes nothing else.
    /// An rc names the version, so the release is definite and at least in its rc phase afterwards.
    /// </summary>
    public ReleaseCandidate AddCandidate(int number, DateOnly? announcedOn)
    {
        if (number is < 1 or > KernelVersion.MaxRc)
        {
            throw new ArgumentOutOfRangeException(nameof(number), $"An rc number must be between 1 and {KernelVersion.MaxRc}.");
        }

        IsProvisional = false;
        if (State == ReleaseState.MergeWindow)
        {
            State = ReleaseState.ReleaseCandidates;
        }

        var existing = Candidates.Find(c => c.Number == number);
        if (existing is not null)
        {
            existing.AnnouncedOn ??= announcedOn;
            return existing;
        }

        var candidate = new ReleaseCandidate(number, announcedOn);
        Candidates.Add(candidate);
        return candidate;
    }

    public override string ToString() => IsProvisional ? $"{VersionText} (provisional)" : VersionText;

    private void SetVersion(KernelVersion version)
    {
        Major = version.Major;
        Minor = version.Minor;
        Patch = version.Patch;
        VersionText = version.ToString();
    }
}
