using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>A config symbol as one Kconfig file defines it.</summary>
/// <param name="Symbol">"E1000E" (without CONFIG_).</param>
/// <param name="Prompt">What menuconfig shows ("Intel(R) PRO/1000 PCI-Express Gigabit Ethernet support"); null for a symbol without prompt.</param>
/// <param name="Help">The first sentence of its help text; null without help.</param>
/// <param name="File">The Kconfig file's path in the tree.</param>
public sealed record KconfigSymbol(string Symbol, string? Prompt, string? Help, string File);

/// <summary>
/// Reads the symbols a Kconfig file defines (<c>config FOO</c>, <c>menuconfig FOO</c>) with their prompt and the
/// first sentence of their help — the facts a driver list needs, not a full Kconfig evaluator: conditions,
/// defaults and <c>source</c> lines are not followed.
/// </summary>
public static partial class KconfigFile
{
    /// <summary>True for the files whose definitions count: <c>Kconfig</c>, <c>Kconfig.debug</c>, <c>Kconfig.platforms</c> …</summary>
    public static bool IsKconfig(string path) => Path.GetFileName(path).StartsWith("Kconfig", StringComparison.Ordinal);

    public static IReadOnlyList<KconfigSymbol> Parse(string path, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var symbols = new List<KconfigSymbol>();
        for (var i = 0; i < lines.Length; i++)
        {
            var entry = Entry().Match(lines[i]);
            if (!entry.Success)
            {
                continue;
            }

            string? prompt = null, help = null;
            var j = i + 1;
            for (; j < lines.Length && !Entry().IsMatch(lines[j]) && !Block().IsMatch(lines[j]); j++)
            {
                if (prompt is null && Prompt().Match(lines[j]) is { Success: true } p)
                {
                    prompt = p.Groups["text"].Value.Trim();
                }
                else if (HelpStart().IsMatch(lines[j]))
                {
                    (help, j) = ReadHelp(lines, j);
                }
            }

            symbols.Add(new KconfigSymbol(entry.Groups["symbol"].Value, string.IsNullOrEmpty(prompt) ? null : prompt, help, path));
            i = j - 1;
        }

        return symbols;
    }

    /// <summary>The help text below a "help" line: every line indented deeper than it (blank lines included); its first sentence.</summary>
    private static (string? FirstSentence, int LastLine) ReadHelp(string[] lines, int helpLine)
    {
        var indent = Indentation(lines[helpLine]);
        var words = new List<string>();
        var j = helpLine + 1;
        for (; j < lines.Length; j++)
        {
            if (lines[j].Trim().Length == 0)
            {
                if (words.Count > 0 && !words[^1].EndsWith('\n'))
                {
                    words.Add("\n"); // a paragraph ends the first sentence at the latest
                }

                continue;
            }

            if (Indentation(lines[j]) <= indent)
            {
                break;
            }

            words.Add(lines[j].Trim());
        }

        var paragraph = string.Join(' ', words.TakeWhile(w => w != "\n"));
        var end = SentenceEnd().Match(paragraph);
        var sentence = (end.Success ? paragraph[..(end.Index + 1)] : paragraph).Trim();
        return (sentence.Length == 0 ? null : sentence, j - 1);
    }

    private static int Indentation(string line)
    {
        var width = 0;
        foreach (var c in line)
        {
            if (c == ' ')
            {
                width++;
            }
            else if (c == '\t')
            {
                width = (width / 8 + 1) * 8;
            }
            else
            {
                break;
            }
        }

        return width;
    }

    [GeneratedRegex(@"^\s*(menu)?config\s+(?<symbol>[A-Za-z0-9_]+)\s*(#.*)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Entry();

    // Keywords that end an entry's attributes.
    [GeneratedRegex(@"^\s*(choice|endchoice|menu|endmenu|if|endif|source|rsource|osource|orsource|comment|mainmenu)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Block();

    // A type with a prompt ("tristate \"Intel e1000e\"") or a separate prompt line.
    [GeneratedRegex(@"^\s*(bool|boolean|tristate|string|int|hex|prompt)\s+(""(?<text>(\\.|[^""\\])*)""|'(?<text>[^']*)')", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Prompt();

    [GeneratedRegex(@"^\s*(help|---help---)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HelpStart();

    // A full stop, question or exclamation mark followed by a space and a capital, or ending the paragraph; "e.g. " and "i.e. " do not end sentences.
    [GeneratedRegex(@"(?<!\b(e\.g|i\.e|etc|vs|approx|incl))[.!?](?=\s+[A-Z(""]|\s*$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();
}
