using System.Globalization;
using KernelPortal.Core.Media;
using Markdig;
using Markdig.Renderers;
using Markdig.Renderers.Html.Inlines;
using Markdig.Syntax.Inlines;

namespace KernelPortal.Core.Markdown;

/// <summary>
/// Renders an image from the media library as a <c>&lt;picture&gt;</c>: WebP variants for browsers that take them,
/// the original format's variants for the rest, <c>width</c> and <c>height</c> from the address so the page does
/// not jump while it loads, and lazy loading. Every other link and image is rendered as Markdig always does.
/// </summary>
internal sealed class MediaImageRenderer : LinkInlineRenderer
{
    /// <summary>The article column is 42rem wide (ArticleView.razor.css); below that the image spans the screen.</summary>
    private const string Sizes = "(min-width: 44rem) 42rem, 100vw";

    protected override void Write(HtmlRenderer renderer, LinkInline link)
    {
        var url = link.GetDynamicUrl?.Invoke() ?? link.Url;
        if (!link.IsImage || !renderer.EnableHtmlForInline || !MediaAddress.TryParse(url, out var address))
        {
            base.Write(renderer, link);
            return;
        }

        var widths = address.VariantWidths;
        renderer.Write("<picture>");
        if (address.HasWebpCopies)
        {
            renderer.Write("<source type=\"image/webp\" srcset=\"")
                .Write(SourceSet(address, [.. widths, address.Width], MediaFormat.Webp))
                .Write("\" sizes=\"").Write(Sizes).Write("\">");
        }

        renderer.Write("<img src=\"").WriteEscapeUrl(address.Url).Write('"');
        if (widths.Count > 0)
        {
            renderer.Write(" srcset=\"").Write(SourceSet(address, widths, address.Format))
                .Write(", ").WriteEscapeUrl(address.Url).Write(string.Create(CultureInfo.InvariantCulture, $" {address.Width}w\""))
                .Write(" sizes=\"").Write(Sizes).Write('"');
        }

        renderer.Write(string.Create(CultureInfo.InvariantCulture, $" width=\"{address.Width}\" height=\"{address.Height}\""));
        renderer.WriteAttributes(link);
        renderer.Write(" alt=\"");
        var wasEnableHtmlForInline = renderer.EnableHtmlForInline;
        renderer.EnableHtmlForInline = false;
        renderer.WriteChildren(link);
        renderer.EnableHtmlForInline = wasEnableHtmlForInline;
        renderer.Write('"');
        if (!string.IsNullOrEmpty(link.Title))
        {
            renderer.Write(" title=\"").WriteEscape(link.Title).Write('"');
        }

        renderer.Write(" loading=\"lazy\" decoding=\"async\"></picture>");
    }

    private static string SourceSet(MediaAddress address, IEnumerable<int> widths, MediaFormat format) =>
        string.Join(", ", widths.Select(w => string.Create(CultureInfo.InvariantCulture, $"{address.VariantUrl(w, format)} {w}w")));
}

/// <summary>Puts <see cref="MediaImageRenderer"/> in the place of Markdig's own link renderer.</summary>
internal sealed class MediaImageExtension : IMarkdownExtension
{
    public void Setup(MarkdownPipelineBuilder pipeline)
    {
    }

    public void Setup(MarkdownPipeline pipeline, IMarkdownRenderer renderer)
    {
        if (renderer is HtmlRenderer html && !html.ObjectRenderers.Contains<MediaImageRenderer>())
        {
            html.ObjectRenderers.Replace<LinkInlineRenderer>(new MediaImageRenderer());
        }
    }
}
