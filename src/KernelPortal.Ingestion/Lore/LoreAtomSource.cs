using System.Net;
using System.Runtime.CompilerServices;
using KernelPortal.Ingestion.Mail;
using KernelPortal.Ingestion.Sources;

namespace KernelPortal.Ingestion.Lore;

/// <summary>
/// Polls lore.kernel.org: searches the LKML Atom feed for Linus' announcements, keeps the entries whose subject
/// is one, and fetches each new entry's raw message (<c>{link}raw</c>).
/// </summary>
/// <param name="http">A client with the resilience pipeline (retries honour Retry-After).</param>
/// <param name="options">Base URL, query and page size.</param>
/// <param name="isKnown">Message-IDs already stored; their raw messages are not fetched again.</param>
public sealed class LoreAtomSource(HttpClient http, LoreOptions options, Func<string, bool> isKnown) : IAnnouncementSource
{
    /// <summary>Largest feed accepted (a page of 200 entries with full bodies stays far below).</summary>
    public const int MaxFeedBytes = 16 * 1024 * 1024;

    public string Name => "lore";

    /// <summary>The search URL: <c>{BaseUrl}?q={Query}&amp;x=A</c> (x=A asks public-inbox for Atom).</summary>
    public Uri FeedUri => new(new Uri(options.BaseUrl), $"?q={Uri.EscapeDataString(options.Query)}&x=A");

    public async IAsyncEnumerable<MailParseResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        IReadOnlyList<LoreEntry> entries;
        using (var response = await http.GetAsync(FeedUri, HttpCompletionOption.ResponseHeadersRead, cancellationToken))
        {
            response.EnsureSuccessStatusCode();
            var bytes = await HttpBodies.ReadLimitedAsync(response, MaxFeedBytes, cancellationToken)
                ?? throw new InvalidDataException($"the feed is larger than {MaxFeedBytes:N0} bytes");
            entries = LoreAtomReader.Read(new MemoryStream(bytes));
        }

        foreach (var entry in entries.Take(options.MaxEntries))
        {
            // Only announcement-shaped subjects are fetched; the parser checks the real headers again.
            if (!AnnouncementSubject.MayAnnounce(entry.Title) || isKnown(entry.MessageId))
            {
                continue;
            }

            yield return await FetchRawAsync(entry, cancellationToken);
        }
    }

    private async Task<MailParseResult> FetchRawAsync(LoreEntry entry, CancellationToken cancellationToken)
    {
        var raw = new Uri(entry.Link.AbsoluteUri.TrimEnd('/') + "/raw");
        try
        {
            using var response = await http.GetAsync(raw, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                return MailParseResult.Failed(raw.AbsoluteUri, $"HTTP {(int)response.StatusCode} {response.ReasonPhrase}");
            }

            var bytes = await HttpBodies.ReadLimitedAsync(response, AnnouncementParser.MaxMailBytes, cancellationToken);
            return bytes is null
                ? MailParseResult.Failed(raw.AbsoluteUri, $"the message is larger than {AnnouncementParser.MaxMailBytes:N0} bytes")
                : AnnouncementParser.Parse(bytes, raw.AbsoluteUri);
        }
        catch (HttpRequestException ex)
        {
            return MailParseResult.Failed(raw.AbsoluteUri, ex.Message);
        }
    }
}
