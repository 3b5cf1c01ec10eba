using System.Text;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Reads the stored announcements (rc and release mails) again with today's prose reader (<c>kportal announcement
/// reread</c>): each improvement of the reader, and each field it learns (such as <see cref="Announcement.ScheduleLeftOpen"/>
/// or a release mail's <see cref="Announcement.MergeWindowDays"/>), reaches the mails stored before it. Only the
/// schedule fields (the travel sentence, the next merge window) change; the mail, its release and the timeline stay.
/// </summary>
public sealed class AnnouncementRereader(IDbContextFactory<PortalDbContext> contexts, IContentChangeNotifier? changes = null)
{
    private const int BatchSize = 200;

    /// <summary>How many mails were read, how many changed, and those that no longer parse (left as they were).</summary>
    public sealed record Result(int Read, int Changed, IReadOnlyList<string> Unreadable);

    public async Task<Result> RunAsync(IProgress<string>? progress, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var ids = await db.Announcements.AsNoTracking()
            .OrderBy(a => a.Id)
            .Select(a => a.Id)
            .ToListAsync(cancellationToken);
        int read = 0, changed = 0;
        var unreadable = new List<string>();
        foreach (var batch in ids.Chunk(BatchSize))
        {
            foreach (var announcement in await db.Announcements.Where(a => batch.Contains(a.Id)).ToListAsync(cancellationToken))
            {
                read++;
                var parsed = AnnouncementParser.Parse(Encoding.UTF8.GetBytes(announcement.Raw), announcement.MessageId);
                if (parsed.Mail is not { } mail)
                {
                    unreadable.Add($"{announcement.MessageId}: {parsed.Error}");
                    continue;
                }

                changed += AnnouncementHint.Apply(announcement, mail.Hint) ? 1 : 0;
            }

            await db.SaveChangesAsync(cancellationToken);
            db.ChangeTracker.Clear();
            progress?.Report($"{read} of {ids.Count} mails read again, {changed} changed");
        }

        // A changed reading may change the forecast: the pages that show it are read again.
        if (changed > 0 && changes is not null)
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return new Result(read, changed, unreadable);
    }
}
