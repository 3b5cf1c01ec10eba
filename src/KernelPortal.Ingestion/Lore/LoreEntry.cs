namespace KernelPortal.Ingestion.Lore;

/// <summary>One entry of a public-inbox Atom feed: a mail's subject, its archive link and its Message-ID.</summary>
public sealed record LoreEntry(string Title, Uri Link, string MessageId, DateTimeOffset? Updated);
