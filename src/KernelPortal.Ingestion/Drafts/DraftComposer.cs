using System.Text.RegularExpressions;
using KernelPortal.Core.Content;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// Turns the merges of a merge window into a "Was X bringt" series: the pull texts split into feature items, each
/// with its provenance and significance, placed in the area of what it touches, ranked within its part; the new
/// and removed config options beside them. Every merge is in exactly one part, "Sonstiges" for those no area
/// pattern matches.
/// </summary>
public static partial class DraftComposer
{
    /// <summary>Where commits are linked by default: Linus' tree on git.kernel.org.</summary>
    public const string DefaultCommitUrl = "https://git.kernel.org/torvalds/c/";

    public static DraftSeries Compose(string release, IReadOnlyList<MergeCommit> merges, FeatureAreaMap map, KconfigChanges options, string commitUrl = DefaultCommitUrl)
    {
        var newOptions = options.Added.Select(o => DraftOption.Of(o, map.AreaOf(o.File) ?? FeatureAreas.Other.Slug, merges)).ToList();
        var removedOptions = options.Removed.Select(o => DraftOption.Of(o, map.AreaOf(o.File) ?? FeatureAreas.Other.Slug, merges)).ToList();
        var optionFiles = newOptions.ToDictionary(o => o.Symbol, o => o.File, StringComparer.Ordinal);
        var symbolFiles = removedOptions.Concat(newOptions).DistinctBy(o => o.Symbol).ToDictionary(o => o.Symbol, o => o.File, StringComparer.Ordinal);

        var homes = new List<DraftMerge>();
        var items = new List<DraftItem>();
        foreach (var merge in merges)
        {
            var home = map.AreaOf(merge.Files) ?? FeatureAreas.Other.Slug;
            var pull = PullLine().Match(merge.Body);
            homes.Add(new DraftMerge(
                merge.CommitId,
                merge.Subject,
                merge.LinesChanged,
                pull.Success ? pull.Groups["who"].Value.Trim() : null,
                pull.Success ? pull.Groups["what"].Value.Trim() : null,
                merge.Body,
                home,
                merge.Commits.Count));
            items.AddRange(ItemsOf(merge, homes[^1], map, optionFiles, symbolFiles));
        }

        var parts = new List<DraftPart>();
        foreach (var area in FeatureAreas.All.Append(FeatureAreas.Other))
        {
            var inArea = items.Where(i => i.Area == area.Slug).OrderByDescending(i => i.Score).ThenBy(i => i.Merge, StringComparer.Ordinal).ThenBy(i => i.FirstLine).ToList();
            var part = new DraftPart(
                parts.Count + 1,
                area.Slug,
                area.NameDe,
                string.Empty,
                string.Empty,
                [.. homes.Where(m => m.Area == area.Slug)],
                [.. inArea.Where(i => !i.IsTrivia)],
                [.. inArea.Where(i => i.IsTrivia)],
                [.. newOptions.Where(o => o.Area == area.Slug)],
                [.. removedOptions.Where(o => o.Area == area.Slug)]);
            if (part.Merges.Count + inArea.Count + part.NewOptions.Count + part.RemovedOptions.Count > 0)
            {
                parts.Add(part with { Title = $"Was {release} bringt ({part.Number}): {area.NameDe}", Lead = DraftLead.Of(release, part) });
            }
        }

        return new DraftSeries(release, $"Was {release} bringt", parts, commitUrl);
    }

    /// <summary>A merge's items: its pull text's, or one made from its subject and commits when the text has none.</summary>
    private static IEnumerable<DraftItem> ItemsOf(MergeCommit merge, DraftMerge home, FeatureAreaMap map, IReadOnlyDictionary<string, string> optionFiles, IReadOnlyDictionary<string, string> symbolFiles)
    {
        var pulled = PullTextParser.Parse(merge.Body);
        if (pulled.Count == 0)
        {
            yield return WithoutText(merge, home, map, optionFiles);
            yield break;
        }

        var evenShare = merge.LinesChanged / pulled.Count;
        var matcher = ItemMatcher.For(merge, symbolFiles);
        foreach (var item in pulled)
        {
            var words = item.Context is null ? item.AllText : item.Context + " " + item.AllText;
            var (commits, files) = matcher.Match(words);
            var commitFiles = commits.SelectMany(c => c.Files).ToList();
            var symbols = NewOptionsOf(words, commitFiles, optionFiles);
            var lines = commits.Count > 0 ? commits.Sum(c => c.LinesChanged) : evenShare;
            var newFiles = commitFiles.Count(f => f.IsNew);
            yield return new DraftItem(
                item.Text,
                item.Context,
                item.Children,
                map.AreaOf(files) ?? home.Area,
                Significance.Score(words, lines, newFiles, symbols.Count),
                Significance.IsTrivia(item.AllText),
                merge.CommitId,
                [.. commits.Select(c => c.CommitId)],
                item.FirstLine,
                item.LastLine,
                lines,
                newFiles,
                symbols);
        }
    }

    /// <summary>A merge whose message has no text of its own: what it pulled and its largest commits, all of them as provenance.</summary>
    private static DraftItem WithoutText(MergeCommit merge, DraftMerge home, FeatureAreaMap map, IReadOnlyDictionary<string, string> optionFiles)
    {
        var what = home.What is not null && home.Puller is not null
            ? $"{char.ToUpperInvariant(home.What[0])}{home.What[1..]} (von {home.Puller})"
            : Remote().Replace(merge.Subject, string.Empty).Trim();
        var largest = merge.Commits.OrderByDescending(c => c.LinesChanged).Take(3).Select(c => $"„{c.Subject}“").ToList();
        var text = largest.Count == 0
            ? what
            : $"{what}: {merge.Commits.Count} {(merge.Commits.Count == 1 ? "Commit" : "Commits")}, darunter {string.Join(", ", largest)}";
        var files = merge.Commits.SelectMany(c => c.Files).ToList();
        var symbols = NewOptionsOf(text, files, optionFiles);
        var newFiles = files.Count(f => f.IsNew);
        return new DraftItem(
            text,
            null,
            [],
            home.Area,
            Significance.Score(text, merge.LinesChanged, newFiles, symbols.Count),
            Significance.IsTrivia(text),
            merge.CommitId,
            [.. merge.Commits.Select(c => c.CommitId)],
            0,
            0,
            merge.LinesChanged,
            newFiles,
            symbols);
    }

    /// <summary>New symbols defined in a Kconfig file the item's commits change, or named by its words.</summary>
    private static List<string> NewOptionsOf(string words, IEnumerable<ChangedFile> commitFiles, IReadOnlyDictionary<string, string> optionFiles)
    {
        var touched = commitFiles.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        return [.. optionFiles.Where(o => touched.Contains(o.Value)).Select(o => o.Key)
            .Union(ItemMatcher.Symbols(words, optionFiles), StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)];
    }

    // "Pull networking updates from Jakub Kicinski:" — the first line of most pull messages since 2.6.
    [GeneratedRegex(@"^Pull (?<what>[^\n]+?) from (?<who>[^:\n]+):?\s*$", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PullLine();

    // " of git://git.kernel.org/…" in "Merge branch 'for-linus' of git://…": the remote says nothing to a reader.
    [GeneratedRegex(@"\s+of\s+\S+://\S+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Remote();
}
