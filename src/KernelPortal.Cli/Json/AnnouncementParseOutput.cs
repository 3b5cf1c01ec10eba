using KernelPortal.Ingestion.Mail;

namespace KernelPortal.Cli.Json;

/// <summary>
/// One element of <c>kportal announcement parse --json</c>. Scripts rely on this shape (docs/cli.md): fields
/// may be added, never renamed or removed.
/// </summary>
internal sealed record AnnouncementParseOutput(
    string File,
    string Kind,
    string? Version,
    int? Rc,
    DateTimeOffset? Date,
    string? MessageId,
    string? Subject,
    int? ShortlogCommits,
    int? MergelogPulls,
    DiffstatSummary? Diffstat,
    bool? MergeWindowOpen,
    bool? ExpectsExtraRc,
    string? Error,
    string? Reason = null,
    string? ExpectedNext = null,
    int? ExpectedLastRc = null,
    string? HintSentence = null,
    TravelNote? Travel = null,
    string? Late = null,
    bool LeftOpen = false,
    string? OpenSentence = null,
    string? ReleaseDay = null,
    MergeWindowPlan? NextMergeWindow = null)
{
    public static AnnouncementParseOutput From(MailParseResult result)
    {
        if (result.Mail is not { } mail)
        {
            return new(result.Source, "other", null, null, null, null, null, null, null, null, null, null, result.Error, Reason: result.Error ?? result.PassedOver);
        }

        var kind = mail.Kind switch
        {
            MailKind.Release => "release",
            MailKind.ReleaseCandidate => "rc",
            _ => "other",
        };
        return new(
            result.Source,
            kind,
            mail.Version?.Release.ToString(),
            mail.Version?.Rc,
            mail.Date,
            mail.MessageId,
            mail.Subject,
            mail.Content.ShortlogCommits,
            mail.Content.MergelogPulls,
            mail.Content.Diffstat,
            mail.MergeWindowOpen,
            mail.ExpectsExtraRc,
            null,
            mail.NotAnnouncementReason,
            mail.Hint.ExpectedNext,
            mail.Hint.ExpectedLastRc,
            mail.Hint.HintSentence,
            mail.Hint.Travel,
            mail.Hint.Late,
            mail.Hint.LeftOpen,
            mail.Hint.OpenSentence,
            mail.Hint.ReleaseWeekday?.ToString(),
            mail.Hint.MergeWindow);
    }
}
