namespace KernelPortal.Core.Releases;

/// <summary>
/// A mail from Linus Torvalds announcing an rc or a release, kept raw so it can be parsed again later.
/// </summary>
/// <remarks>
/// PostgreSQL's <c>timestamptz</c> stores an instant and drops the sender's offset, but the offset matters
/// (the Kernel-Log dates a release by Linus' local calendar day). So the instant is <see cref="SentAtUtc"/>
/// and the offset <see cref="SentUtcOffsetMinutes"/>; <see cref="SentAt"/> puts them back together.
/// </remarks>
public class Announcement
{
    public const int MessageIdMaxLength = 998;
    public const int SubjectMaxLength = 998;
    public const int FromMaxLength = 998;

    /// <summary>Largest raw mail accepted (2 MiB): real announcements with a full shortlog stay far below it.</summary>
    public const int RawMaxLength = 2 * 1024 * 1024;

    /// <summary>Longest hint sentence stored (a sentence of Linus' is far shorter).</summary>
    public const int HintSentenceMaxLength = 2000;

    private Announcement()
    {
        MessageId = Subject = From = Body = Raw = VersionText = string.Empty;
    }

    public Announcement(string messageId, string subject, string from, DateTimeOffset sentAt, string body, string raw, AnnouncementKind kind, KernelVersion version)
        : this()
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(messageId);
        MessageId = messageId;
        Subject = subject;
        From = from;
        SentAtUtc = sentAt.ToUniversalTime();
        SentUtcOffsetMinutes = (int)sentAt.Offset.TotalMinutes;
        Body = body;
        Raw = raw;
        Kind = kind;
        VersionText = version.ToString();
        RcNumber = version.Rc;
    }

    /// <summary>Where readers find a mail of Linus': its page in lore.kernel.org's LKML archive, by Message-ID.</summary>
    public static string LoreUrl(string messageId) => $"https://lore.kernel.org/lkml/{Uri.EscapeDataString(messageId)}/";

    public int Id { get; private set; }

    /// <summary>The Message-ID without angle brackets; the natural key, unique.</summary>
    public string MessageId { get; private set; }

    public string Subject { get; private set; }

    public string From { get; private set; }

    public DateTimeOffset SentAtUtc { get; private set; }

    public int SentUtcOffsetMinutes { get; private set; }

    /// <summary>The Date header as sent, with the sender's offset.</summary>
    public DateTimeOffset SentAt => SentAtUtc.ToOffset(TimeSpan.FromMinutes(SentUtcOffsetMinutes));

    /// <summary>The decoded plain-text body.</summary>
    public string Body { get; private set; }

    /// <summary>The whole mail as received (headers and body).</summary>
    public string Raw { get; private set; }

    public AnnouncementKind Kind { get; private set; }

    /// <summary>The announced version including the rc suffix, for example <c>4.0-rc1</c>.</summary>
    public string VersionText { get; private set; }

    public int? RcNumber { get; private set; }

    /// <summary>What the prose said about the schedule: true "probably an rc8", false "final next", null nothing.</summary>
    public bool? ExpectsExtraRc { get; set; }

    /// <summary>The rc Linus expects to be the last one of the cycle (this rc when he expects the final next); null when he does not say.</summary>
    public int? ExpectedLastRc { get; set; }

    /// <summary>
    /// The sentence of the mail that said so — or, with <see cref="ScheduleLeftOpen"/>, the one that left it open —
    /// shown to readers as the reason of the forecast.
    /// </summary>
    public string? HintSentence { get; set; }

    /// <summary>True when the prose spoke of the next step but left it open (undecided, or split on a condition).</summary>
    public bool ScheduleLeftOpen { get; set; }

    /// <summary>
    /// The sentence in which Linus tells of travel or holidays ahead ("I'll be traveling next week"), shown to readers
    /// beside the forecast; null when the mail tells of none.
    /// </summary>
    public string? TravelSentence { get; set; }

    /// <summary>
    /// The weekday Linus names for the final release he expects next when it is not a Sunday ("on Saturday, since I'm
    /// traveling on Sunday"); null otherwise.
    /// </summary>
    public DayOfWeek? ReleaseWeekday { get; set; }

    /// <summary>
    /// For a release mail: the days from this release to the next rc1 that it plans when it states a length ("the merge
    /// window will be three weeks", "rc1 in three weeks"); null when it says nothing. The next release's forecast counts
    /// rc1 from it while its merge window is open.
    /// </summary>
    public int? MergeWindowDays { get; set; }

    /// <summary>The sentence that planned <see cref="MergeWindowDays"/>, quoted beside the forecast.</summary>
    public string? MergeWindowSentence { get; set; }

    /// <summary>Commits listed in the appended shortlog, when there is one.</summary>
    public int? ShortlogCommits { get; set; }

    public int? ReleaseId { get; set; }

    public Release? Release { get; set; }

    /// <summary>The version this mail announces, as a value.</summary>
    public KernelVersion Version => KernelVersion.Parse(VersionText);
}
