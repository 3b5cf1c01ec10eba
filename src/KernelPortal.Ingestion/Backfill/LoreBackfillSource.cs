using System.Globalization;
using System.Runtime.CompilerServices;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Lore;
using KernelPortal.Ingestion.Mail;
using KernelPortal.Ingestion.Sources;

namespace KernelPortal.Ingestion.Backfill;

/// <summary>
/// Searches lore once per release whose rc dates are missing (<c>s:"Linux X.Y-rc" f:torvalds</c> by default) and
/// yields the rc announcements found, waiting <see cref="LoreOptions.BackfillPace"/> between searches so that a
/// history of a hundred releases does not hammer the archive. Mails already stored are not fetched again, and
/// releases whose rcs all have dates are not searched: a stopped backfill resumes where it was.
/// </summary>
public sealed class LoreBackfillSource(HttpClient http, LoreOptions options, IReadOnlyList<KernelVersion> releases, Func<string, bool> isKnown, TimeProvider clock) : IAnnouncementSource
{
    public string Name => "lore backfill";

    public async IAsyncEnumerable<MailParseResult> ReadAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        for (var i = 0; i < releases.Count; i++)
        {
            if (i > 0 && options.BackfillPace > TimeSpan.Zero)
            {
                await Task.Delay(options.BackfillPace, clock, cancellationToken);
            }

            var query = string.Format(CultureInfo.InvariantCulture, options.BackfillQuery, releases[i]);
            var search = new LoreAtomSource(http, new LoreOptions { BaseUrl = options.BaseUrl, Query = query, MaxEntries = options.BackfillMaxEntries }, isKnown);
            await foreach (var result in search.ReadAsync(cancellationToken))
            {
                yield return result;
            }
        }
    }
}
