using KernelPortal.Ingestion.Mail;

namespace KernelPortal.Ingestion;

/// <summary>One step of a pass, reported as it happens (the CLI prints it; the CMS shows it live).</summary>
/// <param name="Source">The source being read.</param>
/// <param name="Item">The mail or item (a file name, "x.mbox#3", a URL).</param>
/// <param name="Outcome">What happened to it.</param>
/// <param name="Detail">The error, or what the mail announced.</param>
public sealed record IngestionProgress(string Source, string Item, MailIngestOutcome Outcome, string? Detail);
