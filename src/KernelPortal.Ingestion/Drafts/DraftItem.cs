namespace KernelPortal.Ingestion.Drafts;

/// <summary>A feature item of a draft, with its own provenance.</summary>
/// <param name="Text">The item's words ("Add support for the Zynq UltraScale+ RFSoC").</param>
/// <param name="Context">Heading lines above it in the pull text ("xilinx"), or null.</param>
/// <param name="Children">Nested bullets, kept under the item.</param>
/// <param name="Area">The area of what the item touches where that is known, else the merge's area.</param>
/// <param name="Score">Significance (<see cref="Significance"/>); items are ranked by it within a part.</param>
/// <param name="IsTrivia">Cleanups, typos, minor fixes: listed under "Kleinkram" at the end of the part.</param>
/// <param name="Merge">The merge commit whose pull text holds the item.</param>
/// <param name="Commits">The merge's commits that touch what the item names (files, drivers, subsystems, config symbols).</param>
/// <param name="FirstLine">First line of the merge message body it came from (1-based); 0 for an item made from a merge without text.</param>
/// <param name="LastLine">Last line of the body it came from.</param>
/// <param name="LinesChanged">Lines changed by <paramref name="Commits"/>; without commits, the merge's lines shared evenly among its items.</param>
/// <param name="NewFiles">Files the item's commits create.</param>
/// <param name="NewOptions">New config symbols the item's commits define or its words name.</param>
public sealed record DraftItem(
    string Text,
    string? Context,
    IReadOnlyList<PullItem> Children,
    string Area,
    double Score,
    bool IsTrivia,
    string Merge,
    IReadOnlyList<string> Commits,
    int FirstLine,
    int LastLine,
    int LinesChanged,
    int NewFiles,
    IReadOnlyList<string> NewOptions);
