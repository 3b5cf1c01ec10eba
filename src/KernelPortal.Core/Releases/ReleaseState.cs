namespace KernelPortal.Core.Releases;

/// <summary>Where a release is in its cycle: merge window → release candidates → released.</summary>
public enum ReleaseState
{
    /// <summary>The previous release is out and maintainers' pull requests are being merged; no rc yet.</summary>
    MergeWindow,

    /// <summary>rc1 closed the merge window; one rc a week until the release.</summary>
    ReleaseCandidates,

    /// <summary>The final release is out.</summary>
    Released,
}
