using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml;
using SkiaSharp;

namespace KernelPortal.Core.Media;

/// <summary>
/// SVG is a document, not a picture: it can carry script, event handlers, links to <c>javascript:</c> and references
/// to other sites. A diagram needs none of that, so an SVG is taken only when it has none of it; served SVG also gets
/// a sandboxing Content-Security-Policy, so anything this check missed still cannot run.
/// </summary>
internal static partial class SvgInspector
{
    private static readonly HashSet<string> ForbiddenElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "foreignObject", "iframe", "embed", "object", "handler", "listener", "set",
    };

    /// <summary>Text that opens with markup and has an <c>&lt;svg</c> element near its start.</summary>
    public static bool LooksLikeSvg(ReadOnlySpan<byte> data)
    {
        var head = Encoding.UTF8.GetString(data[..Math.Min(data.Length, 4096)]).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith('<') && head.Contains("<svg", StringComparison.Ordinal);
    }

    public static ImageInspection Inspect(ReadOnlySpan<byte> data, string fileName)
    {
        var settings = new XmlReaderSettings
        {
            DtdProcessing = DtdProcessing.Prohibit,
            XmlResolver = null,
            IgnoreComments = true,
            IgnoreProcessingInstructions = true,
        };
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(data.ToArray()), settings);
            (double Width, double Height)? size = null;
            while (reader.Read())
            {
                if (reader.NodeType == XmlNodeType.Element)
                {
                    if (size is null)
                    {
                        if (reader.LocalName != "svg")
                        {
                            return Refuse(fileName, CoreText.T("its outermost element is <{0}>, not <svg>", reader.LocalName));
                        }

                        size = SizeOf(reader);
                        if (size is null)
                        {
                            return Refuse(fileName, CoreText.T("it has neither width and height nor a viewBox, so the page cannot reserve its space"));
                        }
                    }

                    if (WhyNot(reader) is { } reason)
                    {
                        return Refuse(fileName, reason);
                    }
                }
                else if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA && ExternalStyle(reader.Value))
                {
                    return Refuse(fileName, CoreText.T("its style sheet loads from elsewhere (@import or url(…) to another file)"));
                }
            }

            if (size is not { } found)
            {
                return Refuse(fileName, CoreText.T("it has no <svg> element"));
            }

            // The size only reserves space on the page; an SVG drawn larger than the raster limit is scaled down.
            var scale = Math.Min(1.0, MediaLimits.MaxSide / Math.Max(found.Width, found.Height));
            var width = Math.Max(1, (int)Math.Round(found.Width * scale));
            var height = Math.Max(1, (int)Math.Round(found.Height * scale));
            return new InspectedImage(MediaFormat.Svg, width, height, SKEncodedOrigin.TopLeft, Animated: false);
        }
        catch (XmlException ex)
        {
            return Refuse(fileName, CoreText.T("it is not well-formed XML (line {0}: {1})", ex.LineNumber, ex.Message.Split(" Line ")[0]));
        }
    }

    private static ImageInspection.Refused Refuse(string fileName, string why) =>
        new(CoreText.T("'{0}' is refused as SVG: {1}. Export the diagram again as plain SVG or as PNG.", fileName, why));

    /// <summary>Why the element the reader stands on is not allowed; <c>null</c> when it is.</summary>
    private static string? WhyNot(XmlReader reader)
    {
        if (ForbiddenElements.Contains(reader.LocalName))
        {
            return CoreText.T("it contains a <{0}> element", reader.LocalName);
        }

        var animatesLink = reader.LocalName.StartsWith("animate", StringComparison.OrdinalIgnoreCase);
        for (var more = reader.MoveToFirstAttribute(); more; more = reader.MoveToNextAttribute())
        {
            var name = reader.LocalName;
            var value = reader.Value;
            if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
            {
                return CoreText.T("it has an event handler ({0}=\"…\")", reader.Name);
            }

            if (Compact(value).Contains("javascript:", StringComparison.Ordinal))
            {
                return CoreText.T("it links to javascript:");
            }

            if (name == "href" && !value.StartsWith('#') && !EmbeddedImage().IsMatch(value))
            {
                return CoreText.T("it refers to another file or site ({0}=\"{1}\")", reader.Name, Shorten(value));
            }

            if (animatesLink && name == "attributeName" && value.Contains("href", StringComparison.OrdinalIgnoreCase))
            {
                return CoreText.T("it animates a link");
            }

            if (name == "style" && ExternalStyle(value))
            {
                return CoreText.T("a style attribute loads from elsewhere (url(…) to another file)");
            }
        }

        reader.MoveToElement();
        return null;
    }

    private static (double Width, double Height)? SizeOf(XmlReader reader)
    {
        var width = Length(reader.GetAttribute("width"));
        var height = Length(reader.GetAttribute("height"));
        if (width is > 0 && height is > 0)
        {
            return (width.Value, height.Value);
        }

        var box = reader.GetAttribute("viewBox")?.Split([' ', ',', '\t', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries);
        if (box is { Length: 4 }
            && double.TryParse(box[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxWidth)
            && double.TryParse(box[3], NumberStyles.Float, CultureInfo.InvariantCulture, out var boxHeight)
            && boxWidth > 0 && boxHeight > 0 && double.IsFinite(boxWidth) && double.IsFinite(boxHeight))
        {
            return (boxWidth, boxHeight);
        }

        return null;
    }

    /// <summary>A length in user units or pixels; <c>null</c> for percentages and other units.</summary>
    private static double? Length(string? text)
    {
        var trimmed = text?.Trim();
        if (trimmed is null)
        {
            return null;
        }

        trimmed = trimmed.EndsWith("px", StringComparison.OrdinalIgnoreCase) ? trimmed[..^2] : trimmed;
        return double.TryParse(trimmed, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value) ? value : null;
    }

    private static bool ExternalStyle(string css)
    {
        var compact = Compact(css);
        return compact.Contains("@import", StringComparison.Ordinal) || ExternalUrl().IsMatch(compact);
    }

    /// <summary>Lower-case without whitespace or control characters, as browsers read <c>java\tscript:</c>.</summary>
    private static string Compact(string value) =>
        string.Concat(value.Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c))).ToLowerInvariant();

    private static string Shorten(string value) => value.Length <= 60 ? value : value[..57] + "…";

    [GeneratedRegex(@"url\((?!['""]?#)", RegexOptions.CultureInvariant)]
    private static partial Regex ExternalUrl();

    [GeneratedRegex("^data:image/(png|jpeg|gif|webp);base64,", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex EmbeddedImage();
}
