namespace KernelPortal.Ingestion.Mail;

/// <summary>What a parsed mail turned out to be.</summary>
public enum MailKind
{
    /// <summary>Linus announcing a final mainline release.</summary>
    Release,

    /// <summary>Linus announcing a release candidate.</summary>
    ReleaseCandidate,

    /// <summary>A readable mail that is not a mainline announcement (a reply, a stable release, someone else).</summary>
    Other,
}
