namespace KernelPortal.Core.People;

/// <summary>
/// Computes <see cref="ReleasePeople"/> from the commits A..B and the authors reachable from A. Identities are
/// compared by e-mail, case-insensitively; a person's name is the one written most often (ties: the first seen). Lists
/// are sorted by their count, ties by e-mail (employers by name).
/// </summary>
public static class PeopleCounter
{
    /// <param name="commits">The non-merge commits A..B.</param>
    /// <param name="earlierAuthorEmails">Lower-case author e-mails reachable from A; null when the source cannot tell (no first-timers then).</param>
    /// <param name="employers">The employer map with the editors' rules.</param>
    /// <param name="linesKnown">False when the source has no line counts (no lines, no by-lines list then).</param>
    public static ReleasePeople Count(IReadOnlyCollection<PeopleCommit> commits, IReadOnlySet<string>? earlierAuthorEmails, EmployerMap employers, bool linesKnown = true)
    {
        var authors = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var committers = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var trailers = Enum.GetValues<TrailerKind>().ToDictionary(k => k, _ => new Dictionary<string, Tally>(StringComparer.Ordinal));
        long lines = 0;
        foreach (var commit in commits)
        {
            var author = authors.Get(commit.AuthorEmail.ToLowerInvariant());
            author.Add(commit.AuthorName, commit.AuthorEmail, commit.Lines);
            lines += commit.Lines;

            if (!string.Equals(commit.CommitterEmail, commit.AuthorEmail, StringComparison.OrdinalIgnoreCase))
            {
                committers.Get(commit.CommitterEmail.ToLowerInvariant()).Add(commit.CommitterName, commit.CommitterEmail, 0);
            }

            // A person named twice in one commit's trailers of one kind counts once for it.
            foreach (var trailer in commit.Trailers.DistinctBy(t => (t.Kind, t.Key)))
            {
                trailers[trailer.Kind].Get(trailer.Key).Add(trailer.Name, trailer.Email, 0);
            }
        }

        var total = commits.Count;
        List<AuthorFigures> all = [.. authors.Values.OrderByDescending(a => a.Count).ThenBy(a => a.Email, StringComparer.OrdinalIgnoreCase)
            .Select(a => new AuthorFigures(a.Name, a.Email, a.Count, a.Lines, Share(a.Count, total)))];
        return new ReleasePeople(
            total,
            linesKnown ? lines : null,
            authors.Count,
            earlierAuthorEmails is null ? null : authors.Keys.Count(email => !earlierAuthorEmails.Contains(email)),
            [.. all.Take(ReleasePeople.TopCount)],
            linesKnown
                ? [.. authors.Values.OrderByDescending(a => a.Lines).ThenBy(a => a.Email, StringComparer.OrdinalIgnoreCase).Take(ReleasePeople.TopCount)
                    .Select(a => new AuthorFigures(a.Name, a.Email, a.Count, a.Lines, Share(a.Lines, lines)))]
                : [],
            Top(trailers[TrailerKind.ReviewedBy]),
            Top(trailers[TrailerKind.TestedBy]),
            Top(trailers[TrailerKind.ReportedBy]),
            Top(committers),
            EmployersOf(all, total, employers),
            Unavailable(earlierAuthorEmails is null, !linesKnown),
            all);
    }

    /// <summary>
    /// Changesets and lines per employer, from every author's totals (an author's commits all go to the employer of
    /// their address): at counting time, and again when an editor's rule changes an address's employer.
    /// </summary>
    public static List<EmployerFigures> EmployersOf(IEnumerable<AuthorFigures> authors, int commits, EmployerMap employers)
    {
        var byEmployer = new Dictionary<string, (int Changesets, long Lines)>(StringComparer.Ordinal);
        foreach (var author in authors)
        {
            var employer = employers.For(author.Email);
            var (changesets, lines) = byEmployer.GetValueOrDefault(employer);
            byEmployer[employer] = (changesets + author.Changesets, lines + author.Lines);
        }

        return [.. byEmployer.OrderByDescending(e => e.Value.Changesets).ThenBy(e => e.Key, StringComparer.Ordinal)
            .Select(e => new EmployerFigures(e.Key, e.Value.Changesets, e.Value.Lines, Share(e.Value.Changesets, commits)))];
    }

    private static List<string>? Unavailable(bool noHistory, bool noLines)
    {
        List<string> missing = [.. noHistory ? new[] { "firstTime" } : [], .. noLines ? new[] { "lines", "topAuthorsByLines" } : []];
        return missing.Count == 0 ? null : missing;
    }

    private static double Share(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static List<PersonCount> Top(Dictionary<string, Tally> people) =>
        [.. people.Values.OrderByDescending(p => p.Count).ThenBy(p => p.Email, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Name, StringComparer.Ordinal)
            .Take(ReleasePeople.TopCount).Select(p => new PersonCount(p.Name, p.Email, p.Count))];

    private static Tally Get(this Dictionary<string, Tally> tallies, string key)
    {
        if (!tallies.TryGetValue(key, out var tally))
        {
            tally = new Tally();
            tallies.Add(key, tally);
        }

        return tally;
    }

    /// <summary>One person's count, lines and the names they appeared under.</summary>
    private sealed class Tally
    {
        private readonly Dictionary<string, int> _names = new(StringComparer.Ordinal);
        private string _mostWritten = string.Empty;

        public int Count { get; private set; }

        public long Lines { get; private set; }

        public string Email { get; private set; } = string.Empty;

        public string Name => _mostWritten;

        public void Add(string name, string email, long lines)
        {
            if (Count == 0)
            {
                Email = email;
            }

            Count++;
            Lines += lines;
            var seen = _names[name] = _names.GetValueOrDefault(name) + 1;
            if (_mostWritten.Length == 0 || seen > _names[_mostWritten])
            {
                _mostWritten = name;
            }
        }
    }
}
