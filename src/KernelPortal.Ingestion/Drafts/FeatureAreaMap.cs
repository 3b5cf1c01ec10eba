using System.Reflection;
using KernelPortal.Core.Content;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// Maps changed paths to feature areas by the patterns in <c>feature-areas.map</c>: the most specific
/// (longest) matching pattern wins; a folder pattern ends in "/".
/// </summary>
public sealed class FeatureAreaMap
{
    private readonly List<(string Pattern, string Area)> _patterns;

    private FeatureAreaMap(List<(string Pattern, string Area)> patterns) =>
        _patterns = [.. patterns.OrderByDescending(p => p.Pattern.Length)];

    /// <summary>The map that ships with the portal (Drafts/feature-areas.map).</summary>
    public static FeatureAreaMap Default { get; } = Parse(ReadEmbedded());

    /// <summary>Parses the map; throws <see cref="FormatException"/> naming the line that is wrong.</summary>
    public static FeatureAreaMap Parse(string text)
    {
        var known = FeatureAreas.All.Select(a => a.Slug).ToHashSet(StringComparer.Ordinal);
        var patterns = new List<(string, string)>();
        string? area = null;
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (line.StartsWith("F:", StringComparison.Ordinal))
            {
                var pattern = line[2..].Trim();
                if (area is null)
                {
                    throw new FormatException($"feature-areas.map line {i + 1}: a pattern before any area");
                }

                if (pattern.Length == 0 || pattern.StartsWith('/') || pattern.Contains("..", StringComparison.Ordinal))
                {
                    throw new FormatException($"feature-areas.map line {i + 1}: '{pattern}' is not a relative path pattern");
                }

                patterns.Add((pattern, area));
            }
            else if (known.Contains(line))
            {
                area = line;
            }
            else
            {
                throw new FormatException($"feature-areas.map line {i + 1}: '{line}' is neither a known area ({string.Join(", ", known)}) nor an 'F:' pattern");
            }
        }

        return new FeatureAreaMap(patterns);
    }

    /// <summary>The area of a path, or null when no pattern matches it.</summary>
    public string? AreaOf(string path)
    {
        foreach (var (pattern, area) in _patterns)
        {
            if (pattern.EndsWith('/') ? path.StartsWith(pattern, StringComparison.Ordinal) : path == pattern)
            {
                return area;
            }
        }

        return null;
    }

    /// <summary>The area with the most changed lines among a merge's files, or null when none matched.</summary>
    public string? AreaOf(IEnumerable<ChangedFile> files) =>
        files.Select(f => (Area: AreaOf(f.Path), f.LinesChanged))
            .Where(x => x.Area is not null)
            .GroupBy(x => x.Area!)
            .Select(g => (Area: g.Key, Lines: g.Sum(x => x.LinesChanged)))
            .OrderByDescending(x => x.Lines)
            .ThenBy(x => FeatureAreas.All.ToList().FindIndex(a => a.Slug == x.Area))
            .Select(x => x.Area)
            .FirstOrDefault();

    private static string ReadEmbedded()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("KernelPortal.Ingestion.feature-areas.map")
            ?? throw new InvalidOperationException("feature-areas.map is not embedded in KernelPortal.Ingestion.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }
}
