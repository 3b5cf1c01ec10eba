using Ganss.Xss;
using Markdig;

namespace KernelPortal.Core.Markdown;

/// <summary>
/// Renders article Markdown to sanitized HTML. Built once (the pipeline and sanitizer are immutable after
/// construction and safe to share), called when an article is saved or imported, never per request.
/// </summary>
public sealed class MarkdownRenderer
{
    private readonly MarkdownPipeline _pipeline;
    private readonly HtmlSanitizer _sanitizer;

    public MarkdownRenderer()
    {
        // Raw HTML in Markdown is shown as text rather than trusted: editors write Markdown, and
        // the sanitizer below is the second line, not the only one.
        _pipeline = new MarkdownPipelineBuilder()
            .UseAdvancedExtensions()
            .DisableHtml()
            .Use<MediaImageExtension>()
            .Build();

        _sanitizer = new HtmlSanitizer();
        _sanitizer.AllowedSchemes.Clear();
        foreach (var scheme in new[] { "http", "https", "mailto" })
        {
            _sanitizer.AllowedSchemes.Add(scheme);
        }

        // Heading anchors and footnotes need ids, code blocks their language class; nothing needs inline styles.
        _sanitizer.AllowedAttributes.Add("id");
        _sanitizer.AllowedAttributes.Add("class");
        _sanitizer.AllowedAttributes.Remove("style");
        // Library images render as <picture> with variants (MediaImageRenderer); raw HTML never reaches here.
        _sanitizer.AllowedTags.Add("picture");
        _sanitizer.AllowedTags.Add("source");
        foreach (var attribute in new[] { "srcset", "sizes", "loading", "decoding", "type", "width", "height" })
        {
            _sanitizer.AllowedAttributes.Add(attribute);
        }
        foreach (var tag in new[] { "form", "input", "button", "select", "textarea", "option", "style", "iframe", "object", "embed", "svg", "math" })
        {
            _sanitizer.AllowedTags.Remove(tag);
        }
    }

    /// <summary>Renders Markdown to HTML that is safe to emit unescaped.</summary>
    public string ToHtml(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        var html = Markdig.Markdown.ToHtml(markdown, _pipeline);
        return _sanitizer.Sanitize(html);
    }
}
