namespace KernelPortal.Web.Feeds;

/// <summary>A feed independent of its format: what Atom and RSS both say.</summary>
internal sealed record Feed(string Id, string Title, string Description, Uri AlternateLink, Uri SelfLink, string? Language, DateTimeOffset Updated, IReadOnlyList<FeedEntry> Entries);

/// <summary>One entry: a stable id, absolute links, the lead as summary and the sanitized HTML as content.</summary>
internal sealed record FeedEntry(
    string Id,
    string Title,
    Uri Link,
    string Summary,
    string? ContentHtml,
    string Author,
    IReadOnlyList<string> Categories,
    DateTimeOffset Published,
    DateTimeOffset Updated,
    string? Language);
