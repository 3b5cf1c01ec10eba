namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>What an rc announcement gives a backtest: the rc's real day and what Linus said about the next step.</summary>
/// <param name="Release">The release the rc belongs to.</param>
/// <param name="Rc">The rc number.</param>
/// <param name="AnnouncedOn">Linus' calendar day of the mail.</param>
/// <param name="ExpectsExtraRc">The prose's reading (see the ingestion's prose reader).</param>
/// <param name="ExpectedLastRc">The rc the prose expects to be the last; null when it does not say.</param>
/// <param name="LeftOpen">True when the prose spoke of the next step but left it open (ends an earlier mail's plan).</param>
/// <param name="ReleaseWeekday">The weekday the prose names for the final it expects next, when not a Sunday.</param>
public sealed record MailEvidence(KernelVersion Release, int Rc, DateOnly AnnouncedOn, bool? ExpectsExtraRc, int? ExpectedLastRc, bool LeftOpen = false, DayOfWeek? ReleaseWeekday = null)
{
    /// <summary>The rc with what its mail said, as <see cref="LatestRc.Of"/> weighs it against the cycle's other mails.</summary>
    public LatestRc AsRc() => new(Rc, AnnouncedOn, ExpectsExtraRc, ExpectedLastRc, null, null) { LeftOpen = LeftOpen, ReleaseWeekday = ReleaseWeekday };
}
