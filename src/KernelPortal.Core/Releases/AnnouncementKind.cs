namespace KernelPortal.Core.Releases;

/// <summary>What an announcement mail announces.</summary>
public enum AnnouncementKind
{
    /// <summary>A final mainline release ("Linux 4.0").</summary>
    Release,

    /// <summary>A release candidate ("Linux 4.0-rc1").</summary>
    ReleaseCandidate,
}
