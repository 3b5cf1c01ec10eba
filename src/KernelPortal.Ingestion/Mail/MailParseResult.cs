namespace KernelPortal.Ingestion.Mail;

/// <summary>The outcome for one mail: either <see cref="Mail"/> or an <see cref="Error"/> that says what was wrong.</summary>
/// <param name="Source">Where it came from: a file name, "archive.mbox#3", a URL.</param>
/// <param name="Mail">The mail, when it could be read.</param>
/// <param name="Error">What was wrong, when it could not.</param>
public sealed record MailParseResult(string Source, ParsedMail? Mail, string? Error)
{
    /// <summary>
    /// Why a file found in a folder was passed over without being read as a mail (an <c>index.csv</c> beside the
    /// mails): no error, nothing to store. Null for everything that was read.
    /// </summary>
    public string? PassedOver { get; init; }

    public static MailParseResult Failed(string source, string error) => new(source, null, error);

    public static MailParseResult NotAMail(string source, string reason) => new(source, null, null) { PassedOver = reason };
}
