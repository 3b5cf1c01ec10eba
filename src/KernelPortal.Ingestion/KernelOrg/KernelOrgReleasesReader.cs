using System.Globalization;
using System.Text.Json;

namespace KernelPortal.Ingestion.KernelOrg;

/// <summary>
/// Reads kernel.org's <c>releases.json</c> (<c>releases[].{moniker, version, iseol, released.isodate}</c>).
/// Versions are kept as text: linux-next entries are "next-YYYYMMDD", which no version parser should choke on.
/// </summary>
public static class KernelOrgReleasesReader
{
    /// <summary>Parses the document; throws <see cref="FormatException"/> saying which part is wrong.</summary>
    public static IReadOnlyList<KernelOrgRelease> Read(ReadOnlySpan<byte> json)
    {
        try
        {
            return ReadCore(json);
        }
        catch (InvalidOperationException ex)
        {
            // JsonDocument checks the encoding of names and strings only when they are read: invalid UTF-8, a lone
            // surrogate in "\ud800" (found by the fuzz tests).
            throw new FormatException($"releases.json has invalid text: {ex.Message}", ex);
        }
    }

    private static List<KernelOrgRelease> ReadCore(ReadOnlySpan<byte> json)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { MaxDepth = 16 });
        }
        catch (JsonException ex)
        {
            throw new FormatException($"releases.json is not JSON: {ex.Message}", ex);
        }

        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object
                || !document.RootElement.TryGetProperty("releases", out var releases)
                || releases.ValueKind != JsonValueKind.Array)
            {
                throw new FormatException("releases.json has no 'releases' array");
            }

            var list = new List<KernelOrgRelease>();
            var index = 0;
            foreach (var item in releases.EnumerateArray())
            {
                index++;
                if (item.ValueKind != JsonValueKind.Object)
                {
                    throw new FormatException($"releases[{index - 1}] is not an object");
                }

                var moniker = Text(item, "moniker") ?? throw new FormatException($"releases[{index - 1}] has no moniker");
                var version = Text(item, "version") ?? throw new FormatException($"releases[{index - 1}] has no version");
                DateOnly? released = null;
                if (item.TryGetProperty("released", out var r) && r.ValueKind == JsonValueKind.Object
                    && Text(r, "isodate") is { } iso
                    && DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
                {
                    released = day;
                }

                var eol = item.TryGetProperty("iseol", out var e) && e.ValueKind == JsonValueKind.True;
                list.Add(new KernelOrgRelease(Limit(moniker, 32), Limit(version, 64), released, eol));
            }

            return list;
        }
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static string Limit(string text, int max) => text.Length <= max ? text : text[..max];
}
