namespace KernelPortal.Ingestion.Mail;

/// <summary>The closing line of a diffstat: "12345 files changed, 678 insertions(+), 90 deletions(-)".</summary>
public sealed record DiffstatSummary(int FilesChanged, long Insertions, long Deletions);
