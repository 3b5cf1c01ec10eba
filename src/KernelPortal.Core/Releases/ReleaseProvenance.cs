using System.Globalization;
using System.Text.RegularExpressions;
using KernelPortal.Core.Content;

namespace KernelPortal.Core.Releases;

/// <summary>
/// Where a release's dates and figures come from, in sentences for readers ("Datum aus Linus' Ankündigung",
/// "Statistik aus git, berechnet am 3. Mai 2026") — never the source codes the history records
/// (<c>release=GKH+EOL-UTC | rc1=UNVERIFIED</c>), which stay in <see cref="Release.Notes"/> for editors and the API.
/// </summary>
public static partial class ReleaseProvenance
{
    private static readonly CultureInfo German = Language.De.Culture();
    private static readonly CultureInfo English = Language.En.Culture();

    /// <summary>
    /// One sentence per fact with a known source: the release date, the rc dates, each set of statistics.
    /// </summary>
    /// <param name="release">The release, with its candidates (and their announcements) and statistics loaded.</param>
    /// <param name="releaseMailKnown">True when Linus' release mail is stored.</param>
    /// <param name="language">The reader's language.</param>
    public static IReadOnlyList<string> Describe(Release release, bool releaseMailKnown, Language language)
    {
        var de = language == Language.De;
        var sentences = new List<string>();
        var codes = Codes().Matches(release.Notes ?? string.Empty).ToDictionary(m => m.Groups["fact"].Value, m => m.Groups["source"].Value, StringComparer.Ordinal);

        if (release.ReleasedOn is not null)
        {
            sentences.Add(releaseMailKnown || codes.GetValueOrDefault("release", string.Empty).StartsWith("MAIL", StringComparison.Ordinal)
                ? de ? "Freigabedatum aus Linus Torvalds' Ankündigung." : "Release date from Linus Torvalds' announcement."
                : codes.GetValueOrDefault("release", string.Empty) switch
                {
                    var c when c.Contains("EOL-UTC", StringComparison.Ordinal) || c.StartsWith("endoflife", StringComparison.Ordinal) => de
                        ? "Freigabedatum aus dem Git-Tag (in UTC; in Linus' Zeitzone kann es einen Tag früher sein), bestätigt durch Greg Kroah-Hartmans Kernel-Chronik."
                        : "Release date from the git tag (in UTC; in Linus' time zone it may be a day earlier), confirmed by Greg Kroah-Hartman's kernel history.",
                    var c when c.StartsWith("CORRECTED", StringComparison.Ordinal) => de
                        ? "Freigabedatum gegenüber älteren Quellen berichtigt."
                        : "Release date corrected against older sources.",
                    var c when c.StartsWith("GKH", StringComparison.Ordinal) => de
                        ? "Freigabedatum aus Greg Kroah-Hartmans Kernel-Chronik."
                        : "Release date from Greg Kroah-Hartman's kernel history.",
                    _ => de ? "Freigabedatum aus der Release-Chronik, nicht einzeln geprüft." : "Release date from the release history, not checked one by one.",
                });
        }

        var rcs = release.Candidates.Where(c => c.AnnouncedOn is not null).ToList();
        if (rcs.Count > 0)
        {
            // Each rc's day from its mail, else from where the backfill or the history took it; the history's own note
            // may say its rc1 came from a mail.
            var withoutMail = rcs.Where(c => c.Announcement is null).ToList();
            List<(bool Used, string De, string En)> sources =
            [
                (withoutMail.Count < rcs.Count || codes.GetValueOrDefault("rc1", string.Empty).StartsWith("MAIL", StringComparison.Ordinal), "Linus' Ankündigungen", "Linus' announcements"),
                (withoutMail.Any(c => c.DateSource == RcDateSource.GitTag), "den Git-Tags", "the git tags"),
                (withoutMail.Any(c => c.DateSource == RcDateSource.History), "der Release-Chronik", "the release history"),
            ];
            var named = sources.Where(s => s.Used).Select(s => de ? s.De : s.En).ToList();
            var list = named.Count == 1 ? named[0] : string.Join(", ", named[..^1]) + (de ? " und " : " and ") + named[^1];
            sentences.Add(de ? $"Termine der Vorabversionen aus {list}." : $"Release-candidate dates from {list}.");
        }

        foreach (var statistics in release.Statistics.OrderBy(s => s.Source))
        {
            var computed = statistics.ComputedAt.UtcDateTime;
            sentences.Add(statistics.Source switch
            {
                StatisticsSource.GitMirror => de
                    ? string.Create(German, $"Statistik aus git berechnet (zuletzt am {computed:d. MMMM yyyy}).")
                    : string.Create(English, $"Statistics computed from git (last on {computed:d MMMM yyyy})."),
                StatisticsSource.GitHub => de
                    ? string.Create(German, $"Statistik über die GitHub-API ermittelt (am {computed:d. MMMM yyyy}); Datei- und Zeilenzahlen kann sie nicht liefern.")
                    : string.Create(English, $"Statistics from the GitHub API (on {computed:d MMMM yyyy}); it cannot give file and line counts."),
                StatisticsSource.KernelLogTable => de
                    ? "Zahlen aus der Statistik-Tabelle des Kernel-Logs von heise."
                    : "Figures from the statistics table of heise's Kernel-Log.",
                _ => de
                    ? "Zahlen aus Greg Kroah-Hartmans Kernel-Chronik."
                    : "Figures from Greg Kroah-Hartman's kernel history.",
            });
        }

        return sentences;
    }

    // "release=GKH+EOL-UTC", "rc1=MAIL 12948601020", "num_rcs=rc7 …" in the history's notes.
    [GeneratedRegex(@"\b(?<fact>release|rc1|num_rcs)=(?<source>[^\s|]+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Codes();
}
