using System.Globalization;
using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;
using KernelPortal.Ingestion.Git;

namespace KernelPortal.Ingestion.Backfill;

/// <summary>
/// The days of a mirror's rc tags (<c>vX.Y-rcN</c>): the tagger's date for an annotated tag, the commit's for a
/// lightweight one, each in the tagger's own time zone — Linus' calendar day, as releases are dated.
/// </summary>
public static partial class GitTagDates
{
    public static async Task<IReadOnlyDictionary<(KernelVersion Release, int Rc), DateOnly>> ReadAsync(GitRunner git, CancellationToken cancellationToken)
    {
        var listing = await git.RunAsync(["for-each-ref", "--format=%(refname:short)%09%(creatordate:iso-strict)", "refs/tags"], cancellationToken);
        var dates = new Dictionary<(KernelVersion, int), DateOnly>();
        foreach (var line in listing.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var parts = line.Split('\t');
            if (parts.Length == 2 && RcTag().IsMatch(parts[0]) && KernelVersion.TryParse(parts[0], out var version) && version.Rc is { } rc
                && DateTimeOffset.TryParse(parts[1], CultureInfo.InvariantCulture, DateTimeStyles.None, out var when))
            {
                dates[(version.Release, rc)] = DateOnly.FromDateTime(when.DateTime);
            }
        }

        return dates;
    }

    [GeneratedRegex(@"^v\d+\.\d+(\.\d+)?-rc\d+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RcTag();
}
