using System.Globalization;
using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Splits an announcement's plain-text body into Linus' prose and what he appended: a git shortlog, a mergelog
/// or a BitKeeper summary, and reads a diffstat summary line when there is one.
/// </summary>
public sealed partial class AnnouncementBody
{
    private AnnouncementBody(string prose, AppendixKind appendix, IReadOnlyList<ShortlogEntry> entries, DiffstatSummary? diffstat)
    {
        Prose = prose;
        Appendix = appendix;
        Entries = entries;
        Diffstat = diffstat;
    }

    /// <summary>The text before the appendix: where Linus says what happened and what comes next.</summary>
    public string Prose { get; }

    public AppendixKind Appendix { get; }

    /// <summary>Authors (shortlog) or pullers (mergelog) with their lines.</summary>
    public IReadOnlyList<ShortlogEntry> Entries { get; }

    public DiffstatSummary? Diffstat { get; }

    /// <summary>Commits listed in a shortlog or BitKeeper summary; null for a mergelog or no appendix.</summary>
    public int? ShortlogCommits => Appendix is AppendixKind.Shortlog or AppendixKind.BitKeeperSummary ? Entries.Sum(e => e.Count) : null;

    /// <summary>Pull requests listed in a mergelog; null otherwise.</summary>
    public int? MergelogPulls => Appendix == AppendixKind.Mergelog ? Entries.Sum(e => e.Count) : null;

    public static AnnouncementBody Read(string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        var bitKeeper = Array.FindIndex(lines, l => l.StartsWith("Summary of changes from", StringComparison.Ordinal));
        var entries = bitKeeper >= 0 ? ReadBitKeeper(lines, bitKeeper + 1) : ReadShortlog(lines);
        var proseEnd = bitKeeper >= 0 ? bitKeeper : FirstSeparator(lines) ?? FirstHeaderOrEnd(lines);
        var appendix = entries.entries.Count == 0 ? AppendixKind.None
            : bitKeeper >= 0 ? AppendixKind.BitKeeperSummary
            : entries.indent >= 6 ? AppendixKind.Shortlog
            : AppendixKind.Mergelog;
        var prose = string.Join('\n', lines.Take(proseEnd)).Trim();
        return new AnnouncementBody(prose, appendix, entries.entries, DiffstatSummary.Find(text));
    }

    private static int? FirstSeparator(string[] lines)
    {
        var index = Array.FindIndex(lines, l => Separator().IsMatch(l));
        return index >= 0 ? index : null;
    }

    private static int FirstHeaderOrEnd(string[] lines)
    {
        var index = Array.FindIndex(lines, l => AuthorHeader().IsMatch(l));
        return index >= 0 ? index : lines.Length;
    }

    // Modern shortlog and mergelog: "Name (N):" at column 0, then indented lines (6 spaces for commit
    // subjects, 4 for pull descriptions); a wrapped subject continues at column 0.
    private static (List<ShortlogEntry> entries, int indent) ReadShortlog(string[] lines)
    {
        var entries = new List<ShortlogEntry>();
        var indents = new List<int>();
        string? author = null;
        var count = 0;
        List<string>? subjects = null;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            var header = AuthorHeader().Match(line);
            string? name = header.Success ? header.Groups["name"].Value : null;
            var number = header.Success ? header.Groups["count"].Value : null;

            // Seen verbatim in 5.10-rc1: "Tetsuo HandaL" on one line and " (1):" on the next.
            if (!header.Success && OrphanCount().Match(line) is { Success: true } orphan && i > 0 && lines[i - 1].Trim().Length > 0 && !char.IsWhiteSpace(lines[i - 1], 0))
            {
                name = lines[i - 1].Trim();
                number = orphan.Groups["count"].Value;
                if (subjects is not null && subjects.Count > 0 && subjects[^1].EndsWith(name, StringComparison.Ordinal))
                {
                    subjects[^1] = subjects[^1][..^name.Length].TrimEnd();
                }
            }

            if (name is not null && number is not null && NextIsIndented(lines, i))
            {
                Flush();
                author = name;
                count = int.Parse(number, CultureInfo.InvariantCulture);
                subjects = [];
                continue;
            }

            if (subjects is null || line.Length == 0)
            {
                continue;
            }

            if (char.IsWhiteSpace(line[0]))
            {
                indents.Add(line.Length - line.TrimStart().Length);
                subjects.Add(line.Trim());
            }
            else if (subjects.Count > 0 && !Separator().IsMatch(line))
            {
                subjects[^1] += " " + line.Trim();
            }
        }

        Flush();
        var indent = indents.Count == 0 ? 0 : indents.GroupBy(x => x).MaxBy(g => g.Count())!.Key;
        return (entries, indent);

        void Flush()
        {
            if (author is not null && subjects is not null)
            {
                entries.Add(new ShortlogEntry(author, count, subjects));
            }
        }
    }

    // BitKeeper era: "Name:" or "<address>:" at column 0, then "  o subject" bullets.
    private static (List<ShortlogEntry> entries, int indent) ReadBitKeeper(string[] lines, int start)
    {
        var entries = new List<ShortlogEntry>();
        string? author = null;
        List<string>? subjects = null;
        for (var i = start; i < lines.Length; i++)
        {
            var line = lines[i].TrimEnd();
            if (line.Length > 1 && !char.IsWhiteSpace(line[0]) && line.EndsWith(':') && i + 1 < lines.Length && Bullet().IsMatch(lines[i + 1]))
            {
                Flush();
                author = line[..^1].Trim();
                subjects = [];
            }
            else if (subjects is not null && Bullet().Match(line) is { Success: true } bullet)
            {
                subjects.Add(bullet.Groups["subject"].Value.Trim());
            }
            else if (subjects is { Count: > 0 } && line.Length > 0 && char.IsWhiteSpace(line[0]))
            {
                subjects[^1] += " " + line.Trim();
            }
        }

        Flush();
        return (entries, 2);

        void Flush()
        {
            if (author is not null && subjects is { Count: > 0 })
            {
                entries.Add(new ShortlogEntry(author, subjects.Count, subjects));
            }
        }
    }

    private static bool NextIsIndented(string[] lines, int i) =>
        i + 1 < lines.Length && lines[i + 1].Length > 2 && lines[i + 1].StartsWith("  ", StringComparison.Ordinal) && lines[i + 1].Trim().Length > 0;

    [GeneratedRegex(@"^(?<name>\S.*?)\s\((?<count>\d{1,6})\):$")]
    private static partial Regex AuthorHeader();

    [GeneratedRegex(@"^\s+\((?<count>\d{1,6})\):\s*$")]
    private static partial Regex OrphanCount();

    [GeneratedRegex(@"^-{2,}\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"^\s+o\s+(?<subject>\S.*)$")]
    private static partial Regex Bullet();

}
