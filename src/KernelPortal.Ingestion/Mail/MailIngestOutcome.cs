namespace KernelPortal.Ingestion.Mail;

/// <summary>What happened to one mail.</summary>
public enum MailIngestOutcome
{
    /// <summary>A new announcement was stored and the timeline advanced.</summary>
    New,

    /// <summary>Its Message-ID was already stored; nothing changed.</summary>
    Duplicate,

    /// <summary>A readable mail that announces nothing (a reply, a stable release).</summary>
    NotAnnouncement,

    /// <summary>The mail could not be read or stored; the error says why.</summary>
    Failed,
}
