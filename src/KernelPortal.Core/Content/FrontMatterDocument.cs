using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;
using YamlDotNet.Serialization;

namespace KernelPortal.Core.Content;

/// <summary>
/// A Markdown file with a YAML front-matter header, as Hugo and Jekyll write it: a first line <c>---</c>, a YAML
/// mapping, a line <c>---</c>, then the body. The header is read by YamlDotNet, so quoting, comments, flow lists
/// (<c>tags: [a, b]</c>) and block lists are YAML's; every value is kept as text (a date or a version such as
/// <c>4.10</c> is never turned into a number). What is wrong is reported with the file's line number.
/// </summary>
public sealed class FrontMatterDocument
{
    private const string Fence = "---";

    private readonly Dictionary<string, IReadOnlyList<string>> lists;

    private FrontMatterDocument(Dictionary<string, string> fields, Dictionary<string, IReadOnlyList<string>> lists, string body, int bodyLine)
    {
        Fields = fields;
        this.lists = lists;
        Body = body;
        BodyLine = bodyLine;
    }

    /// <summary>Single-value header fields by lower-case key (lists are in <see cref="List"/>).</summary>
    public IReadOnlyDictionary<string, string> Fields { get; }

    /// <summary>Every key of the header, single values and lists.</summary>
    public IEnumerable<string> Keys => Fields.Keys.Concat(lists.Keys);

    /// <summary>The Markdown after the header.</summary>
    public string Body { get; }

    /// <summary>The file's line (from 1) that the body's first line is: messages about the body name file lines.</summary>
    public int BodyLine { get; }

    /// <summary>A single value, or <c>null</c> when it is missing, empty or YAML's null (<c>~</c>).</summary>
    /// <exception cref="FormatException">The key holds a list.</exception>
    public string? this[string key] => lists.ContainsKey(key)
        ? throw new FormatException($"'{key}' must be a single value, not a list.")
        : Fields.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    /// <summary>
    /// A list: the items of a YAML list (flow or block), or a single value split at commas (the portal's own
    /// <c>tags: a, b</c>); empty when the key is missing.
    /// </summary>
    public IReadOnlyList<string> List(string key) =>
        lists.TryGetValue(key, out var items) ? items
        : Fields.TryGetValue(key, out var value) ? value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
        : [];

    /// <summary>Parses a document; throws <see cref="FormatException"/> saying what is wrong and on which line.</summary>
    public static FrontMatterDocument Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimStart('\uFEFF').Split('\n');
        if (lines[0].TrimEnd() == "+++")
        {
            throw new FormatException("Line 1: TOML front matter ('+++') is not read; convert the header to YAML between '---' lines (hugo convert toYAML does it).");
        }

        if (lines[0].TrimEnd() != Fence)
        {
            throw new FormatException("Line 1: a front-matter header must start with '---'.");
        }

        var end = Array.FindIndex(lines, 1, line => line.TrimEnd() == Fence);
        if (end < 0)
        {
            throw new FormatException("The front-matter header is not closed by a line '---'.");
        }

        var header = string.Join('\n', lines[1..end]);
        var first = end + 1;
        while (first < lines.Length - 1 && lines[first].Length == 0)
        {
            first++;
        }

        var body = string.Join('\n', lines.Skip(first));
        var fields = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var lists = new Dictionary<string, IReadOnlyList<string>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in ReadMapping(header))
        {
            var name = Scalar(key, "a key") ?? string.Empty;
            if (!name.All(c => char.IsAsciiLetter(c) || c is '_' or '-' || char.IsAsciiDigit(c)) || name.Length == 0)
            {
                throw new FormatException($"{Where(key)}: '{Shorten(name)}' is not a valid key (letters, digits, '_' and '-').");
            }

            name = name.ToLowerInvariant();
            if (fields.ContainsKey(name) || lists.ContainsKey(name))
            {
                throw new FormatException($"{Where(key)}: '{name}' is given twice.");
            }

            if (value is YamlSequenceNode sequence)
            {
                lists.Add(name, [.. sequence.Children.Select(item => Scalar(item, $"an item of '{name}'")).OfType<string>()]);
            }
            else
            {
                fields.Add(name, Scalar(value, $"'{name}'") ?? string.Empty);
            }
        }

        return new FrontMatterDocument(fields, lists, body, first + 1);
    }

    /// <summary>
    /// Writes a document that <see cref="Parse"/> reads back unchanged: the header by YamlDotNet (quoting what YAML
    /// would otherwise read as a number, a boolean or a comment), the fields in the order given, null values left out.
    /// </summary>
    /// <param name="fields">Keys with a string or a list of strings.</param>
    /// <param name="body">The Markdown body.</param>
    public static string Write(IEnumerable<KeyValuePair<string, object?>> fields, string body)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(body);
        var header = Writer.Serialize(fields.Where(f => f.Value is not null).ToDictionary(f => f.Key, f => f.Value, StringComparer.Ordinal));
        return $"{Fence}\n{header}{Fence}\n{body}";
    }

    private static readonly ISerializer Writer = new SerializerBuilder().WithQuotingNecessaryStrings().Build();

    private static IEnumerable<KeyValuePair<YamlNode, YamlNode>> ReadMapping(string header)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(header));
        }
        catch (YamlException ex)
        {
            // YamlDotNet counts lines of the header from 1; the file's first line is the opening '---'.
            throw new FormatException($"Line {ex.Start.Line + 1}, column {ex.Start.Column}: {WithoutPosition(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet gives up this way on some broken input (an unclosed '[' followed by more keys, stray event
            // kinds) instead of with a YamlException (found by the fuzz test); the line is the last it could read.
            throw new FormatException($"Line {LastReadableLine(header) + 1}: the header is not valid YAML after this line (an unclosed '[', '{{' or quote?).", ex);
        }

        if (stream.Documents.Count == 0)
        {
            return [];
        }

        return stream.Documents.Count > 1
            ? throw new FormatException("The front-matter header holds more than one YAML document.")
            : stream.Documents[0].RootNode as YamlMappingNode is { } mapping
                ? mapping.Children
                : throw new FormatException($"{Where(stream.Documents[0].RootNode)}: the header must be 'key: value' lines, not a list or a single value.");
    }

    private static int LastReadableLine(string header)
    {
        var parser = new Parser(new StringReader(header));
        var line = 1;
        try
        {
            while (parser.MoveNext())
            {
                line = (int)parser.Current!.End.Line;
            }
        }
        catch (Exception ex) when (ex is YamlException or InvalidOperationException or ArgumentException)
        {
            // Where it stopped is what we wanted to know.
        }

        return line;
    }

    /// <summary>A scalar's text, or null for YAML's null; a nested mapping or list is refused.</summary>
    private static string? Scalar(YamlNode node, string what) => node switch
    {
        YamlScalarNode { Style: ScalarStyle.Plain, Value: null or "" or "~" or "null" or "Null" or "NULL" } => null,
        YamlScalarNode scalar => scalar.Value,
        _ => throw new FormatException($"{Where(node)}: {what} must be a single value{(what.StartsWith("an item", StringComparison.Ordinal) ? string.Empty : " or a list of values")}, not a nested block."),
    };

    private static string Where(YamlNode node) => $"Line {node.Start.Line + 1}";

    /// <summary>YamlDotNet starts its messages with "(Line: 2, Col: 7, Idx: 12) - (…): "; the position is said already.</summary>
    private static string WithoutPosition(string message)
    {
        var at = message.LastIndexOf("): ", StringComparison.Ordinal);
        return message.StartsWith('(') && at > 0 ? message[(at + 3)..] : message;
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
