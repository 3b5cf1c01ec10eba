using AngleSharp.Html.Parser;

namespace KernelPortal.IntegrationTests.Security;

/// <summary>
/// Finds what a browser could execute in an HTML fragment: script-capable elements, event-handler attributes,
/// style (CSS expressions, url(javascript:)), and URLs with javascript:, vbscript: or data: schemes. Parses the HTML
/// as a browser would (AngleSharp implements the HTML5 parsing algorithm), so entity and case tricks are decoded
/// before the check, exactly as they would be before execution.
/// </summary>
internal static class ExecutableContent
{
    private static readonly HashSet<string> DangerousElements = new(StringComparer.OrdinalIgnoreCase)
    {
        "script", "iframe", "frame", "frameset", "object", "embed", "applet", "svg", "math", "form", "input", "button",
        "base", "meta", "link", "style", "video", "audio", "source", "details", "body",
    };

    private static readonly HashSet<string> UrlAttributes = new(StringComparer.OrdinalIgnoreCase)
    {
        "href", "src", "action", "formaction", "background", "dynsrc", "lowsrc", "poster", "data", "xlink:href", "srcset", "cite",
    };

    public static List<string> Find(string html)
    {
        var document = new HtmlParser().ParseDocument($"<!DOCTYPE html><html><head></head><body><div id=\"fragment\">{html}</div></body></html>");
        var root = document.GetElementById("fragment")!;
        var findings = new List<string>();
        foreach (var element in root.QuerySelectorAll("*"))
        {
            if (DangerousElements.Contains(element.LocalName))
            {
                findings.Add($"<{element.LocalName}> element");
            }

            foreach (var attribute in element.Attributes)
            {
                var name = attribute.Name;
                if (name.StartsWith("on", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"<{element.LocalName} {name}> event handler");
                }
                else if (name.Equals("style", StringComparison.OrdinalIgnoreCase))
                {
                    findings.Add($"<{element.LocalName} style=\"{attribute.Value}\">");
                }
                else if (UrlAttributes.Contains(name) && IsScriptUrl(attribute.Value))
                {
                    findings.Add($"<{element.LocalName} {name}=\"{attribute.Value}\">");
                }
            }
        }

        return findings;
    }

    // Browsers strip leading and embedded ASCII whitespace and control characters before reading the scheme.
    private static bool IsScriptUrl(string value)
    {
        var compact = new string(value.Where(c => c > ' ' && c != '\u007f').ToArray()).ToLowerInvariant();
        return compact.StartsWith("javascript:", StringComparison.Ordinal)
            || compact.StartsWith("vbscript:", StringComparison.Ordinal)
            || compact.StartsWith("data:", StringComparison.Ordinal);
    }
}
