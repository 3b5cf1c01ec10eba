namespace KernelPortal.Ingestion.Drafts;

/// <summary>New and removed config symbols between two tags.</summary>
public sealed record KconfigChanges(IReadOnlyList<KconfigSymbol> Added, IReadOnlyList<KconfigSymbol> Removed)
{
    public static KconfigChanges None { get; } = new([], []);
}
