namespace KernelPortal.Ingestion.Git;

/// <summary>
/// The Kernel-Log statistics between two tags. Property names are the JSON contract of <c>kportal stats --json</c>.
/// Figures a source cannot provide are null (GitHub has no line counts and no people figures).
/// </summary>
public sealed record ReleaseStats(
    string From,
    string To,
    int? Files,
    long? Lines,
    long? LinesWithoutDocs,
    int DevelopmentDays,
    int Commits,
    int? FilesChanged,
    long? Insertions,
    long? Deletions,
    KernelPortal.Core.People.ReleasePeople? People = null);
