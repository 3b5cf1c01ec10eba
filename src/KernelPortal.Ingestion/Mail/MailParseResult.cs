namespace KernelPortal.Ingestion.Mail;

/// <summary>The outcome for one mail: either <see cref="Mail"/> or an <see cref="Error"/> that says what was wrong.</summary>
/// <param name="Source">Where it came from: a file name, "archive.mbox#3", a URL.</param>
/// <param name="Mail">The mail, when it could be read.</param>
/// <param name="Error">What was wrong, when it could not.</param>
public sealed record MailParseResult(string Source, ParsedMail? Mail, string? Error)
{
    public static MailParseResult Failed(string source, string error) => new(source, null, error);
}
