namespace KernelPortal.Core.Releases;

/// <summary>What applying one announcement did to the timeline.</summary>
/// <param name="Target">The release the announcement belongs to (created or renamed if needed).</param>
/// <param name="Added">Releases that did not exist before (the target and/or a provisional successor).</param>
/// <param name="Renamed">The old number, when a provisional release got its real one (3.20 → 4.0).</param>
public sealed record TimelineChange(Release Target, IReadOnlyList<Release> Added, KernelVersion? Renamed);
