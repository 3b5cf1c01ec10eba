using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Recognises the subject of a mainline announcement: <c>Linux 4.0-rc1</c>, <c>Linux 3.0</c>,
/// <c>[ANNOUNCE] Linux 2.6.39</c>, <c>Linux 2.6.2 aka "Feisty Dunnart"</c> and
/// <c>"Read my lips: no more merges" - aka Linux 2.6.14-rc1</c>.
/// </summary>
/// <remarks>
/// Anything after the version other than an <c>aka "…"</c> nickname makes it a discussion, not an
/// announcement ("Linux 4.0-rc1 breaks my laptop"); replies and forwards are never announcements; stable
/// versions ("Linux 6.6.37", "Linux 2.6.32.5") are rejected by <see cref="KernelVersion"/> itself.
/// </remarks>
public static partial class AnnouncementSubject
{
    /// <summary>Returns the announced version, or null with the reason it is not an announcement subject.</summary>
    public static KernelVersion? Recognise(string? subject, out string reason)
    {
        var text = PlainDashes(subject ?? string.Empty).Trim();
        if (text.Length == 0)
        {
            reason = "the subject is empty";
            return null;
        }

        if (ReplyPrefix().IsMatch(text))
        {
            reason = "the subject is a reply or forward";
            return null;
        }

        text = AnnouncePrefix().Replace(text, string.Empty);
        var match = Plain().Match(text);
        if (!match.Success)
        {
            match = AkaSuffix().Match(text);
        }

        if (!match.Success)
        {
            reason = "the subject does not announce a version (expected 'Linux X.Y' or 'Linux X.Y-rcN')";
            return null;
        }

        if (!KernelVersion.TryParse(match.Groups["version"].Value, out var version, out var error))
        {
            reason = error;
            return null;
        }

        reason = string.Empty;
        return version;
    }

    /// <summary>
    /// A cheap first look for listings (lore's Atom titles): not a reply and naming something like a version, so
    /// that subjects in any shape ("Done with the merge window: v3.1-rc1") are fetched and the whole mail decides
    /// (<see cref="AnnouncementRecognizer"/>).
    /// </summary>
    public static bool MayAnnounce(string? subject) =>
        !string.IsNullOrWhiteSpace(subject) && !ReplyPrefix().IsMatch(subject) && AnyVersion().IsMatch(subject);

    /// <summary>
    /// The text with the other dashes a mail program may put into a version written as the hyphen: "6.14‑rc7" (a
    /// non-breaking hyphen) or "6.14–rc7" (an en dash) is the rc, never the release 6.14 followed by a stray word.
    /// </summary>
    internal static string PlainDashes(string text) => OtherDash().Replace(text, "-");

    [GeneratedRegex(@"[\u2010-\u2015\u2212\uFE63\uFF0D]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherDash();

    [GeneratedRegex(@"\d+\.\d+|-rc\d+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnyVersion();

    // A reply or forward: "Re:", "Fwd:", "AW:", "SV:", "Odp:", "TR:", "RES:" and the like in other languages, also
    // bracketed ("[Fwd: Linux 6.12]") or "(fwd)" at the end.
    // One rule for the strict subject reader and AnnouncementRecognizer.
    [GeneratedRegex(@"^\s*[\[(]?\s*(re|fwd?|aw|wg|sv|vs|antw|odp|tr|enc|res|ynt)\s*(\[\d+\])?\s*:|\(fwd\)\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    internal static partial Regex ReplyPrefix();

    [GeneratedRegex(@"^\[ANNOUNCE\]\s*", RegexOptions.IgnoreCase)]
    private static partial Regex AnnouncePrefix();

    // "Linux 2.6.2" optionally followed by a nickname: aka "Feisty Dunnart".
    [GeneratedRegex(@"^Linux\s+v?(?<version>\d+\.\d+(\.\d+)*(-rc\d+)?)(\s+aka\s+""[^""]*"")?\s*$")]
    private static partial Regex Plain();

    // A quoted motto first: "Read my lips: no more merges" - aka Linux 2.6.14-rc1
    [GeneratedRegex(@"^""[^""]*""\s*-?\s*aka\s+Linux\s+v?(?<version>\d+\.\d+(\.\d+)*(-rc\d+)?)\s*$")]
    private static partial Regex AkaSuffix();
}
