using System.Globalization;
using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;

namespace KernelPortal.Ingestion.Mail;

/// <summary>What Linus' prose says about the schedule: is another rc coming, or is the final release next?</summary>
public static partial class AnnouncementHints
{
    /// <summary>
    /// True when the prose of an rc mail expects another rc beyond the usual rc7 ("I'll probably do an rc8"),
    /// false when it expects the final release next, null when it says neither (or for a release mail).
    /// </summary>
    public static bool? ExpectsExtraRc(KernelVersion version, string prose)
    {
        if (version.Rc is not { } rc)
        {
            return null;
        }

        var next = (rc + 1).ToString(CultureInfo.InvariantCulture);
        var text = prose.ToLowerInvariant();
        // "rc8" mentioned in an rc7 mail, or an extra/another rc in any rc mail from rc6 on.
        if ((rc + 1 >= 8 && Regex.IsMatch(text, $@"\brc{next}\b", RegexOptions.None, TimeSpan.FromSeconds(1)))
            || (rc >= 6 && ExtraRc().IsMatch(text)))
        {
            return true;
        }

        return FinalNext().IsMatch(text) ? false : null;
    }

    [GeneratedRegex(@"\b(an? (extra|additional)|one more|another) rc\b|\bextra week\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExtraRc();

    [GeneratedRegex(@"\b(final|real) (\d+\.\d+ )?release\b|\blast rc\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FinalNext();
}
