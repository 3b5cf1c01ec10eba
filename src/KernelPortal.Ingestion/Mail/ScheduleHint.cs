namespace KernelPortal.Ingestion.Mail;

/// <summary>What an rc mail's prose says about the next step, and the sentence that decided it.</summary>
/// <param name="ExpectsExtraRc">True when Linus expects the cycle to run past rc7 (or past this rc from rc8 on), false when he expects it to end by rc7 or with the final next, null when he does not say.</param>
/// <param name="ExpectedNext">"final", "rc8" (the next rc's name), or null.</param>
/// <param name="ExpectedLastRc">The rc he expects to be the last one, or null.</param>
/// <param name="HintSentence">The sentence that decided it; null when nothing did.</param>
/// <param name="Travel">The sentence about travel, holidays or a shorter merge window, with dates if it gives any.</param>
/// <param name="Late">The sentence saying the release or rc came late ("a day late", "forgot to actually cut the release").</param>
public sealed record ScheduleHint(bool? ExpectsExtraRc, string? ExpectedNext, int? ExpectedLastRc, string? HintSentence, TravelNote? Travel, string? Late)
{
    public static ScheduleHint None { get; } = new(null, null, null, null, null, null);

    /// <summary>
    /// True when Linus spoke of the next step but left it open — undecided ("I'll decide next weekend"), split on a
    /// condition, or both ways at once; false when he said nothing of it, or said what comes. An open word is news:
    /// it ends what an earlier mail planned, where silence does not.
    /// </summary>
    public bool LeftOpen { get; init; }

    /// <summary>The sentence that left it open (with its question when it answered one), when <see cref="LeftOpen"/>.</summary>
    public string? OpenSentence { get; init; }

    /// <summary>
    /// The weekday Linus names for the final release he expects next when it is not a Sunday ("I'll do the final on
    /// Saturday, since I'm traveling on Sunday"); null otherwise.
    /// </summary>
    public DayOfWeek? ReleaseWeekday { get; init; }

    /// <summary>
    /// The next merge window a release mail plans when it states a length ("rc1 in three weeks"); null for rc mails and
    /// when it says nothing (<see cref="ProseReader.MergeWindowPlanOf"/>).
    /// </summary>
    public MergeWindowPlan? MergeWindow { get; init; }
}

/// <summary>Travel or holidays Linus mentions: the sentence, and the dates it names ("August 25", "next week").</summary>
public sealed record TravelNote(string Sentence, IReadOnlyList<string> Dates);
