using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Operations;
using KernelPortal.Ingestion.Mail;
using KernelPortal.Ingestion.Sources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace KernelPortal.Ingestion;

/// <summary>
/// One ingestion pass: read each source, store what is new, record the pass as an <see cref="IngestionRun"/>.
/// A failing source or mail is logged and recorded and never stops the pass; only cancellation does.
/// The caller holds the <see cref="IngestionLock"/>.
/// </summary>
public sealed class IngestionRunner(
    IDbContextFactory<PortalDbContext> contexts,
    AnnouncementIngestor ingestor,
    TimeProvider clock,
    ILogger<IngestionRunner> logger,
    IContentChangeNotifier? changes = null)
{
    private static readonly TimeSpan ProgressInterval = TimeSpan.FromMilliseconds(500);

    private DateTimeOffset _progressWrittenAt = DateTimeOffset.MinValue;

    public Task<IngestionRun> RunAsync(IReadOnlyList<IAnnouncementSource> sources, string trigger, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken) =>
        RunAsync(sources, [], trigger, progress, cancellationToken);

    /// <summary>Reads the mail sources, then runs the steps, all recorded on one run.</summary>
    public async Task<IngestionRun> RunAsync(IReadOnlyList<IAnnouncementSource> sources, IReadOnlyList<IIngestionStep> steps, string trigger, IProgress<IngestionProgress>? progress, CancellationToken cancellationToken)
    {
        var run = new IngestionRun { Trigger = trigger, StartedAt = clock.GetUtcNow() };
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.IngestionRuns.Add(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        foreach (var source in sources)
        {
            await RecordProgressAsync(run, $"{source.Name}: reading", force: true, cancellationToken);
            try
            {
                await foreach (var result in source.ReadAsync(cancellationToken))
                {
                    run.ItemsSeen++;
                    var (outcome, detail) = await IngestOneAsync(result, cancellationToken);
                    if (outcome == MailIngestOutcome.New)
                    {
                        run.ItemsNew++;
                    }
                    else if (outcome == MailIngestOutcome.Failed)
                    {
                        run.AddError($"{result.Source}: {detail}");
                    }

                    progress?.Report(new IngestionProgress(source.Name, result.Source, outcome, detail));
                    await RecordProgressAsync(run, $"{source.Name}: {run.ItemsSeen} read, {run.ItemsNew} new, {run.ItemsFailed} failed", force: false, cancellationToken);
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.SourceFailed(ex, source.Name);
                run.AddError($"{source.Name}: {ex.Message}");
            }
        }

        foreach (var step in steps)
        {
            await RecordProgressAsync(run, $"{step.Name}: running", force: true, cancellationToken);
            try
            {
                await step.ExecuteAsync(run, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.SourceFailed(ex, step.Name);
                run.AddError($"{step.Name}: {ex.Message}");
            }
        }

        run.Progress = null;
        run.Finish(clock.GetUtcNow());
        await using (var db = await contexts.CreateDbContextAsync(cancellationToken))
        {
            db.IngestionRuns.Update(run);
            await db.SaveChangesAsync(cancellationToken);
        }

        logger.RunFinished(run.Id, run.Trigger, run.Outcome, run.ItemsSeen, run.ItemsNew, run.ItemsFailed);
        if (run.ItemsNew > 0 && changes is not null)
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return run;
    }

    // The CMS shows a running pass live by reading its row, which works from any instance; writes are throttled so a
    // source with thousands of items does not write thousands of times.
    private async Task RecordProgressAsync(IngestionRun run, string text, bool force, CancellationToken cancellationToken)
    {
        // Forced writes (a source or step starting) do not count against the interval, so the first item's count
        // always shows.
        var now = clock.GetUtcNow();
        if (!force)
        {
            if (now - _progressWrittenAt < ProgressInterval)
            {
                return;
            }

            _progressWrittenAt = now;
        }

        run.Progress = text.Length <= IngestionRun.ProgressMaxLength ? text : text[..IngestionRun.ProgressMaxLength];
        try
        {
            await using var db = await contexts.CreateDbContextAsync(cancellationToken);
            await db.IngestionRuns.Where(r => r.Id == run.Id)
                .ExecuteUpdateAsync(set => set.SetProperty(r => r.Progress, run.Progress).SetProperty(r => r.ItemsSeen, run.ItemsSeen).SetProperty(r => r.ItemsNew, run.ItemsNew).SetProperty(r => r.ItemsFailed, run.ItemsFailed), cancellationToken);
        }
        catch (Exception ex) when (DatabaseOutage.IsOutage(ex))
        {
            // Progress is for watching; the next write or the end of the pass brings the row up to date.
            logger.ProgressNotWritten(ex.GetBaseException().Message);
        }
    }

    private async Task<(MailIngestOutcome, string?)> IngestOneAsync(MailParseResult result, CancellationToken cancellationToken)
    {
        if (result.PassedOver is { } reason)
        {
            return (MailIngestOutcome.NotAnnouncement, reason);
        }

        if (result.Mail is not { } mail)
        {
            return (MailIngestOutcome.Failed, result.Error);
        }

        try
        {
            // A restart of PostgreSQL mid-pass is waited out by the context's retrying execution strategy
            // (PortalDatabase); each mail is its own SaveChanges, keyed by Message-ID, so a retry stores nothing twice.
            var outcome = await ingestor.IngestAsync(mail, cancellationToken);
            return (outcome, outcome == MailIngestOutcome.NotAnnouncement ? mail.NotAnnouncementReason : $"Linux {mail.Version}");
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or ArgumentException or Npgsql.NpgsqlException)
        {
            logger.ItemFailed(ex, result.Source);
            return (MailIngestOutcome.Failed, ex.GetBaseException().Message);
        }
    }
}
