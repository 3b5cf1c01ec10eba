namespace KernelPortal.Core.Content;

/// <summary>
/// A Markdown file with a front-matter header: a first line <c>---</c>, then <c>key: value</c> lines, then
/// <c>---</c> and the body. Values are single lines; this is the subset of YAML that articles need, and
/// anything else is reported with its line number rather than guessed at.
/// </summary>
public sealed class FrontMatterDocument
{
    private FrontMatterDocument(IReadOnlyDictionary<string, string> fields, string body)
    {
        Fields = fields;
        Body = body;
    }

    /// <summary>Header fields by lower-case key.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>The Markdown after the header.</summary>
    public string Body { get; }

    /// <summary>A field's value, or <c>null</c> when it is missing or empty.</summary>
    public string? this[string key] => Fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>Parses a document; throws <see cref="FormatException"/> with the line that is wrong.</summary>
    public static FrontMatterDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (lines.Length == 0 || lines[0].Trim() != "---")
        {
            throw new FormatException("Line 1: a front-matter header must start with '---'.");
        }

        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 1; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Trim() == "---")
            {
                var body = string.Join('\n', lines.Skip(i + 1)).TrimStart('\n');
                return new FrontMatterDocument(fields, body);
            }

            if (line.Trim().Length == 0 || line.TrimStart().StartsWith('#'))
            {
                continue;
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                throw new FormatException($"Line {i + 1}: expected 'key: value', found '{Shorten(line)}'.");
            }

            var key = line[..colon].Trim().ToLowerInvariant();
            if (!key.All(c => char.IsAsciiLetterLower(c) || c is '_' or '-' || char.IsAsciiDigit(c)))
            {
                throw new FormatException($"Line {i + 1}: '{Shorten(key)}' is not a valid key (letters, digits, '_' and '-').");
            }

            if (!fields.TryAdd(key, Unquote(line[(colon + 1)..].Trim())))
            {
                throw new FormatException($"Line {i + 1}: '{key}' is given twice.");
            }
        }

        throw new FormatException("The front-matter header is not closed by a line '---'.");
    }

    private static string Unquote(string value) =>
        value.Length >= 2 && ((value[0] == '"' && value[^1] == '"') || (value[0] == '\'' && value[^1] == '\''))
            ? value[1..^1]
            : value;

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
