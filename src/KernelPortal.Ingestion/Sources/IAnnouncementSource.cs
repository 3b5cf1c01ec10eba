using KernelPortal.Ingestion.Mail;

namespace KernelPortal.Ingestion.Sources;

/// <summary>Somewhere announcement mails come from: files, lore.kernel.org. Each item is a parsed mail or an error.</summary>
public interface IAnnouncementSource
{
    /// <summary>A short name for logs and ingestion runs ("mail files", "lore").</summary>
    string Name { get; }

    /// <summary>Reads the mails. Item-level problems are results with an error; a broken source throws.</summary>
    IAsyncEnumerable<MailParseResult> ReadAsync(CancellationToken cancellationToken);
}
