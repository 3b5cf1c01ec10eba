namespace KernelPortal.Core.Releases;

/// <summary>One release candidate of a release: 4.0-rc1, 4.0-rc2 …</summary>
public class ReleaseCandidate
{
    private ReleaseCandidate()
    {
    }

    internal ReleaseCandidate(int number, DateOnly? announcedOn)
    {
        Number = number;
        AnnouncedOn = announcedOn;
    }

    public int Id { get; private set; }

    public int ReleaseId { get; private set; }

    public Release Release { get; private set; } = null!;

    /// <summary>1 for rc1; unique per release.</summary>
    public int Number { get; private set; }

    /// <summary>The day Linus announced it (his local date); unknown for some historic rcs.</summary>
    public DateOnly? AnnouncedOn { get; set; }

    /// <summary>Where <see cref="AnnouncedOn"/> came from when no announcement gives it; the release page says so.</summary>
    public RcDateSource DateSource { get; set; }

    /// <summary>The announcement mail, once it has been ingested.</summary>
    public int? AnnouncementId { get; set; }

    public Announcement? Announcement { get; set; }
}
