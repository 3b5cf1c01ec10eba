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

    private async Task<(MailIngestOutcome, string?)> IngestOneAsync(MailParseResult result, CancellationToken cancellationToken)
    {
        if (result.Mail is not { } mail)
        {
            return (MailIngestOutcome.Failed, result.Error);
        }

        try
        {
            var outcome = await ingestor.IngestAsync(mail, cancellationToken);
            return (outcome, outcome == MailIngestOutcome.NotAnnouncement ? mail.NotAnnouncementReason : $"Linux {mail.Version}");
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException or ArgumentException)
        {
            logger.ItemFailed(ex, result.Source);
            return (MailIngestOutcome.Failed, ex.GetBaseException().Message);
        }
    }
}
