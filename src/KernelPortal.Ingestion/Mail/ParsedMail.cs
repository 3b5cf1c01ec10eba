using KernelPortal.Core.Releases;

namespace KernelPortal.Ingestion.Mail;

/// <summary>A mail that could be read, with what it announces (if anything).</summary>
public sealed record ParsedMail(
    MailKind Kind,
    KernelVersion? Version,
    DateTimeOffset Date,
    string MessageId,
    string Subject,
    string From,
    string Body,
    string Raw,
    AnnouncementBody Content,
    ScheduleHint Hint,
    string? NotAnnouncementReason)
{
    /// <summary>What the prose says about an rc8 (<see cref="ScheduleHint.ExpectsExtraRc"/>).</summary>
    public bool? ExpectsExtraRc => Hint.ExpectsExtraRc;

    /// <summary>Whether the merge window is open after this mail: a release opens the next one, any rc means it is closed.</summary>
    public bool? MergeWindowOpen => Kind switch
    {
        MailKind.Release => true,
        MailKind.ReleaseCandidate => false,
        _ => null,
    };

    /// <summary>Linus' calendar day when he sent it, which is how releases are dated.</summary>
    public DateOnly LocalDate => DateOnly.FromDateTime(Date.DateTime);

    /// <summary>True for a mainline release or rc announcement.</summary>
    public bool IsAnnouncement => Kind != MailKind.Other;
}
