using KernelPortal.Core.Content;

namespace KernelPortal.Web.Components.Pages.Admin.Tags;

/// <summary>
/// A tag as the tag list shows and edits it, with how many articles carry it. Plain values: the list the prerender
/// loaded travels into the circuit as persistent component state, so the circuit starts with the rows the page already
/// showed instead of an empty table (see <see cref="Articles.ArticleListSnapshot"/>).
/// </summary>
public sealed record TagRow(int Id, string Slug, string NameDe, string NameEn, string? DescriptionDe, string? DescriptionEn, int Position, int Articles)
{
    public static TagRow From(FeatureTag tag, int articles) =>
        new(tag.Id, tag.Slug, tag.NameDe, tag.NameEn, tag.DescriptionDe, tag.DescriptionEn, tag.Position, articles);
}
