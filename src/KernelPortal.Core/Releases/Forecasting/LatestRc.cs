namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// The newest rc of a release in progress and what Linus last said about the next step: its own mail's words, or, when
/// that mail says nothing, those of an earlier rc's mail that still look ahead (<see cref="Of"/>).
/// </summary>
/// <param name="Number">The rc's number.</param>
/// <param name="AnnouncedOn">Its day.</param>
/// <param name="ExpectsExtraRc">What the mail's prose said about another rc, if anything.</param>
/// <param name="ExpectedLastRc">The rc the mail expects to be the last.</param>
/// <param name="HintSentence">The sentence that decided it.</param>
/// <param name="MessageId">The mail's Message-ID, for the link to lore.</param>
public sealed record LatestRc(int Number, DateOnly? AnnouncedOn, bool? ExpectsExtraRc, int? ExpectedLastRc, string? HintSentence, string? MessageId)
{
    /// <summary>The earlier rc whose mail said it, when the newest rc's mail said nothing; null when it is the newest's own.</summary>
    public int? StatedAt { get; init; }

    /// <summary>The day of that earlier rc.</summary>
    public DateOnly? StatedOn { get; init; }

    /// <summary>True when the mail spoke of the next step but left it open ("I'll decide next weekend").</summary>
    public bool LeftOpen { get; init; }

    /// <summary>
    /// What the newest rc's own mail tells of travel or holidays ahead; it stays the newest mail's when the plan is
    /// an earlier one's (travel told at rc5 is no news at rc7).
    /// </summary>
    public string? TravelSentence { get; init; }

    /// <summary>The weekday the mail names for the final it expects next, when not a Sunday.</summary>
    public DayOfWeek? ReleaseWeekday { get; init; }

    /// <summary>
    /// The newest of a cycle's rcs with what Linus last said of the plan. A plan stands until a newer mail says
    /// something: "I'm planning on an rc8" in the rc5 mail still holds at rc6 and rc7 when their mails say nothing of
    /// it — but not when the newer mail leaves the next step open ("I'll decide next weekend"), which is news too. Only
    /// the newest statement counts, and only while it still looks ahead (its last rc is not behind the newest rc: "rc7
    /// will be the last" said at rc6 tells nothing once an rc8 is out).
    /// </summary>
    public static LatestRc? Of(IEnumerable<LatestRc> rcs)
    {
        var ordered = rcs.OrderByDescending(r => r.Number).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }

        var newest = ordered[0];
        if (newest.ExpectedLastRc is not null || newest.ExpectsExtraRc is not null || newest.LeftOpen)
        {
            return newest;
        }

        var said = ordered.Skip(1).FirstOrDefault(r => r.ExpectedLastRc is not null);
        if (said?.ExpectedLastRc is not { } last || last < newest.Number)
        {
            return newest;
        }

        // An older word weighs its last rc only: it does not rule out the other days as the newest mail's own "there
        // will be an rc8" does (ExpectsExtraRc), since things may have changed since (5.5-rc6 "suspected" an rc8, and
        // 5.5 came after rc7).
        return newest with
        {
            ExpectsExtraRc = null,
            ExpectedLastRc = last,
            HintSentence = said.HintSentence,
            ReleaseWeekday = said.ReleaseWeekday,
            MessageId = said.MessageId,
            StatedAt = said.Number,
            StatedOn = said.AnnouncedOn,
        };
    }
}
