using KernelPortal.Core.Releases;

namespace KernelPortal.Web.Components.Pages.Admin.Releases;

/// <summary>
/// A release as the release list shows and corrects it. Plain values: the list the prerender loaded travels into the
/// circuit as persistent component state (see <see cref="Articles.ArticleListSnapshot"/>).
/// </summary>
public sealed record ReleaseRow(
    int Id, string Version, bool IsProvisional, ReleaseState State, DateOnly? MergeWindowOpenedOn, DateOnly? Rc1On, DateOnly? ReleasedOn, string? Notes)
{
    public static ReleaseRow From(Release release) => new(
        release.Id, release.VersionText, release.IsProvisional, release.State, release.MergeWindowOpenedOn, release.Rc1On, release.ReleasedOn, release.Notes);
}
