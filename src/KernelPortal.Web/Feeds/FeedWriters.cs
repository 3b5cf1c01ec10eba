using System.Buffers;
using System.Globalization;
using System.Text;
using System.Xml;
using Microsoft.IO;

namespace KernelPortal.Web.Feeds;

/// <summary>Writes <see cref="Feed"/> as Atom 1.0 (RFC 4287) or RSS 2.0 with content:encoded and atom:link self.</summary>
internal static class FeedWriters
{
    private const string AtomNs = "http://www.w3.org/2005/Atom";
    private const string ContentNs = "http://purl.org/rss/1.0/modules/content/";
    private const string DcNs = "http://purl.org/dc/elements/1.1/";

    public static RecyclableMemoryStream Atom(Feed feed) => Write(writer =>
    {
        writer.WriteStartElement("feed", AtomNs);
        if (feed.Language is not null)
        {
            writer.WriteAttributeString("xml", "lang", null, feed.Language);
        }

        writer.WriteElementString("id", AtomNs, Xml(feed.Id));
        writer.WriteElementString("title", AtomNs, Xml(feed.Title));
        writer.WriteElementString("subtitle", AtomNs, Xml(feed.Description));
        writer.WriteElementString("updated", AtomNs, Rfc3339(feed.Updated));
        Link(writer, "self", feed.SelfLink, "application/atom+xml");
        Link(writer, "alternate", feed.AlternateLink, "text/html");
        writer.WriteStartElement("author", AtomNs);
        writer.WriteElementString("name", AtomNs, "KernelPortal");
        writer.WriteEndElement();
        writer.WriteElementString("generator", AtomNs, "KernelPortal");
        foreach (var entry in feed.Entries)
        {
            writer.WriteStartElement("entry", AtomNs);
            if (entry.Language is not null)
            {
                writer.WriteAttributeString("xml", "lang", null, entry.Language);
            }

            writer.WriteElementString("id", AtomNs, Xml(entry.Id));
            writer.WriteElementString("title", AtomNs, Xml(entry.Title));
            Link(writer, "alternate", entry.Link, "text/html");
            writer.WriteElementString("published", AtomNs, Rfc3339(entry.Published));
            writer.WriteElementString("updated", AtomNs, Rfc3339(entry.Updated));
            writer.WriteStartElement("author", AtomNs);
            writer.WriteElementString("name", AtomNs, Xml(entry.Author));
            writer.WriteEndElement();
            foreach (var category in entry.Categories)
            {
                writer.WriteStartElement("category", AtomNs);
                writer.WriteAttributeString("term", Xml(category));
                writer.WriteEndElement();
            }

            writer.WriteStartElement("summary", AtomNs);
            writer.WriteAttributeString("type", "text");
            writer.WriteString(Xml(entry.Summary));
            writer.WriteEndElement();
            if (entry.ContentHtml is not null)
            {
                writer.WriteStartElement("content", AtomNs);
                writer.WriteAttributeString("type", "html");
                writer.WriteString(Xml(entry.ContentHtml));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
    });

    public static RecyclableMemoryStream Rss(Feed feed) => Write(writer =>
    {
        writer.WriteStartElement("rss");
        writer.WriteAttributeString("version", "2.0");
        writer.WriteAttributeString("xmlns", "atom", null, AtomNs);
        writer.WriteAttributeString("xmlns", "content", null, ContentNs);
        writer.WriteAttributeString("xmlns", "dc", null, DcNs);
        writer.WriteStartElement("channel");
        writer.WriteElementString("title", Xml(feed.Title));
        writer.WriteElementString("link", feed.AlternateLink.AbsoluteUri);
        writer.WriteElementString("description", Xml(feed.Description));
        if (feed.Language is not null)
        {
            writer.WriteElementString("language", feed.Language);
        }

        writer.WriteElementString("lastBuildDate", Rfc822(feed.Updated));
        writer.WriteElementString("generator", "KernelPortal");
        writer.WriteStartElement("atom", "link", AtomNs);
        writer.WriteAttributeString("href", feed.SelfLink.AbsoluteUri);
        writer.WriteAttributeString("rel", "self");
        writer.WriteAttributeString("type", "application/rss+xml");
        writer.WriteEndElement();
        foreach (var entry in feed.Entries)
        {
            writer.WriteStartElement("item");
            writer.WriteElementString("title", Xml(entry.Title));
            writer.WriteElementString("link", entry.Link.AbsoluteUri);
            writer.WriteStartElement("guid");
            writer.WriteAttributeString("isPermaLink", "false");
            writer.WriteString(Xml(entry.Id));
            writer.WriteEndElement();
            writer.WriteElementString("pubDate", Rfc822(entry.Published));
            writer.WriteElementString("dc", "creator", DcNs, Xml(entry.Author));
            foreach (var category in entry.Categories)
            {
                writer.WriteElementString("category", Xml(category));
            }

            // RSS readers render <description> as HTML, so the lead (plain text) is encoded; Atom's summary says type="text".
            writer.WriteElementString("description", Xml(System.Net.WebUtility.HtmlEncode(entry.Summary)));
            if (entry.ContentHtml is not null)
            {
                writer.WriteStartElement("content", "encoded", ContentNs);
                writer.WriteCData(Xml(entry.ContentHtml).Replace("]]>", "]]]]><![CDATA[>", StringComparison.Ordinal));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
        }

        writer.WriteEndElement();
        writer.WriteEndElement();
    });

    private static void Link(XmlWriter writer, string rel, Uri href, string type)
    {
        writer.WriteStartElement("link", AtomNs);
        writer.WriteAttributeString("rel", rel);
        writer.WriteAttributeString("type", type);
        writer.WriteAttributeString("href", href.AbsoluteUri);
        writer.WriteEndElement();
    }

    // A feed of full texts is 90–220 KB: in a plain MemoryStream it grew by doubling and was copied out again, two
    // large-object-heap arrays per request that each brought the next full GC closer. Pooled blocks are reused.
    // At most 16 MB of each kind kept for reuse, so a burst of feed requests does not stay resident.
    private static readonly RecyclableMemoryStreamManager Streams = new(new RecyclableMemoryStreamManager.Options
    {
        MaximumSmallPoolFreeBytes = 16 << 20,
        MaximumLargePoolFreeBytes = 16 << 20,
    });

    /// <summary>Writes a feed into a pooled stream; the caller disposes it once the response is sent.</summary>
    private static RecyclableMemoryStream Write(Action<XmlWriter> body)
    {
        var stream = Streams.GetStream("feed");
        try
        {
            using (var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = false, Async = false }))
            {
                writer.WriteStartDocument();
                body(writer);
                writer.WriteEndDocument();
            }

            return stream;
        }
        catch
        {
            // Nobody else will give the blocks back.
            stream.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Drops the characters XML 1.0 cannot carry (most C0 controls, lone surrogates, U+FFFE/U+FFFF). Stored text may
    /// hold them (a mail body, "&amp;#1;" in Markdown), and one of them would otherwise make the whole feed a 500.
    /// </summary>
    private static string Xml(string text)
    {
        // The common case — nothing to drop — in one vectorised scan of a 200 KB feed instead of a call per character.
        if (!text.AsSpan().ContainsAny(NotXmlChars))
        {
            return text;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                clean.Append(text, i++, 2);
            }
            else if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
        }

        return clean.ToString();
    }

    // What XmlConvert.IsXmlChar refuses: C0 controls but tab, LF and CR; surrogates (a valid pair is kept by the slow
    // path); U+FFFE and U+FFFF.
    private static readonly SearchValues<char> NotXmlChars = SearchValues.Create(
        [.. Enumerable.Range(0, 0x20).Where(c => c is not (0x9 or 0xA or 0xD)).Select(c => (char)c),
         .. Enumerable.Range(0xD800, 0x800).Select(c => (char)c),
         '\uFFFE', '\uFFFF']);

    private static string Rfc3339(DateTimeOffset value) => value.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static string Rfc822(DateTimeOffset value) => value.ToUniversalTime().ToString("r", CultureInfo.InvariantCulture);
}
