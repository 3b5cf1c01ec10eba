namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>What a release mail gives a backtest: the next merge window's length it planned, if it did.</summary>
/// <param name="Release">The release the mail announced.</param>
/// <param name="MergeWindowDays">The days to the next rc1 it planned ("the merge window will be three weeks": 21); null when it said nothing.</param>
public sealed record ReleaseMailEvidence(KernelVersion Release, int? MergeWindowDays);
