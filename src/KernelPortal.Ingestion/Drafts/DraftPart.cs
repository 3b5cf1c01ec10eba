namespace KernelPortal.Ingestion.Drafts;

/// <summary>One part of a "Was X bringt" series: a feature area with its merges, ranked items, trivia and config options.</summary>
/// <param name="Number">Part number in the series.</param>
/// <param name="Area">The feature area's slug.</param>
/// <param name="AreaName">Its German name.</param>
/// <param name="Title">"Was 4.0 bringt (2): Netzwerk".</param>
/// <param name="Lead">The generated German lead paragraph (<see cref="DraftLead"/>).</param>
/// <param name="Merges">The merges whose home is this area; every merge of the window is in exactly one part.</param>
/// <param name="Items">The area's feature items, most significant first.</param>
/// <param name="Trivia">Cleanups and minor fixes ("Kleinkram"), most significant first.</param>
/// <param name="NewOptions">Config symbols new in the window whose Kconfig file is in this area.</param>
/// <param name="RemovedOptions">Config symbols removed in the window whose Kconfig file was in this area.</param>
public sealed record DraftPart(
    int Number,
    string Area,
    string AreaName,
    string Title,
    string Lead,
    IReadOnlyList<DraftMerge> Merges,
    IReadOnlyList<DraftItem> Items,
    IReadOnlyList<DraftItem> Trivia,
    IReadOnlyList<DraftOption> NewOptions,
    IReadOnlyList<DraftOption> RemovedOptions)
{
    public IEnumerable<DraftItem> AllItems => Items.Concat(Trivia);
}

/// <summary>A config symbol new or removed in the window, placed in the area of its Kconfig file.</summary>
/// <param name="Symbol">"E1000E", without CONFIG_.</param>
/// <param name="Prompt">Its prompt, if it has one.</param>
/// <param name="Help">The first sentence of its help.</param>
/// <param name="File">The Kconfig file that defines it.</param>
/// <param name="Area">The area of that file ("sonstiges" when none matches).</param>
/// <param name="Merge">The first merge of the window that changed its Kconfig file (its provenance); null when none did.</param>
public sealed record DraftOption(string Symbol, string? Prompt, string? Help, string File, string Area, string? Merge)
{
    public static DraftOption Of(KconfigSymbol symbol, string area, IEnumerable<MergeCommit> merges) =>
        new(symbol.Symbol, symbol.Prompt, symbol.Help, symbol.File, area, merges.FirstOrDefault(m => m.Files.Any(f => f.Path == symbol.File))?.CommitId);
}
