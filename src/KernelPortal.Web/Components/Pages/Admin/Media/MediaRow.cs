using KernelPortal.Core.Media;

namespace KernelPortal.Web.Components.Pages.Admin.Media;

/// <summary>
/// An image as the media library shows it, with how many articles show it. Plain values: the list the prerender loaded
/// travels into the circuit as persistent component state, so the grid does not go empty and load its pictures again as
/// the circuit starts (see <see cref="Articles.ArticleListSnapshot"/>).
/// </summary>
public sealed record MediaRow(
    int Id, string Key, string FileName, MediaFormat Format, int Width, int Height, long ByteSize, string UploadedBy, DateTimeOffset UploadedAt,
    string AltText, int UsedBy, string Markdown, string Url, string ThumbnailUrl)
{
    public static MediaRow From(MediaListItem item)
    {
        var (image, address) = (item.Image, item.Image.Address);
        // The smallest variant that still fills a grid cell; the original when there is none.
        var thumbnail = address.VariantWidths.Count > 0 ? address.VariantUrl(address.VariantWidths[0], image.Format) : address.Url;
        return new(image.Id, image.Key, image.FileName, image.Format, image.Width, image.Height, image.ByteSize, image.UploadedBy, image.UploadedAt,
            image.AltText, item.UsedBy, image.Markdown(), address.Url, thumbnail);
    }
}
