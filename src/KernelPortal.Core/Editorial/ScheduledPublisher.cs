using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Editorial;

/// <summary>
/// Publishes scheduled articles that are due, exactly once however many instances run it: each claims the due rows
/// with <c>FOR UPDATE SKIP LOCKED</c> in one transaction, so a row is published by whichever instance locked it and
/// is no longer "Scheduled" for the next. Overdue articles (the server was down) are caught up on the next call,
/// and each gets its scheduled time as published-at, not the time it was caught up.
/// </summary>
public sealed class ScheduledPublisher(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IContentChangeNotifier? changes = null)
{
    /// <summary>At most this many articles per call; the next call takes the rest.</summary>
    public const int BatchSize = 100;

    /// <summary>Publishes what is due now; returns the ids published by this call.</summary>
    public async Task<IReadOnlyList<int>> PublishDueAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var published = await db.InTransactionAsync(async ct =>
        {
            var due = await db.Articles
                .FromSql($"SELECT *, xmin FROM articles WHERE status = 'Scheduled' AND publish_at <= {now} ORDER BY publish_at LIMIT {BatchSize} FOR UPDATE SKIP LOCKED")
                .ToListAsync(ct);
            if (due.Count == 0)
            {
                return new List<int>();
            }

            var ids = due.Select(a => a.Id).ToList();
            var numbers = await RevisionNumbers.NextAsync(db, ids, ct);
            foreach (var article in due)
            {
                article.Status = ArticleStatus.Published;
                article.PublishedAt = article.PublishAt;
                article.PublishAt = null;
                db.ArticleRevisions.Add(ArticleRevision.Of(article, numbers[article.Id], null, Actor.Scheduler.Name, now));
            }

            await db.SaveChangesAsync(ct);
            return ids;
        }, cancellationToken);
        if (published.Count == 0)
        {
            return [];
        }

        if (changes is not null)
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return published;
    }

    /// <summary>When the next scheduled article is due, if any is.</summary>
    public async Task<DateTimeOffset?> NextDueAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.Where(a => a.Status == ArticleStatus.Scheduled).MinAsync(a => a.PublishAt, cancellationToken);
    }
}
