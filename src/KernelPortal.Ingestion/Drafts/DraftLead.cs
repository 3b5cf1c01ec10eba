using System.Globalization;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// The German lead paragraph that opens a part, built from its facts only: how many merges, items and new options
/// the area got, and its three largest topics with their figures.
/// </summary>
public static class DraftLead
{
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    private const int TopicLength = 70;

    public static string Of(string release, DraftPart part)
    {
        var items = part.Items.Count + part.Trivia.Count;
        var text = string.Create(German, $"Im Bereich {part.AreaName} hat Linux {release} {Count(part.Merges.Count, "Merge", "Merges")} mit {Count(items, "Neuerung", "Neuerungen")} aufgenommen");
        text += part.NewOptions.Count switch
        {
            0 => ".",
            _ => string.Create(German, $"; {Count(part.NewOptions.Count, "Konfigurationsoption ist", "Konfigurationsoptionen sind")} neu."),
        };

        // Measured figures first: an item without commits of its own only has an even share of its merge's lines.
        // Two items backed by the same commits are one topic told twice (a bullet and its heading): name it once.
        var measured = part.Items.Where(i => i.Commits.Count > 0 && i.LinesChanged > 0).ToList();
        var topics = (measured.Count > 0 ? measured : part.Items.Where(i => i.LinesChanged > 0))
            .OrderByDescending(i => i.LinesChanged).ThenByDescending(i => i.Score)
            .DistinctBy(i => i.Commits.Count == 0 ? i.Merge + ":" + i.FirstLine : string.Join(',', i.Commits))
            .Take(3).ToList();
        if (topics.Count > 0)
        {
            var named = topics.Select(t => string.Create(German, $"„{Topic(t)}“ ({t.LinesChanged:N0} geänderte Zeilen{(t.Commits.Count > 0 ? string.Create(German, $" in {Count(t.Commits.Count, "Commit", "Commits")}") : string.Empty)})")).ToList();
            var list = named.Count == 1 ? named[0] : string.Join(", ", named[..^1]) + " und " + named[^1];
            text += (topics.Count == 1 ? " Das größte Thema: " : " Die größten Themen: ") + list + ".";
        }

        return text;
    }

    /// <summary>An item's words, shortened at a word boundary.</summary>
    public static string Topic(DraftItem item)
    {
        var text = item.Text.TrimEnd('.', ':', ';');
        if (text.Length <= TopicLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', TopicLength);
        return text[..(cut > TopicLength / 2 ? cut : TopicLength)] + " …";
    }

    private static string Count(int n, string one, string many) => string.Create(German, $"{n:N0} {(n == 1 ? one : many)}");
}
