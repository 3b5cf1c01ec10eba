using System.Globalization;
using System.Text.Encodings.Web;
using KernelPortal.Core.Content;
using Microsoft.AspNetCore.Components;

namespace KernelPortal.Web.Components.Shared;

/// <summary>
/// The reader's interface language. Public pages set no cookies (so output caches can keep them), so the choice
/// lives in the URL: English pages are under <c>/en/</c>, and every internal link keeps the prefix.
/// </summary>
public sealed record Ui(Language Language)
{
    public static readonly Ui German = new(Language.De);
    public static readonly Ui English = new(Language.En);

    public bool En => Language == Language.En;

    /// <summary>
    /// The zone dates are shown in: the newsroom's, which the layout sets (<see cref="NewsroomZone"/>), so that an article
    /// published at 00:30 in Berlin is dated with that day, as the archive files it; UTC outside a layout.
    /// </summary>
    public NewsroomZone Newsroom { get; init; } = NewsroomZone.Utc;

    public string Code => Language.Code();

    public CultureInfo Culture => Language.Culture();

    /// <summary>The interface language of a request path.</summary>
    public static Ui ForPath(string path) =>
        path.Equals("/en", StringComparison.OrdinalIgnoreCase) || path.StartsWith("/en/", StringComparison.OrdinalIgnoreCase) ? English : German;

    /// <summary>Chooses the German or English text.</summary>
    public string T(string de, string en) => En ? en : de;

    /// <summary>An internal link in this language: "/releases" becomes "/en/releases".</summary>
    public string Link(string path) => !En ? path : path == "/" ? "/en" : "/en" + path;

    /// <summary>The same address in the other language, keeping the query.</summary>
    public static string Switch(string pathAndQuery)
    {
        var ui = ForPath(pathAndQuery.Split('?')[0]);
        if (ui.En)
        {
            var rest = pathAndQuery[3..];
            return rest.Length == 0 || rest[0] == '?' ? "/" + rest : rest;
        }

        return pathAndQuery == "/" ? "/en" : pathAndQuery.StartsWith("/?", StringComparison.Ordinal) ? "/en" + pathAndQuery[1..] : "/en" + pathAndQuery;
    }

    public string Date(DateOnly? date) => date?.ToString(En ? "d MMMM yyyy" : "d. MMMM yyyy", Culture) ?? "–";

    public string Date(DateTimeOffset? date) => date is { } instant ? Newsroom.Local(instant).ToString(En ? "d MMMM yyyy" : "d. MMMM yyyy", Culture) : "–";

    public string Number(long? value) => value?.ToString("N0", Culture) ?? "–";

    /// <summary>"12,3 %" / "12.3%" (<see cref="LanguageCodes.Percent"/>).</summary>
    public string Percent(double share, int decimals = 1) => Language.Percent(share, decimals);

    /// <summary>
    /// One item of a long article list — the title linked, the date beside it — as one piece of markup, every value
    /// HTML-encoded. Blazor writes an item built of elements in about forty pieces (each tag, attribute and text),
    /// and on the release page, with a hundred such items, those pieces were the largest part of what a render
    /// allocated (docs/performance.md); written whole, an item is one.
    /// </summary>
    /// <param name="slug">The article's address under /articles/.</param>
    /// <param name="title">Its title.</param>
    /// <param name="publishedAt">When it was published.</param>
    public MarkupString ArticleListItem(string slug, string title, DateTimeOffset? publishedAt) =>
        new(string.Concat(
            "<li><a href=\"", HtmlEncoder.Default.Encode(Link($"/articles/{slug}")), "\">", HtmlEncoder.Default.Encode(title),
            "</a> <span class=\"muted\">", HtmlEncoder.Default.Encode(Date(publishedAt)), "</span></li>"));
}
