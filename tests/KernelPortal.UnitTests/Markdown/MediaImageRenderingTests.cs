using KernelPortal.Core.Editorial;
using KernelPortal.Core.Markdown;

namespace KernelPortal.UnitTests.Markdown;

public class MediaImageRenderingTests
{
    private const string Address = "/media/0123456789abcdef/1600x900/scheduler-diagram.png";

    [Fact]
    public void A_library_image_becomes_a_picture_with_WebP_and_PNG_variants_its_size_and_lazy_loading()
    {
        var html = new MarkdownRenderer().ToHtml($"Text\n\n![Der Scheduler & seine \"Klassen\"]({Address} \"Abbildung 1\")\n");

        Assert.Contains("<picture><source type=\"image/webp\" srcset=\"/media/0123456789abcdef/1600x900/scheduler-diagram-480w.webp 480w, /media/0123456789abcdef/1600x900/scheduler-diagram-960w.webp 960w, /media/0123456789abcdef/1600x900/scheduler-diagram-1440w.webp 1440w, /media/0123456789abcdef/1600x900/scheduler-diagram-1600w.webp 1600w\" sizes=\"(min-width: 44rem) 42rem, 100vw\">", html, StringComparison.Ordinal);
        Assert.Contains($"<img src=\"{Address}\" srcset=\"/media/0123456789abcdef/1600x900/scheduler-diagram-480w.png 480w, /media/0123456789abcdef/1600x900/scheduler-diagram-960w.png 960w, /media/0123456789abcdef/1600x900/scheduler-diagram-1440w.png 1440w, {Address} 1600w\"", html, StringComparison.Ordinal);
        Assert.Contains("width=\"1600\" height=\"900\"", html, StringComparison.Ordinal);
        Assert.Contains("alt=\"Der Scheduler &amp; seine &quot;Klassen&quot;\"", html, StringComparison.Ordinal);
        Assert.Contains("title=\"Abbildung 1\"", html, StringComparison.Ordinal);
        Assert.Contains("loading=\"lazy\" decoding=\"async\"></picture>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void The_picture_of_a_text_is_the_first_library_image_its_HTML_shows()
    {
        var renderer = new MarkdownRenderer();
        var html = renderer.ToHtml($"![x](/static/a.png)\n\nText\n\n![Diagramm]({Address})\n\n![Ablauf](/media/0123456789abcdef/200x100/ablauf.svg)\n");
        var none = renderer.ToHtml($"A [link to the image]({Address}) and ![x](/static/a.png)\n");

        Assert.Equal(Address, ImageReferences.FirstLibraryImage(html)?.Url);
        Assert.Null(ImageReferences.FirstLibraryImage(none));
        Assert.Null(ImageReferences.FirstLibraryImage("<p>No image at all.</p>"));
    }

    [Fact]
    public void A_small_SVG_is_one_img_with_its_size()
    {
        var html = new MarkdownRenderer().ToHtml("![Ablauf](/media/0123456789abcdef/200x100/ablauf.svg)");

        Assert.Contains("<picture><img src=\"/media/0123456789abcdef/200x100/ablauf.svg\" width=\"200\" height=\"100\" alt=\"Ablauf\" loading=\"lazy\" decoding=\"async\"></picture>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Links_and_other_images_render_as_before()
    {
        var html = new MarkdownRenderer().ToHtml($"[die Grafik]({Address}) und ![x](/static/a.png)");

        Assert.Contains($"<a href=\"{Address}\">die Grafik</a>", html, StringComparison.Ordinal);
        Assert.Contains("<img src=\"/static/a.png\" alt=\"x\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<picture>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void A_save_refuses_images_without_alt_text_and_images_from_elsewhere_naming_their_lines()
    {
        var fields = new ArticleFields
        {
            Title = "Bilder",
            BodyMarkdown = $"Eins\n\n![]({Address})\n\n![Tracker](https://tracker.example/pixel.gif)\n\n![Gut]({Address})",
        };

        var error = ArticleValidator.Validate(fields)[nameof(ArticleFields.BodyMarkdown)];

        Assert.Contains("The image on line 3 has no alt text", error, StringComparison.Ordinal);
        Assert.Contains("The image on line 5 (https://tracker.example/pixel.gif) is not in the media library", error, StringComparison.Ordinal);
        Assert.DoesNotContain("line 7", error, StringComparison.Ordinal);
        Assert.Empty(ArticleValidator.Validate(fields with { BodyMarkdown = $"![Gut]({Address})" }));
    }

    [Fact]
    public void References_know_where_their_URL_stands_so_an_import_can_rewrite_it()
    {
        const string markdown = "A ![eins](images/a.png) b\n\n![zwei](<images/b c.png> \"t\") ![drei][r]\n\n[r]: images/d.png";

        var rewritten = ImageReferences.Rewrite(markdown, r => r.IsRelativePath ? "/x/" + r.AltText : null);

        Assert.Equal("A ![eins](/x/eins) b\n\n![zwei](/x/zwei \"t\") ![drei][r]\n\n[r]: images/d.png", rewritten);
        Assert.Equal(["eins", "zwei", "drei"], ImageReferences.In(markdown).Select(r => r.AltText));
        Assert.Null(ImageReferences.In(markdown)[2].UrlPosition);
    }
}
