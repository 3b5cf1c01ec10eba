using KernelPortal.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Editorial;

/// <summary>Who has which article open, kept in PostgreSQL so every instance sees every editor.</summary>
public sealed class PresenceTracker(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock)
{
    /// <summary>How often an open editor reports in.</summary>
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(10);

    /// <summary>A session not heard from for this long counts as gone (three missed heartbeats).</summary>
    public static readonly TimeSpan Expiry = TimeSpan.FromSeconds(30);

    /// <summary>Records that <paramref name="sessionId"/> has the article open and returns the other people who do.</summary>
    public async Task<IReadOnlyList<string>> BeatAsync(int articleId, Guid sessionId, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var now = clock.GetUtcNow();
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync(
            $"""
            INSERT INTO article_presences (session_id, article_id, user_id, user_name, seen_at)
            VALUES ({sessionId}, {articleId}, {actor.UserId}, {actor.Name}, {now})
            ON CONFLICT (session_id) DO UPDATE SET article_id = excluded.article_id, seen_at = excluded.seen_at
            """,
            cancellationToken);
        var since = now - Expiry;
        await db.ArticlePresences.Where(p => p.SeenAt < since).ExecuteDeleteAsync(cancellationToken);
        return await db.ArticlePresences.AsNoTracking()
            .Where(p => p.ArticleId == articleId && p.SessionId != sessionId && p.SeenAt >= since && (actor.UserId == null || p.UserId != actor.UserId))
            .Select(p => p.UserName).Distinct().Order()
            .ToListAsync(cancellationToken);
    }

    /// <summary>Removes the session when its editor closes.</summary>
    public async Task LeaveAsync(Guid sessionId, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        await db.ArticlePresences.Where(p => p.SessionId == sessionId).ExecuteDeleteAsync(cancellationToken);
    }
}
