namespace KernelPortal.Ingestion.KernelOrg;

/// <summary>One entry of kernel.org's <c>releases.json</c>.</summary>
public sealed record KernelOrgRelease(string Moniker, string Version, DateOnly? ReleasedOn, bool IsEndOfLife);
