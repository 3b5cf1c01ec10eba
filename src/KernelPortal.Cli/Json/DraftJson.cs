using KernelPortal.Ingestion.Drafts;

namespace KernelPortal.Cli.Json;

/// <summary>
/// The shape of <c>kportal draft --json</c> (docs/cli.md). Scripts rely on it: fields may be added, never renamed
/// or removed.
/// </summary>
internal static class DraftJson
{
    public static object Of(DraftSeries series) => new
    {
        release = series.Release,
        title = series.Title,
        merges = series.MergeCount,
        parts = series.Parts.Select(p => new
        {
            number = p.Number,
            area = p.Area,
            title = p.Title,
            lead = p.Lead,
            counts = new { merges = p.Merges.Count, items = p.Items.Count + p.Trivia.Count, trivia = p.Trivia.Count, newOptions = p.NewOptions.Count, removedOptions = p.RemovedOptions.Count },
            items = p.AllItems.Select(Item),
            merges = p.Merges.Select(m => new
            {
                commitId = m.CommitId,
                subject = m.Subject,
                puller = m.Puller,
                linesChanged = m.LinesChanged,
                commits = m.Commits,
            }),
            newOptions = p.NewOptions.Select(Option),
            removedOptions = p.RemovedOptions.Select(Option),
        }),
        newOptions = series.NewOptions.Select(Option),
        removedOptions = series.RemovedOptions.Select(Option),
    };

    private static object Item(DraftItem item) => new
    {
        text = item.Text,
        context = item.Context,
        children = item.Children.Select(Child),
        area = item.Area,
        score = item.Score,
        trivia = item.IsTrivia,
        merge = item.Merge,
        commits = item.Commits,
        sourceLines = item.FirstLine == 0 ? null : new[] { item.FirstLine, item.LastLine },
        linesChanged = item.LinesChanged,
        newFiles = item.NewFiles,
        newOptions = item.NewOptions,
    };

    private static object Child(PullItem child) => new { text = child.Text, sourceLines = new[] { child.FirstLine, child.LastLine }, children = child.Children.Select(Child) };

    private static object Option(DraftOption option) => new
    {
        symbol = option.Symbol,
        prompt = option.Prompt,
        help = option.Help,
        file = option.File,
        area = option.Area,
        merge = option.Merge,
    };
}
