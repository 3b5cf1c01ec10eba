using System.Text;
using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// Splits the pull-request text a maintainer sent (and Linus kept in the merge message) into feature items.
/// </summary>
/// <remarks>
/// The text between the "Pull … from …:" line and the shortlog ("* tag '…' of git://…: (N commits)") is read as
/// an indented outline, the way maintainers write it:
/// <list type="bullet">
/// <item>bullets (<c>-</c>, <c>*</c>, <c>o</c>, <c>1.</c>, <c>1)</c>) are items; a bullet indented under another
/// is kept as its child, and lines indented under a bullet continue it;</item>
/// <item>a short line ending in a colon ("xilinx:", "New hardware / drivers:") is context for the items below it,
/// until a context line at the same or a smaller indentation replaces it;</item>
/// <item>other paragraphs are items of their own, so a prose-only text gives one item per paragraph; a long
/// paragraph ending in a colon ("Here are the changes for 6.1, mostly:") introduces and is not an item;</item>
/// <item>the quotes Linus puts around a pasted text are dropped; line numbers still refer to the message body.</item>
/// </list>
/// </remarks>
public static partial class PullTextParser
{
    /// <summary>Context lines longer than this are introductions, not headings.</summary>
    private const int MaxContextLength = 60;

    public static IReadOnlyList<PullItem> Parse(string body)
    {
        var lines = body.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.Replace("\t", "        ", StringComparison.Ordinal)).ToArray();
        var (start, end) = TextRange(lines);
        Unquote(lines, start, end);
        return new Outline(lines).Read(start, end);
    }

    /// <summary>The body lines that hold the maintainer's own text: after the pull line, before the shortlog or trailers.</summary>
    private static (int Start, int End) TextRange(string[] lines)
    {
        var start = 0;
        while (start < lines.Length && lines[start].Trim().Length == 0)
        {
            start++;
        }

        if (start < lines.Length && PullLine().IsMatch(lines[start]))
        {
            // A pull line that wraps ("Pull networking updates from David\nMiller:") ends with the colon.
            var last = start;
            while (!lines[last].TrimEnd().EndsWith(':') && last + 1 < lines.Length && last - start < 2 && lines[last + 1].Trim().Length > 0)
            {
                last++;
            }

            start = lines[last].TrimEnd().EndsWith(':') ? last + 1 : start + 1;
        }

        var end = start;
        while (end < lines.Length && !EndOfText().IsMatch(lines[end]))
        {
            end++;
        }

        return (start, end);
    }

    /// <summary>Drops the quotes around a pasted text, keeping every column where it was.</summary>
    private static void Unquote(string[] lines, int start, int end)
    {
        var first = Enumerable.Range(start, end - start).FirstOrDefault(i => lines[i].Trim().Length > 0, -1);
        if (first < 0)
        {
            return;
        }

        var last = Enumerable.Range(start, end - start).Last(i => lines[i].Trim().Length > 0);
        var open = lines[first].IndexOf('"', StringComparison.Ordinal);
        if (open < 0 || lines[first][..open].Trim().Length > 0)
        {
            return;
        }

        var close = lines[last].LastIndexOf('"');
        if (close < 0 || lines[last][(close + 1)..].Trim().Length > 0 || (first == last && close == open))
        {
            return;
        }

        lines[first] = lines[first][..open] + " " + lines[first][(open + 1)..];
        lines[last] = lines[last][..close];
    }

    /// <summary>The reading state: open bullets, context headings and the paragraph being collected.</summary>
    private sealed class Outline(string[] lines)
    {
        private readonly List<Node> _items = [];
        private readonly Stack<Node> _open = new();
        private readonly List<(int Column, string Text)> _contexts = [];
        private (int Column, int First, int Last, StringBuilder Text)? _paragraph;

        public IReadOnlyList<PullItem> Read(int start, int end)
        {
            var afterBlank = false;
            for (var i = start; i < end; i++)
            {
                var line = lines[i];
                var content = line.Trim();
                if (content.Length == 0)
                {
                    FinishParagraph();
                    afterBlank = true;
                    continue;
                }

                var column = line.Length - line.TrimStart().Length;
                var bullet = Bullet().Match(content);
                if (bullet.Success)
                {
                    FinishParagraph();
                    OpenBullet(column, column + bullet.Groups["text"].Index, bullet.Groups["text"].Value, i + 1);
                }
                else if (ContinuedBullet(column, afterBlank) is { } node)
                {
                    node.Text.Append(' ').Append(content);
                    Extend(i + 1);
                }
                else
                {
                    _open.Clear();
                    if (_paragraph is { } paragraph)
                    {
                        paragraph.Text.Append(' ').Append(content);
                        _paragraph = paragraph with { Last = i + 1 };
                    }
                    else
                    {
                        _paragraph = (column, i + 1, i + 1, new StringBuilder(content));
                    }
                }

                afterBlank = false;
            }

            FinishParagraph();
            return [.. _items.Select(n => n.ToItem())];
        }

        private void OpenBullet(int column, int textColumn, string text, int lineNumber)
        {
            while (_open.Count > 0 && _open.Peek().Column >= column)
            {
                _open.Pop();
            }

            var node = new Node(column, textColumn, lineNumber, new StringBuilder(text));
            if (_open.Count > 0)
            {
                _open.Peek().Children.Add(node);
            }
            else
            {
                _contexts.RemoveAll(c => c.Column > column);
                node.Context = Context();
                _items.Add(node);
            }

            _open.Push(node);
            Extend(lineNumber);
        }

        /// <summary>The open bullet a non-bullet line continues: one indented deeper than its marker, or the line right under it.</summary>
        private Node? ContinuedBullet(int column, bool afterBlank)
        {
            foreach (var node in _open)
            {
                if (column > node.Column && (!afterBlank || column >= node.TextColumn - 1))
                {
                    return node;
                }
            }

            return null;
        }

        private void Extend(int lineNumber)
        {
            foreach (var node in _open)
            {
                node.Last = Math.Max(node.Last, lineNumber);
            }
        }

        private void FinishParagraph()
        {
            if (_paragraph is not { } paragraph)
            {
                return;
            }

            _paragraph = null;
            var text = paragraph.Text.ToString();
            _contexts.RemoveAll(c => c.Column > paragraph.Column);
            if (text.EndsWith(':'))
            {
                if (text.Length <= MaxContextLength)
                {
                    _contexts.RemoveAll(c => c.Column >= paragraph.Column);
                    _contexts.Add((paragraph.Column, text.TrimEnd(':').Trim()));
                }

                return; // A longer line ending in a colon introduces what follows.
            }

            // "Thanks," or "Linus" below a text is not a feature.
            if (text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 3)
            {
                _items.Add(new Node(paragraph.Column, paragraph.Column, paragraph.First, new StringBuilder(text)) { Last = paragraph.Last, Context = Context() });
            }
        }

        private string? Context() => _contexts.Count == 0 ? null : string.Join(" / ", _contexts.Select(c => c.Text));
    }

    private sealed class Node(int column, int textColumn, int first, StringBuilder text)
    {
        public int Column { get; } = column;

        public int TextColumn { get; } = textColumn;

        public StringBuilder Text { get; } = text;

        public int First { get; } = first;

        public int Last { get; set; } = first;

        public string? Context { get; set; }

        public List<Node> Children { get; } = [];

        public PullItem ToItem() => new(Text.ToString().Trim(), Context, First, Last, [.. Children.Select(c => c.ToItem())]);
    }

    // "Pull networking updates from Jakub Kicinski:" — the first line of most pull messages since 2.6.
    [GeneratedRegex(@"^\s*Pull\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PullLine();

    // Where the maintainer's text ends: the shortlog Linus appends ("* tag 'net-6.1' of git://…: (12 commits)",
    // "* 'for-linus' of git://…:"), trailers, a signature or a conflicts note.
    [GeneratedRegex(@"^(\* (tag |branch |'|git://|https?://).*|Signed-off-by:.*|-----BEGIN PGP.*|# gpg:.*|Conflicts:\s*)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndOfText();

    [GeneratedRegex(@"^(?<marker>[-*o•]|\d{1,2}[.)])\s+(?<text>\S.*)$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bullet();
}
