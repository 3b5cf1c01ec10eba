using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using KernelPortal.Core.Content;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// Turns the merges of a merge window into a "Was X bringt" series: one part per feature area, each merge with
/// the pull-request text as source material and a link to its merge commit, which is every section's provenance.
/// </summary>
public static partial class DraftComposer
{
    /// <summary>Where merge commits are linked: Linus' tree on git.kernel.org.</summary>
    public const string CommitUrl = "https://git.kernel.org/torvalds/c/";

    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    /// <summary>Groups merges by area (merges no pattern matches are counted, not placed).</summary>
    public static DraftSeries Compose(string release, IReadOnlyList<MergeCommit> merges, FeatureAreaMap map)
    {
        var byArea = merges.Select(m => (Merge: m, Area: map.AreaOf(m.Files))).ToList();
        var parts = new List<DraftPart>();
        foreach (var area in FeatureAreas.All)
        {
            var inArea = byArea.Where(x => x.Area == area.Slug).Select(x => ToDraft(x.Merge)).ToList();
            if (inArea.Count > 0)
            {
                var number = parts.Count + 1;
                parts.Add(new DraftPart(number, area.Slug, area.NameDe, $"Was {release} bringt ({number}): {area.NameDe}", inArea));
            }
        }

        return new DraftSeries(release, $"Was {release} bringt", parts, byArea.Count(x => x.Area is null));
    }

    /// <summary>The Markdown of a part's first version: an editor's note, the figures so far, then one section per merge.</summary>
    public static string Markdown(DraftSeries series, DraftPart part, string? statsSentence, string? forecastSentence)
    {
        var text = new StringBuilder()
            .Append(German, $"*Entwurf, erzeugt aus {part.Merges.Count} {(part.Merges.Count == 1 ? "Merge" : "Merges")} des Merge Window von Linux {series.Release}. Die Abschnitte zitieren die Pull-Requests der Maintainer; bitte in eigene Worte fassen.*\n\n");
        if (statsSentence is not null || forecastSentence is not null)
        {
            text.Append(string.Join(' ', new[] { statsSentence, forecastSentence }.Where(s => s is not null))).Append("\n\n");
        }

        foreach (var merge in part.Merges)
        {
            text.Append(Section(merge));
        }

        return text.ToString();
    }

    /// <summary>One merge's section: a heading, the quoted pull-request text, the link to the commit.</summary>
    public static string Section(DraftMerge merge)
    {
        var heading = merge.What is not null && merge.Puller is not null
            ? $"{Capitalise(merge.What)} (von {merge.Puller})"
            : merge.Subject;
        var text = new StringBuilder().Append("## ").Append(heading).Append("\n\n");
        foreach (var line in merge.PullText.Split('\n'))
        {
            text.Append(line.Length == 0 ? ">" : "> " + line).Append('\n');
        }

        return text.Append(German, $"\nQuelle: [Merge-Commit {merge.CommitId[..Math.Min(12, merge.CommitId.Length)]}]({CommitUrl}{merge.CommitId}) · {merge.LinesChanged:N0} geänderte Zeilen\n\n").ToString();
    }

    private static DraftMerge ToDraft(MergeCommit merge)
    {
        var pull = PullLine().Match(merge.Body);
        var text = merge.Body.Length > 0 ? merge.Body : merge.Subject;
        return new DraftMerge(
            merge.CommitId,
            merge.Subject,
            merge.LinesChanged,
            pull.Success ? pull.Groups["who"].Value.Trim() : null,
            pull.Success ? pull.Groups["what"].Value.Trim() : null,
            text.Length <= 8000 ? text : text[..8000] + "\n[…]");
    }

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    // "Pull networking updates from Jakub Kicinski:" — the first line of most pull messages since 2.6.
    [GeneratedRegex(@"^Pull (?<what>[^\n]+?) from (?<who>[^:\n]+):?\s*$", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PullLine();
}
