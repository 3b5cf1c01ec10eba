using System.Text;
using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;
using MimeKit;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Reads raw RFC 822 mails (single files or mbox) with MimeKit and recognises Linus Torvalds' mainline
/// announcements. Every failure becomes a <see cref="MailParseResult"/> with an error of its own, so one bad
/// mail never stops a batch.
/// </summary>
public static class AnnouncementParser
{
    /// <summary>Largest mail accepted; a real announcement with a full shortlog is well below 1 MiB.</summary>
    public const int MaxMailBytes = Announcement.RawMaxLength;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Parses one mail from its raw bytes.</summary>
    public static MailParseResult Parse(byte[] raw, string source)
    {
        ArgumentNullException.ThrowIfNull(raw);
        if (raw.Length == 0)
        {
            return MailParseResult.Failed(source, "the file is empty");
        }

        if (raw.Length > MaxMailBytes)
        {
            return MailParseResult.Failed(source, $"the mail is {raw.Length:N0} bytes; more than {MaxMailBytes:N0} cannot be an announcement");
        }

        // Headers end at the first empty line; a file without one was cut off before its body.
        if (RawMail.BodyStart(raw) < 0)
        {
            return MailParseResult.Failed(source, "the mail ends inside its headers (truncated)");
        }

        // lore's /raw answers a message as an mbox of one: its "From mboxrd@z …" line first, the body escaped.
        if (raw.AsSpan().StartsWith("From "u8) && MboxEscaping.Unescape(raw) is { } unescaped)
        {
            raw = unescaped;
        }

        MimeMessage message;
        try
        {
            using var stream = new MemoryStream(raw, writable: false);
            message = MimeMessage.Load(stream);
        }
        catch (FormatException ex)
        {
            return MailParseResult.Failed(source, $"not a mail: {ex.Message}");
        }

        return ParseReadably(message, raw, source);
    }

    /// <summary>Parses every mail of an mbox stream, one result each, in order.</summary>
    public static IEnumerable<MailParseResult> ParseMbox(Stream mbox, string source)
    {
        var parser = new MimeParser(mbox, MimeFormat.Mbox);
        var index = 0;
        while (!parser.IsEndOfStream)
        {
            index++;
            MimeMessage? message = null;
            string? broken = null;
            try
            {
                message = parser.ParseMessage();
            }
            catch (FormatException ex)
            {
                broken = ex.Message;
            }

            if (message is null)
            {
                // The mbox structure itself is broken; nothing after this point can be trusted.
                yield return MailParseResult.Failed($"{source}#{index}", $"not an mbox (or broken after mail {index - 1}): {broken}");
                yield break;
            }

            using var buffer = new MemoryStream();
            message.WriteTo(buffer);
            var raw = buffer.ToArray();
            if (raw.Length > MaxMailBytes)
            {
                yield return MailParseResult.Failed($"{source}#{index}", $"the mail is {raw.Length:N0} bytes; more than {MaxMailBytes:N0} cannot be an announcement");
                continue;
            }

            // MimeKit leaves the mbox's escaping in place: a line of Linus' that began "From " is ">From " in the file
            // and would be read as a quote. Unescaped, the mail is read as he sent it.
            if (MboxEscaping.Unescape(raw) is { } unescaped)
            {
                raw = unescaped;
                message = MimeMessage.Load(new MemoryStream(raw, writable: false));
            }

            yield return ParseReadably(message, raw, $"{source}#{index}");
        }
    }

    /// <summary>
    /// <see cref="Parse(MimeMessage, byte[], string)"/>, with the one failure its reading can still have said as what it
    /// is: every pattern has a time limit, and a text that makes one run out (nothing Linus writes does: the prose
    /// reader skips runs of text too long to be sentences) is a mail that could not be read, never a crash of the
    /// import that carries it.
    /// </summary>
    private static MailParseResult ParseReadably(MimeMessage message, byte[] raw, string source)
    {
        try
        {
            return PatternTimeLimit.TryTwice(() => Parse(message, raw, source));
        }
        catch (RegexMatchTimeoutException ex)
        {
            return MailParseResult.Failed(source, $"the mail's text could not be read in time (pattern timed out after {ex.MatchTimeout.TotalSeconds:0.#} s); is it an announcement?");
        }
    }

    private static MailParseResult Parse(MimeMessage message, byte[] raw, string source)
    {
        var missing = new[] { (HeaderId.Subject, "Subject"), (HeaderId.From, "From"), (HeaderId.Date, "Date"), (HeaderId.MessageId, "Message-ID") }
            .Where(h => !message.Headers.Contains(h.Item1))
            .Select(h => h.Item2)
            .ToList();
        if (missing.Count > 0)
        {
            return MailParseResult.Failed(source, $"missing header{(missing.Count > 1 ? "s" : "")}: {string.Join(", ", missing)}");
        }

        if (message.Date == DateTimeOffset.MinValue)
        {
            return MailParseResult.Failed(source, $"unreadable Date header '{Shorten(message.Headers[HeaderId.Date])}'");
        }

        if (string.IsNullOrWhiteSpace(message.MessageId))
        {
            return MailParseResult.Failed(source, $"unreadable Message-ID header '{Shorten(message.Headers[HeaderId.MessageId])}'");
        }

        var part = message.BodyParts.OfType<TextPart>().FirstOrDefault(p => p.IsPlain) ?? message.BodyParts.OfType<TextPart>().FirstOrDefault();
        if (part is null)
        {
            return MailParseResult.Failed(source, "the mail has no text body");
        }

        if (!TryDecode(part, out var body, out var error))
        {
            return MailParseResult.Failed(source, error);
        }

        if (body.Trim().Length == 0)
        {
            return MailParseResult.Failed(source, "the mail body is empty (truncated?)");
        }

        var subject = message.Subject ?? string.Empty;
        var from = message.From.ToString();
        var content = AnnouncementBody.Read(body);
        var fromLinus = message.From.Mailboxes.Any(m =>
            string.Equals(m.LocalPart, "torvalds", StringComparison.OrdinalIgnoreCase) || string.Equals(m.Name?.Trim(), "Linus Torvalds", StringComparison.OrdinalIgnoreCase));
        var version = AnnouncementRecognizer.Recognise(subject, fromLinus, from, content, out var reason);
        var kind = version is null ? MailKind.Other : version.Value.IsReleaseCandidate ? MailKind.ReleaseCandidate : MailKind.Release;
        var hints = version is null ? ScheduleHint.None : ProseReader.Read(version, content.Prose, message.Date);
        return new MailParseResult(source, new ParsedMail(
            kind,
            version,
            message.Date,
            message.MessageId,
            subject,
            from,
            body,
            RawText(raw),
            content,
            hints,
            kind == MailKind.Other ? reason : null), null);
    }

    private static bool TryDecode(TextPart part, out string text, out string error)
    {
        text = string.Empty;
        error = string.Empty;
        var charset = part.ContentType.Charset;
        Encoding? declared = null;
        if (!string.IsNullOrWhiteSpace(charset))
        {
            try
            {
                declared = Encoding.GetEncoding(charset.Trim());
            }
            catch (Exception ex) when (ex is NotSupportedException or ArgumentException)
            {
                error = $"unknown charset '{Shorten(charset)}'";
                return false;
            }
        }

        using var decoded = new MemoryStream();
        part.Content?.DecodeTo(decoded);
        var bytes = decoded.ToArray();

        // Archives re-encode old mails: bytes that are valid UTF-8 are read as UTF-8 even where the header still
        // says ISO-8859-1 (2.6.0's "René"). Real Latin-1 text is almost never valid UTF-8, so this cannot misfire.
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            text = (declared ?? Encoding.Latin1).GetString(bytes);
        }

        text = text.Replace('\0', '\uFFFD');
        return true;
    }

    private static string RawText(byte[] raw)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(raw);
        }
        catch (DecoderFallbackException)
        {
            text = Encoding.Latin1.GetString(raw);
        }

        // PostgreSQL text cannot hold NUL.
        return text.Replace('\0', '\uFFFD');
    }

    private static string Shorten(string? text)
    {
        text ??= string.Empty;
        return text.Length <= 80 ? text : text[..80] + "…";
    }
}
