namespace KernelPortal.Core.Releases;

/// <summary>
/// One row of kernel.org's current release table (mainline, stable, longterm, linux-next), replaced on every
/// fetch. It feeds the status box and cross-checks the timeline built from announcements.
/// </summary>
public class UpstreamRelease
{
    public const int MonikerMaxLength = 32;
    public const int VersionMaxLength = 64;

    public int Id { get; private set; }

    /// <summary>"mainline", "stable", "longterm" or "linux-next".</summary>
    public required string Moniker { get; set; }

    /// <summary>As kernel.org writes it: "6.18-rc3", "6.12.58", "next-20261126".</summary>
    public required string Version { get; set; }

    public DateOnly? ReleasedOn { get; set; }

    public bool IsEndOfLife { get; set; }

    public DateTimeOffset FetchedAt { get; set; }
}
