using KernelPortal.Core.Editorial;
using KernelPortal.Web.Components.Pages.Admin.Shared;

namespace KernelPortal.Web.Components.Pages.Admin.Articles;

/// <summary>
/// What the article list's prerender loaded (its menus and the unfiltered list), carried into the circuit as persistent
/// component state. Without it the circuit would start empty, show "Loading…" for a moment and load it all again, and a
/// click on an article in that moment went nowhere. Plain values only: it travels as JSON in the page.
/// </summary>
/// <param name="Releases">The release menu.</param>
/// <param name="Tags">The tag menu.</param>
/// <param name="Authors">The author menu.</param>
/// <param name="Rows">The list's rows.</param>
/// <param name="Total">How many articles there are in all.</param>
public sealed record ArticleListSnapshot(
    IReadOnlyList<MenuChoice> Releases,
    IReadOnlyList<MenuChoice> Tags,
    IReadOnlyList<string> Authors,
    IReadOnlyList<ArticleListRow> Rows,
    int Total);
