using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>
/// A local stand-in for lore.kernel.org and kernel.org (which this machine cannot reach): a real Kestrel on
/// 127.0.0.1 serving a public-inbox Atom search feed, raw messages and releases.json in their real formats.
/// </summary>
internal sealed class FakeRemoteServer : IAsyncDisposable
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";
    private static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";
    private WebApplication _app = null!;

    public Uri BaseUri { get; private set; } = null!;

    /// <summary>Every request path and query, in order.</summary>
    public ConcurrentQueue<string> Requests { get; } = new();

    /// <summary>The feed's entries: subject, author, raw mail (null: the raw URL answers 404).</summary>
    public List<(string MessageId, string Subject, string Author, DateTimeOffset Date, byte[]? Raw)> Entries { get; } = [];

    /// <summary>Answer the feed with this instead of Atom (to test a broken source).</summary>
    public string? FeedOverride { get; set; }

    /// <summary>Answer this many feed requests with 429 and Retry-After: 1 before serving it.</summary>
    public int RateLimitedFeedRequests { get; set; }

    public string ReleasesJson { get; set; } = """{"latest_stable":{"version":"4.0.1"},"releases":[]}""";

    public Uri LoreBase => new(BaseUri, "lkml/");

    public Uri ReleasesUri => new(BaseUri, "releases.json");

    public static async Task<FakeRemoteServer> StartAsync()
    {
        var server = new FakeRemoteServer();
        (server._app, server.BaseUri) = await LocalServer.StartAsync(server.Requests, app =>
        {
            app.MapGet("/releases.json", () => Results.Text(server.ReleasesJson, "application/json"));
            app.MapGet("/lkml/", (HttpContext context) => server.Feed(context));
            app.MapGet("/lkml/{**rest}", (string rest) => server.Raw(rest));
        });
        return server;
    }

    public void AddMail(string messageId, string subject, DateTimeOffset date, byte[]? raw, string author = "Linus Torvalds") =>
        Entries.Add((messageId, subject, author, date, raw));

    public int RawRequests => Requests.Count(r => r.EndsWith("/raw", StringComparison.Ordinal));

    public int FeedRequests => Requests.Count(r => r.StartsWith("/lkml/?", StringComparison.Ordinal));

    private IResult Feed(HttpContext context)
    {
        if (context.Request.Query["x"] != "A")
        {
            return Results.BadRequest("x=A expected");
        }

        if (RateLimitedFeedRequests > 0)
        {
            RateLimitedFeedRequests--;
            context.Response.Headers.RetryAfter = "1";
            return Results.StatusCode(StatusCodes.Status429TooManyRequests);
        }

        return FeedOverride is { } text ? Results.Text(text, "application/atom+xml") : Results.Text(BuildAtom(), "application/atom+xml", Encoding.ASCII);
    }

    private IResult Raw(string rest)
    {
        if (!rest.EndsWith("/raw", StringComparison.Ordinal))
        {
            return Results.NotFound();
        }

        var messageId = Uri.UnescapeDataString(rest[..^"/raw".Length]);
        var entry = Entries.FirstOrDefault(e => e.MessageId == messageId);
        return entry.Raw is null ? Results.NotFound() : Results.Bytes(AsLoreRaw(entry.Raw), "text/plain; charset=utf-8");
    }

    // public-inbox answers /raw as an mbox of one message (mboxrd): a "From mboxrd@z …" line, then the message with
    // every line that begins with ">"s and "From " given one more ">".
    private static byte[] AsLoreRaw(byte[] raw)
    {
        var text = Encoding.UTF8.GetString(raw);
        var escaped = Regex.Replace(text, "^(>*From )", ">$1", RegexOptions.Multiline, TimeSpan.FromSeconds(1));
        return Encoding.UTF8.GetBytes("From mboxrd@z Thu Jan  1 00:00:00 1970\n" + escaped);
    }

    // public-inbox's WwwAtomStream: newest first, <id> urn:uuid from SHA-1(Message-ID), body in xhtml <pre>.
    private string BuildAtom()
    {
        var feed = new XElement(Atom + "feed",
            new XAttribute(XNamespace.Xmlns + "thr", "http://purl.org/syndication/thread/1.0"),
            new XElement(Atom + "title", "linux-kernel.vger.kernel.org archive mirror"),
            new XElement(Atom + "link", new XAttribute("rel", "alternate"), new XAttribute("type", "text/html"), new XAttribute("href", LoreBase.AbsoluteUri)),
            new XElement(Atom + "link", new XAttribute("rel", "self"), new XAttribute("href", LoreBase.AbsoluteUri + "new.atom")),
            new XElement(Atom + "id", "mailto:linux-kernel@vger.kernel.org"),
            new XElement(Atom + "updated", (Entries.Count == 0 ? DateTimeOffset.UnixEpoch : Entries.Max(e => e.Date)).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)));
        foreach (var entry in Entries.OrderByDescending(e => e.Date))
        {
#pragma warning disable CA5350 // public-inbox derives entry ids from SHA-1 of the Message-ID; this is its format, not security.
            var hash = Convert.ToHexStringLower(SHA1.HashData(Encoding.UTF8.GetBytes(entry.MessageId)));
#pragma warning restore CA5350
            feed.Add(new XElement(Atom + "entry",
                new XElement(Atom + "author", new XElement(Atom + "name", entry.Author), new XElement(Atom + "email", "torvalds@linux-foundation.org")),
                new XElement(Atom + "title", entry.Subject),
                new XElement(Atom + "updated", entry.Date.UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture)),
                new XElement(Atom + "link", new XAttribute("href", $"{LoreBase.AbsoluteUri}{entry.MessageId}/")),
                new XElement(Atom + "id", $"urn:uuid:{hash[..8]}-{hash[8..12]}-{hash[12..16]}-{hash[16..20]}-{hash[20..32]}"),
                new XElement(Atom + "content", new XAttribute("type", "xhtml"),
                    new XElement(Xhtml + "div", new XElement(Xhtml + "pre", new XAttribute("style", "white-space:pre-wrap"), entry.Raw is null ? "" : "body")))));
        }

        return "<?xml version=\"1.0\" encoding=\"us-ascii\"?>\n" + feed.ToString(SaveOptions.DisableFormatting);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
