namespace KernelPortal.Ingestion.Git;

/// <summary>Computes release statistics between two tags: from a local git mirror or from GitHub.</summary>
public interface IReleaseStatsSource
{
    /// <summary>Statistics from <paramref name="fromTag"/> to <paramref name="toTag"/>; <see cref="GitException"/> for unknown tags.</summary>
    Task<ReleaseStats> ComputeAsync(string fromTag, string toTag, CancellationToken cancellationToken);
}
