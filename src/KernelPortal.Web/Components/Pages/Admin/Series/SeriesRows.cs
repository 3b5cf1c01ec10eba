using KernelPortal.Core.Content;
using KernelPortal.Web.Components.Pages.Admin.Shared;

namespace KernelPortal.Web.Components.Pages.Admin.Series;

/// <summary>A series as the series list shows and edits it, with how many parts it has.</summary>
public sealed record SeriesRow(int Id, string Title, string Slug, string? Description, Language Language, int? ReleaseId, string? ReleaseVersion, int Parts)
{
    public static SeriesRow From(Core.Content.Series series, int parts) =>
        new(series.Id, series.Title, series.Slug, series.Description, series.Language, series.ReleaseId, series.Release?.VersionText, parts);
}

/// <summary>
/// What the series page loads: the series and the releases a series may belong to. Plain values: the prerender's load
/// travels into the circuit as persistent component state (see <see cref="Articles.ArticleListSnapshot"/>).
/// </summary>
public sealed record SeriesPageRows(IReadOnlyList<SeriesRow> Series, IReadOnlyList<MenuChoice> Releases);
