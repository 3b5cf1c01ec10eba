namespace KernelPortal.Ingestion.Mail;

/// <summary>What Linus appended below his prose.</summary>
public enum AppendixKind
{
    /// <summary>Nothing (many rc1 mails only describe the merge window).</summary>
    None,

    /// <summary>A git shortlog: authors and their commit subjects (rc and release mails).</summary>
    Shortlog,

    /// <summary>A mergelog: who he pulled from and what (rc1 mails since about 2018).</summary>
    Mergelog,

    /// <summary>BitKeeper's "Summary of changes from vX to vY" with "o" bullets (2002–2005).</summary>
    BitKeeperSummary,
}
