using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.People;

/// <summary>A release's people figures with where and when they were computed: what the page, the API and the CSV show.</summary>
/// <param name="VersionText">The release, e.g. "4.0".</param>
/// <param name="FromVersion">The previous release the range starts at.</param>
/// <param name="ComputedAt">When the git mirror step computed them.</param>
/// <param name="Note">The provenance note ("git mirror, v3.19..v4.0").</param>
/// <param name="People">The figures.</param>
public sealed record ReleasePeopleView(string VersionText, string? FromVersion, DateTimeOffset ComputedAt, string? Note, ReleasePeople People);

/// <summary>What a release's overview page says about its people.</summary>
/// <param name="Developers">Distinct authors of non-merge commits.</param>
/// <param name="FirstTime">Of those, how many had their first commit in this cycle.</param>
/// <param name="ComputedAt">When git computed them.</param>
public sealed record ReleasePeopleSummary(int Developers, int? FirstTime, DateTimeOffset ComputedAt);

/// <summary>The one read of people figures, for every page and endpoint that shows them.</summary>
public sealed class ReleasePeopleQuery(PortalDbContext db)
{
    /// <summary>The figures of one release (version text as stored, e.g. "4.0"); null when none were computed.</summary>
    /// <remarks>The editors' address rules apply as the figures are read: employers are recomputed from every author's
    /// totals with the current rules, and hidden addresses are shown as <see cref="HiddenName"/>; the counts stay.</remarks>
    public async Task<ReleasePeopleView?> LoadAsync(string versionText, CancellationToken cancellationToken)
    {
        var row = await db.ReleaseStatistics.AsNoTracking()
            .Where(s => s.Release.VersionText == versionText && s.Source == StatisticsSource.GitMirror && s.People != null)
            .Select(s => new { View = new ReleasePeopleView(s.Release.VersionText, s.FromVersion, s.ComputedAt, s.Note, s.People!), s.PeopleAuthors })
            .SingleOrDefaultAsync(cancellationToken);
        if (row is null)
        {
            return null;
        }

        var rules = await RulesAsync(cancellationToken);
        return row.View with { People = rules.Apply(row.View.People, row.PeopleAuthors) };
    }

    /// <summary>An employer's share of the commits in each of the last <paramref name="count"/> releases with people figures, oldest first.</summary>
    /// <returns>The employer's name as the figures spell it (null when no release has it) and one point per release.</returns>
    public async Task<(string? Name, List<(string Version, EmployerFigures? Figures)> Releases)> EmployerHistoryAsync(string slug, int count, CancellationToken cancellationToken)
    {
        var rows = await db.ReleaseStatistics.AsNoTracking()
            .Where(s => s.Source == StatisticsSource.GitMirror && s.People != null)
            .OrderByDescending(s => s.Release.Major).ThenByDescending(s => s.Release.Minor).ThenByDescending(s => s.Release.Patch)
            .Take(count)
            .Select(s => new { s.Release.VersionText, s.People, s.PeopleAuthors })
            .ToListAsync(cancellationToken);
        var rules = await RulesAsync(cancellationToken);
        var points = rows.AsEnumerable().Reverse()
            .Select(r => (r.VersionText, rules.Apply(r.People!, r.PeopleAuthors).Employers.FirstOrDefault(e => SlugOf(e.Name) == slug)))
            .ToList();
        return (points.Select(p => p.Item2?.Name).FirstOrDefault(n => n is not null), points);
    }

    /// <summary>The address of an employer's page: lower-case letters and digits, hyphens between ("Red Hat" → "red-hat").</summary>
    public static string SlugOf(string employer) =>
        string.Join('-', new string([.. employer.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : ' ')]).Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private async Task<AddressRules> RulesAsync(CancellationToken cancellationToken)
    {
        var rules = await db.AddressRules.AsNoTracking().Select(r => new { r.Email, r.Employer, r.Hidden }).ToListAsync(cancellationToken);
        return new AddressRules(
            rules.Any(r => r.Employer != null) ? EmployerMap.Default.WithAddressRules(rules.Where(r => r.Employer != null).Select(r => new KeyValuePair<string, string>(r.Email, r.Employer!))) : null,
            rules.Where(r => r.Hidden).Select(r => r.Email).ToHashSet(StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The editors' rules as the reading applies them.</summary>
    private sealed record AddressRules(EmployerMap? Employers, HashSet<string> Hidden)
    {
        public ReleasePeople Apply(ReleasePeople people, List<AuthorFigures>? authors)
        {
            if (Employers is not null && authors is not null)
            {
                people = people with { Employers = PeopleCounter.EmployersOf(authors, people.Commits, Employers) };
            }

            return Hidden.Count == 0 ? people : Hide(people, Hidden);
        }
    }

    /// <summary>What pages, the API and the CSV show for a person an editor has hidden.</summary>
    public const string HiddenName = "(ausgeblendet)";

    private static ReleasePeople Hide(ReleasePeople people, HashSet<string> hidden)
    {
        AuthorFigures Author(AuthorFigures a) => hidden.Contains(a.Email) ? a with { Name = HiddenName, Email = string.Empty } : a;
        PersonCount Person(PersonCount p) => hidden.Contains(p.Email) ? p with { Name = HiddenName, Email = string.Empty } : p;
        return people with
        {
            TopAuthors = [.. people.TopAuthors.Select(Author)],
            TopAuthorsByLines = [.. people.TopAuthorsByLines.Select(Author)],
            TopReviewers = [.. people.TopReviewers.Select(Person)],
            TopTesters = [.. people.TopTesters.Select(Person)],
            TopReporters = [.. people.TopReporters.Select(Person)],
            SignoffsByNonAuthors = [.. people.SignoffsByNonAuthors.Select(Person)],
        };
    }

    /// <summary>
    /// Developers and first-timers of every release that has people figures, oldest first: the history chart and each
    /// release's overview page read them from the release snapshot, which is built with this.
    /// </summary>
    public async Task<List<(string Version, ReleasePeopleSummary Summary)>> HistoryAsync(CancellationToken cancellationToken)
    {
        // The figures are a JSON document, read whole: projecting its members straight into the record failed at run time.
        var rows = await db.ReleaseStatistics.AsNoTracking()
            .Where(s => s.Source == StatisticsSource.GitMirror && s.People != null)
            .Select(s => new { s.Release.Major, s.Release.Minor, s.Release.Patch, s.Release.VersionText, s.People, s.ComputedAt })
            .ToListAsync(cancellationToken);
        return [.. rows.OrderBy(r => r.Major).ThenBy(r => r.Minor).ThenBy(r => r.Patch)
            .Select(r => (r.VersionText, new ReleasePeopleSummary(r.People!.Developers, r.People.FirstTime, r.ComputedAt)))];
    }
}
