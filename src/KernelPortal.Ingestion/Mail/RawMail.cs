namespace KernelPortal.Ingestion.Mail;

/// <summary>The bytes of a mail as stored or fetched, before MimeKit reads them.</summary>
internal static class RawMail
{
    /// <summary>
    /// The first byte after the empty line that ends the headers ("\n\n" or "\r\n\r\n", whichever comes first), or -1 when
    /// the mail has none: it was cut off inside its headers.
    /// </summary>
    public static int BodyStart(ReadOnlySpan<byte> raw)
    {
        var lf = raw.IndexOf("\n\n"u8);
        var crlf = raw.IndexOf("\r\n\r\n"u8);
        return (lf, crlf) switch
        {
            (< 0, < 0) => -1,
            (< 0, _) => crlf + 4,
            (_, < 0) => lf + 2,
            _ => Math.Min(lf + 2, crlf + 4),
        };
    }
}
