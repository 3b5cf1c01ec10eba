using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// Finds the commits of a merge that an item's words name: a path ("drivers/net/phy"), a file ("tcp_bbr.c"), a
/// driver or subsystem that is a folder or file name in what the commit touches ("prestera", "zynqmp", "ext4"),
/// or a config symbol ("CONFIG_E1000E") defined in a Kconfig file the commit changes.
/// </summary>
/// <remarks>
/// Words that name nothing specific ("drivers", "core", "support") never match, and a word that matches more
/// than half of a merge's commits counts only when no word of the item is more specific and the merge is small
/// (three commits at most): in a networking pull "ethernet" names most commits, so it tells nothing about one
/// item, and such an item gets no commits rather than all of them.
/// </remarks>
public static partial class ItemMatcher
{
    private const int MinimumWordLength = 3;

    /// <summary>Folder and file names too common to say which driver or subsystem an item is about.</summary>
    private static readonly HashSet<string> Generic = new(StringComparer.Ordinal)
    {
        "arch", "block", "boot", "bus", "char", "common", "config", "configs", "core", "crypto", "dev", "device", "devices", "docs",
        "documentation", "driver", "drivers", "dts", "fixes", "for", "from", "generic", "include", "init", "internal", "kernel", "lib",
        "linux", "main", "misc", "net", "new", "other", "platform", "platforms", "power", "samples", "scripts", "security", "soc",
        "sound", "src", "staging", "support", "test", "testing", "tests", "tools", "uapi", "update", "updates", "usr", "and", "the",
        "with", "add", "added", "adds", "fix", "use", "all", "some", "now", "more", "this", "that", "into", "also", "not", "are",
        "can", "has", "have", "was", "were", "its", "via", "when", "which", "was", "been", "only", "make", "makefile", "kconfig",
        "firmware", "mm", "fs", "host", "base", "api", "abi", "selftests", "bindings", "devicetree", "yaml", "txt", "rst",
    };

    /// <summary>A matcher for the items of one merge: each file's names are computed once, not once per item and word.</summary>
    /// <param name="merge">The merge whose commits are searched.</param>
    /// <param name="optionFiles">The Kconfig file of each new or removed symbol of the window.</param>
    public static Matcher For(MergeCommit merge, IReadOnlyDictionary<string, string> optionFiles) => new(merge, optionFiles);

    /// <summary>Matches the items of one merge against its commits.</summary>
    public sealed class Matcher
    {
        private readonly MergeCommit _merge;
        private readonly IReadOnlyDictionary<string, string> _optionFiles;
        private readonly Dictionary<string, HashSet<string>> _names = new(StringComparer.Ordinal);

        internal Matcher(MergeCommit merge, IReadOnlyDictionary<string, string> optionFiles)
        {
            _merge = merge;
            _optionFiles = optionFiles;
            foreach (var file in merge.Commits.SelectMany(c => c.Files))
            {
                if (!_names.ContainsKey(file.Path))
                {
                    _names[file.Path] = Components(file.Path);
                }
            }
        }

        /// <summary>The commits an item names, and the files of those commits that it names.</summary>
        /// <param name="text">The item's words, its context included.</param>
        public (IReadOnlyList<MergedCommit> Commits, IReadOnlyList<ChangedFile> Files) Match(string text)
        {
            var commitCount = _merge.Commits.Count;
            if (commitCount == 0)
            {
                return ([], []);
            }

            var matches = Words(text, _optionFiles)
                .Select(word => _merge.Commits
                    .Select(c => (Commit: c, Files: c.Files.Where(f => Names(word, f.Path)).ToList()))
                    .Where(x => x.Files.Count > 0)
                    .ToList())
                .Where(hits => hits.Count > 0)
                .ToList();
            var specific = matches.Where(hits => commitCount == 1 || hits.Count * 2 <= commitCount).ToList();
            var commits = new HashSet<MergedCommit>();
            var files = new HashSet<ChangedFile>();
            foreach (var (commit, touched) in (specific.Count > 0 ? specific : commitCount <= 3 ? matches : []).SelectMany(hits => hits))
            {
                commits.Add(commit);
                files.UnionWith(touched);
            }

            return ([.. _merge.Commits.Where(commits.Contains)], [.. files]);
        }

        private bool Names(Word word, string path) => word.Kind switch
        {
            WordKind.Path => path.Contains(word.Text, StringComparison.OrdinalIgnoreCase),
            WordKind.File => Path.GetFileName(path).Equals(word.Text, StringComparison.OrdinalIgnoreCase),
            WordKind.Symbol => _optionFiles.TryGetValue(word.Text, out var file) && file == path,
            _ => _names[path].Contains(word.Text),
        };
    }

    /// <summary>The config symbols an item's words name ("CONFIG_FOO" or a bare "FOO" that is a new symbol).</summary>
    public static IEnumerable<string> Symbols(string text, IReadOnlyDictionary<string, string> optionFiles) =>
        Symbol().Matches(text).Select(m => m.Groups["symbol"].Value).Where(optionFiles.ContainsKey).Distinct(StringComparer.Ordinal);

    /// <summary>Folder names below the top level, the file's stem and the parts of names joined by '-' or '_'.</summary>
    private static HashSet<string> Components(string path)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        var segments = path.ToLowerInvariant().Split('/');
        for (var i = 1; i < segments.Length; i++)
        {
            var name = i == segments.Length - 1 ? segments[i].Split('.')[0] : segments[i];
            names.Add(name);
            foreach (var part in name.Split('-', '_'))
            {
                if (part.Length > MinimumWordLength)
                {
                    names.Add(part);
                }
            }
        }

        return names;
    }

    private static List<Word> Words(string text, IReadOnlyDictionary<string, string> optionFiles)
    {
        var words = new List<Word>();
        foreach (Match match in Token().Matches(text))
        {
            var token = match.Value.Trim('.', '-', '/');
            var symbol = token.StartsWith("CONFIG_", StringComparison.Ordinal) ? token["CONFIG_".Length..] : token;
            if (optionFiles.ContainsKey(symbol))
            {
                words.Add(new Word(symbol, WordKind.Symbol));
            }
            else if (token.Contains('/', StringComparison.Ordinal) && token.Length > MinimumWordLength)
            {
                words.Add(new Word(token.ToLowerInvariant(), WordKind.Path));
            }
            else if (FileName().IsMatch(token))
            {
                words.Add(new Word(token, WordKind.File));
            }
            else
            {
                var lower = token.ToLowerInvariant();
                if (lower.Length >= MinimumWordLength && !Generic.Contains(lower) && !lower.All(char.IsDigit))
                {
                    words.Add(new Word(lower, WordKind.Name));
                }
            }
        }

        return [.. words.Distinct()];
    }

    private enum WordKind
    {
        Name,
        Path,
        File,
        Symbol,
    }

    private readonly record struct Word(string Text, WordKind Kind);

    [GeneratedRegex(@"[A-Za-z0-9_][A-Za-z0-9_.+/-]*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Token();

    [GeneratedRegex(@"\b(CONFIG_)?(?<symbol>[A-Z][A-Z0-9_]{2,})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Symbol();

    [GeneratedRegex(@"^[\w+-]+\.(c|h|rs|S|s|dts|dtsi|py|sh|rst|yaml|json|txt)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FileName();
}
