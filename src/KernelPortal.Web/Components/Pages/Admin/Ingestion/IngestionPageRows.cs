using KernelPortal.Core.Editorial;
using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;

namespace KernelPortal.Web.Components.Pages.Admin.Ingestion;

/// <summary>An ingestion pass as the runs page shows it.</summary>
public sealed record IngestionRunRow(
    long Id, string Trigger, DateTimeOffset StartedAt, DateTimeOffset? FinishedAt, IngestionOutcome Outcome, int ItemsSeen, int ItemsNew, int ItemsFailed,
    string? Progress, IReadOnlyList<string> Errors, IReadOnlyList<string> Warnings)
{
    public static IngestionRunRow From(IngestionRun run) => new(
        run.Id, run.Trigger, run.StartedAt, run.FinishedAt, run.Outcome, run.ItemsSeen, run.ItemsNew, run.ItemsFailed, run.Progress, [.. run.Errors], [.. run.Warnings]);
}

/// <summary>
/// What the runs page loads: the passes, and whether the release data is stale with the last good and bad pass. Plain
/// values: the prerender's load travels into the circuit as persistent component state, so the table does not go empty
/// as the circuit starts (see <see cref="Articles.ArticleListSnapshot"/>).
/// </summary>
public sealed record IngestionPageRows(IReadOnlyList<IngestionRunRow> Runs, StaleData? Stale, IngestionRunRow? LastSuccess, IngestionRunRow? LastFailure)
{
    public static IngestionPageRows From(IngestionOverview overview) => new(
        [.. overview.Runs.Select(IngestionRunRow.From)],
        overview.Stale,
        overview.LastSuccess is { } success ? IngestionRunRow.From(success) : null,
        overview.LastFailure is { } failure ? IngestionRunRow.From(failure) : null);
}
