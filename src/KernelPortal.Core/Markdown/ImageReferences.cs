using System.Text;
using AngleSharp.Html.Parser;
using KernelPortal.Core.Media;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace KernelPortal.Core.Markdown;

/// <summary>
/// The images a Markdown text shows, with their alt text, line and where their URL stands in the text: what the
/// save checks (alt text, library images only), what the import rewrites (relative paths to library addresses),
/// what the export rewrites back and where <c>og:image</c> comes from.
/// </summary>
public static class ImageReferences
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UseAdvancedExtensions()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Every image in <paramref name="markdown"/>, in the order of the text.</summary>
    public static IReadOnlyList<ImageReference> In(string markdown)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        if (!markdown.Contains("![", StringComparison.Ordinal))
        {
            return [];
        }

        var document = Markdig.Markdown.Parse(markdown, Pipeline);
        return [.. document.Descendants<LinkInline>()
            .Where(l => l.IsImage)
            .Select(l => new ImageReference(
                l.Url ?? string.Empty,
                AltText(l).Trim(),
                l.Line + 1,
                // An inline image's URL stands in the text; a reference-style one's in its definition.
                l.UrlSpan.IsEmpty || l.Reference is not null ? null : (l.UrlSpan.Start, l.UrlSpan.Length)))];
    }

    /// <summary>
    /// The first library image an article's sanitized HTML shows, for <c>og:image</c>; <c>null</c> when it shows none.
    /// Read from the HTML, not the Markdown: it is what the page shows, and the article page then needs only the HTML
    /// (the Markdown is as long again; leaving it out of the page's row made the uncached page 10–20 % faster,
    /// docs/performance.md).
    /// </summary>
    public static MediaAddress? FirstLibraryImage(string html)
    {
        ArgumentNullException.ThrowIfNull(html);
        if (!html.Contains("<img", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        using var document = new HtmlParser().ParseDocument(html);
        return document.Images
            .Select(image => MediaAddress.TryParse(image.GetAttribute("src"), out var address) ? address : null)
            .FirstOrDefault(address => address is not null);
    }

    /// <summary>The text with each image URL that <paramref name="replace"/> maps to something else replaced.</summary>
    public static string Rewrite(string markdown, Func<ImageReference, string?> replace)
    {
        ArgumentNullException.ThrowIfNull(replace);
        var text = new StringBuilder(markdown);
        // From the end, so that earlier positions stay valid.
        foreach (var reference in In(markdown).Where(r => r.UrlPosition is not null).Reverse())
        {
            if (replace(reference) is { } url && url != reference.Url)
            {
                var (start, length) = reference.UrlPosition!.Value;
                text.Remove(start, length).Insert(start, url);
            }
        }

        return text.ToString();
    }

    private static string AltText(ContainerInline container)
    {
        var text = new StringBuilder();
        foreach (var inline in container)
        {
            _ = inline switch
            {
                LiteralInline literal => text.Append(literal.Content),
                CodeInline code => text.Append(code.Content),
                ContainerInline nested => text.Append(AltText(nested)),
                _ => text,
            };
        }

        return text.ToString();
    }
}

/// <summary>An image in a Markdown text.</summary>
/// <param name="Url">Its URL as written.</param>
/// <param name="AltText">The text between the brackets.</param>
/// <param name="Line">The line it starts on, from 1.</param>
/// <param name="UrlPosition">Where the URL stands in the text (start, length); <c>null</c> for reference-style images.</param>
public sealed record ImageReference(string Url, string AltText, int Line, (int Start, int Length)? UrlPosition)
{
    /// <summary>The library image it shows; <c>null</c> when the URL is anything else.</summary>
    public MediaAddress? Address => MediaAddress.TryParse(Url, out var address) ? address : null;

    /// <summary>A path relative to the Markdown file (<c>images/a.png</c>, <c>../b.jpg</c>): what an import brings in.</summary>
    public bool IsRelativePath =>
        Url.Length > 0 && !Url.StartsWith('/') && !Url.StartsWith('#') && !Url.Contains(':', StringComparison.Ordinal);
}
