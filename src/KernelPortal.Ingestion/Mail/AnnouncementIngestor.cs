using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Stores one announcement and advances the release timeline, in one transaction per mail, idempotently
/// by Message-ID: the same mail twice, or from two instances at once, is stored once.
/// </summary>
public sealed class AnnouncementIngestor(IDbContextFactory<PortalDbContext> contexts)
{
    public async Task<MailIngestOutcome> IngestAsync(ParsedMail mail, CancellationToken cancellationToken)
    {
        if (!mail.IsAnnouncement || mail.Version is not { } version)
        {
            return MailIngestOutcome.NotAnnouncement;
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Announcements.AnyAsync(a => a.MessageId == mail.MessageId, cancellationToken))
        {
            return MailIngestOutcome.Duplicate;
        }

        // The whole timeline is a few hundred rows; applying the rules in memory keeps them in one tested place.
        var releases = await db.Releases.Include(r => r.Candidates).ToListAsync(cancellationToken);
        var change = new ReleaseTimeline(releases).Apply(version, mail.LocalDate);
        var announcement = new Announcement(
            mail.MessageId,
            mail.Subject,
            mail.From,
            mail.Date,
            mail.Body,
            mail.Raw,
            version.IsReleaseCandidate ? AnnouncementKind.ReleaseCandidate : AnnouncementKind.Release,
            version)
        {
            ShortlogCommits = mail.Content.ShortlogCommits,
            Release = change.Target,
        };
        AnnouncementHint.Apply(announcement, mail.Hint);
        if (version.Rc is { } rc && change.Target.Candidates.Find(c => c.Number == rc) is { Announcement: null, AnnouncementId: null } candidate)
        {
            candidate.Announcement = announcement;
        }

        db.Announcements.Add(announcement);
        db.Releases.AddRange(change.Added);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return MailIngestOutcome.New;
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation, ConstraintName: "ix_announcements_message_id" })
        {
            // Another writer stored the same mail between our check and our insert.
            return MailIngestOutcome.Duplicate;
        }
    }
}
