using System.Globalization;
using KernelPortal.Core.Content;
using System.Text;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// The Markdown of a generated part: an editor's note, the lead, the figures so far, the ranked items (each with
/// its source: merge, commits, pull-text lines), the new and removed config options, and the "Kleinkram" list.
/// </summary>
public static class DraftMarkdown
{
    private static readonly CultureInfo German = Language.De.Culture();

    /// <summary>Commit links shown per item; the rest are counted (the CMS's source panel lists them all).</summary>
    private const int CommitLinksShown = 3;

    /// <summary>The part's first version.</summary>
    public static string Part(DraftSeries series, DraftPart part, string? statsSentence, string? forecastSentence)
    {
        var text = new StringBuilder()
            .Append(German, $"*Entwurf, erzeugt aus {part.Merges.Count} {(part.Merges.Count == 1 ? "Merge" : "Merges")} des Merge Window von Linux {series.Release}: {part.Items.Count + part.Trivia.Count} Punkte, {part.NewOptions.Count} neue Optionen. Die Punkte sind nach Bedeutung geordnet und nennen ihre Quelle; bitte in eigene Worte fassen.*\n\n")
            .Append(part.Lead).Append("\n\n");
        if (statsSentence is not null || forecastSentence is not null)
        {
            text.Append(string.Join(' ', new[] { statsSentence, forecastSentence }.Where(s => s is not null))).Append("\n\n");
        }

        return text.Append(Additions(series.CommitUrl, part.Items, part.Trivia, part.NewOptions, part.RemovedOptions)).ToString();
    }

    /// <summary>Items, options and trivia as Markdown sections: a part's body, or what a regeneration appends.</summary>
    public static string Additions(string commitUrl, IReadOnlyList<DraftItem> items, IReadOnlyList<DraftItem> trivia, IReadOnlyList<DraftOption> newOptions, IReadOnlyList<DraftOption> removedOptions)
    {
        var text = new StringBuilder();
        foreach (var item in items)
        {
            text.Append(Item(commitUrl, item));
        }

        if (newOptions.Count > 0)
        {
            text.Append("\n### Neue Treiber und Optionen\n\n");
            foreach (var option in newOptions)
            {
                var words = string.Join(" – ", new[] { option.Prompt, option.Help }.Where(w => !string.IsNullOrEmpty(w)));
                text.Append(German, $"- `CONFIG_{option.Symbol}`{(words.Length > 0 ? ": " + words : string.Empty)} (`{option.File}`)\n");
            }
        }

        if (removedOptions.Count > 0)
        {
            text.Append("\n### Entfernte Optionen\n\n");
            foreach (var option in removedOptions)
            {
                text.Append(German, $"- `CONFIG_{option.Symbol}`{(option.Prompt is null ? string.Empty : ": " + option.Prompt)} (`{option.File}`)\n");
            }
        }

        if (trivia.Count > 0)
        {
            text.Append("\n### Kleinkram\n\n");
            foreach (var item in trivia)
            {
                text.Append(Item(commitUrl, item));
            }
        }

        return text.ToString();
    }

    /// <summary>One item as a list entry: context in bold, the words, nested bullets under it, the source in brackets.</summary>
    public static string Item(string commitUrl, DraftItem item)
    {
        var text = new StringBuilder("- ");
        if (item.Context is not null)
        {
            text.Append("**").Append(item.Context).Append(":** ");
        }

        text.Append(item.Text).Append(' ').Append(Source(commitUrl, item)).Append('\n');
        AppendChildren(text, item.Children, 1);
        return text.ToString();
    }

    /// <summary>"([Merge 1a2b3c4d5e6f](…), Zeilen 3–5; Commits [abc1234](…), … +4)".</summary>
    public static string Source(string commitUrl, DraftItem item)
    {
        var source = new StringBuilder("([Merge ").Append(Short(item.Merge, 12)).Append("](").Append(commitUrl).Append(item.Merge).Append(')');
        if (item.FirstLine > 0)
        {
            source.Append(item.FirstLine == item.LastLine
                ? string.Create(German, $", Zeile {item.FirstLine}")
                : string.Create(German, $", Zeilen {item.FirstLine}–{item.LastLine}"));
        }

        if (item.Commits.Count > 0)
        {
            source.Append("; ").Append(item.Commits.Count == 1 ? "Commit " : "Commits ")
                .AppendJoin(", ", item.Commits.Take(CommitLinksShown).Select(c => $"[{Short(c, 7)}]({commitUrl}{c})"));
            if (item.Commits.Count > CommitLinksShown)
            {
                source.Append(German, $" +{item.Commits.Count - CommitLinksShown}");
            }
        }

        return source.Append(')').ToString();
    }

    private static void AppendChildren(StringBuilder text, IReadOnlyList<PullItem> children, int depth)
    {
        foreach (var child in children)
        {
            text.Append(' ', depth * 2).Append("- ").Append(child.Context is null ? string.Empty : $"**{child.Context}:** ").Append(child.Text).Append('\n');
            AppendChildren(text, child.Children, depth + 1);
        }
    }

    private static string Short(string id, int length) => id[..Math.Min(length, id.Length)];
}
