using KernelPortal.Core.Releases;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// What the prose reader says of the schedule (of travel, and of the next merge window), as an announcement row keeps it: one rule for storing
/// and rereading.
/// </summary>
public static class AnnouncementHint
{
    /// <summary>Sets the row's schedule and travel fields from <paramref name="hint"/>; true when any of them changed.</summary>
    public static bool Apply(Announcement announcement, ScheduleHint hint)
    {
        // The deciding sentence, or the one that left the next step open; long sentences are cut to the column.
        var sentence = Cut(hint.HintSentence ?? hint.OpenSentence);
        var travel = Cut(hint.Travel?.Sentence);
        var mergeWindow = Cut(hint.MergeWindow?.Sentence);
        var changed = announcement.ExpectsExtraRc != hint.ExpectsExtraRc
            || announcement.ExpectedLastRc != hint.ExpectedLastRc
            || announcement.ScheduleLeftOpen != hint.LeftOpen
            || announcement.HintSentence != sentence
            || announcement.TravelSentence != travel
            || announcement.ReleaseWeekday != hint.ReleaseWeekday
            || announcement.MergeWindowDays != hint.MergeWindow?.Days
            || announcement.MergeWindowSentence != mergeWindow;
        announcement.ExpectsExtraRc = hint.ExpectsExtraRc;
        announcement.ExpectedLastRc = hint.ExpectedLastRc;
        announcement.ScheduleLeftOpen = hint.LeftOpen;
        announcement.HintSentence = sentence;
        announcement.TravelSentence = travel;
        announcement.ReleaseWeekday = hint.ReleaseWeekday;
        announcement.MergeWindowDays = hint.MergeWindow?.Days;
        announcement.MergeWindowSentence = mergeWindow;
        return changed;
    }

    private static string? Cut(string? sentence) =>
        sentence is { Length: > Announcement.HintSentenceMaxLength } ? sentence[..Announcement.HintSentenceMaxLength] : sentence;
}
