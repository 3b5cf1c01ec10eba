using System.Net;
using System.Text.RegularExpressions;

namespace KernelPortal.Web.Components.Shared;

/// <summary>Reads the h2/h3 headings (with Markdig's ids) out of an article's stored HTML.</summary>
internal static partial class TableOfContents
{
    /// <summary>Articles with at least this many h2 sections get a table of contents.</summary>
    public const int MinimumSections = 3;

    public sealed record Entry(int Level, string Id, string Text);

    public static IReadOnlyList<Entry> Read(string html) =>
        Heading().Matches(html)
            .Select(m => new Entry(m.Groups["level"].Value == "2" ? 2 : 3, m.Groups["id"].Value, WebUtility.HtmlDecode(Tags().Replace(m.Groups["text"].Value, string.Empty))))
            .ToList();

    [GeneratedRegex("<h(?<level>[23]) id=\"(?<id>[^\"]+)\">(?<text>.*?)</h\\k<level>>", RegexOptions.Singleline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Heading();

    [GeneratedRegex("<[^>]+>", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Tags();
}
