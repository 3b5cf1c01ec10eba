using System.Xml;
using System.Xml.Linq;

namespace KernelPortal.Ingestion.Lore;

/// <summary>
/// Reads public-inbox Atom feeds (<c>/lkml/new.atom</c>, <c>/lkml/?q=…&amp;x=A</c>): each entry's title, its
/// <c>https://lore.kernel.org/lkml/&lt;Message-ID&gt;/</c> link and the Message-ID taken from that link.
/// </summary>
public static class LoreAtomReader
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    /// <summary>Parses a feed; throws <see cref="FormatException"/> with the reason when it is not one.</summary>
    public static IReadOnlyList<LoreEntry> Read(Stream feed)
    {
        XDocument document;
        try
        {
            // No DTDs, no external entities: a hostile feed gets no billion laughs and no file reads.
            using var reader = XmlReader.Create(feed, new XmlReaderSettings
            {
                DtdProcessing = DtdProcessing.Prohibit,
                XmlResolver = null,
                MaxCharactersInDocument = 20_000_000,
            });
            document = XDocument.Load(reader);
        }
        catch (XmlException ex)
        {
            throw new FormatException($"not an Atom feed: {ex.Message}", ex);
        }

        if (document.Root?.Name != Atom + "feed")
        {
            throw new FormatException($"not an Atom feed: the root element is <{document.Root?.Name.LocalName}>");
        }

        var entries = new List<LoreEntry>();
        foreach (var entry in document.Root.Elements(Atom + "entry"))
        {
            var href = entry.Elements(Atom + "link").Select(l => (string?)l.Attribute("href")).FirstOrDefault(h => h is not null);
            if (href is null || !Uri.TryCreate(href, UriKind.Absolute, out var link) || link.Scheme is not ("https" or "http"))
            {
                continue;
            }

            var segments = link.AbsolutePath.TrimEnd('/').Split('/');
            var messageId = Uri.UnescapeDataString(segments[^1]);
            DateTimeOffset? updated = DateTimeOffset.TryParse((string?)entry.Element(Atom + "updated"), System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.AssumeUniversal, out var u) ? u : null;
            entries.Add(new LoreEntry(((string?)entry.Element(Atom + "title") ?? string.Empty).Trim(), link, messageId, updated));
        }

        return entries;
    }
}
