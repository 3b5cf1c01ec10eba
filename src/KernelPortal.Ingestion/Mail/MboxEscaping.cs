namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// The "From " escaping of an mbox (mboxrd, as lore.kernel.org writes its mbox files): every line of a mail that begins
/// with "From " after any number of "&gt;" got one more "&gt;" in the file, so that it cannot be taken for the line that
/// starts the next mail. Undone here by taking one "&gt;" off each such line of the mail's body.
/// </summary>
public static class MboxEscaping
{
    /// <summary>The mail with its escaped lines restored, or null when it has none.</summary>
    public static byte[]? Unescape(byte[] raw)
    {
        ArgumentNullException.ThrowIfNull(raw);
        // The headers themselves never begin with ">".
        var bodyStart = RawMail.BodyStart(raw);
        if (bodyStart < 0)
        {
            return null;
        }

        var result = new List<byte>(raw.Length);
        result.AddRange(raw.AsSpan(0, bodyStart));
        var changed = false;
        var line = bodyStart;
        while (line < raw.Length)
        {
            var end = Array.IndexOf(raw, (byte)'\n', line);
            end = end < 0 ? raw.Length : end + 1;
            var text = raw.AsSpan(line, end - line);
            var quotes = 0;
            while (quotes < text.Length && text[quotes] == (byte)'>')
            {
                quotes++;
            }

            var escaped = quotes > 0 && text[quotes..].StartsWith("From "u8);
            result.AddRange(escaped ? text[1..] : text);
            changed |= escaped;
            line = end;
        }

        return changed ? [.. result] : null;
    }
}
