namespace KernelPortal.Core.People;

/// <summary>
/// Computes <see cref="ReleasePeople"/> from the commits A..B and the authors reachable from A. Identities are
/// compared by e-mail, case-insensitively; a person's name is the one written most often (ties: the first seen). Lists
/// are sorted by their count, ties by e-mail (employers by name).
/// </summary>
public static class PeopleCounter
{
    public static ReleasePeople Count(IReadOnlyCollection<PeopleCommit> commits, IReadOnlySet<string> earlierAuthorEmails, EmployerMap employers)
    {
        var authors = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var committers = new Dictionary<string, Tally>(StringComparer.Ordinal);
        var trailers = Enum.GetValues<TrailerKind>().ToDictionary(k => k, _ => new Dictionary<string, Tally>(StringComparer.Ordinal));
        var byEmployer = new Dictionary<string, (int Changesets, long Lines)>(StringComparer.Ordinal);
        long lines = 0;
        foreach (var commit in commits)
        {
            var author = authors.Get(commit.AuthorEmail.ToLowerInvariant());
            author.Add(commit.AuthorName, commit.AuthorEmail, commit.Lines);
            lines += commit.Lines;

            var employer = employers.For(commit.AuthorEmail);
            var (changesets, employerLines) = byEmployer.GetValueOrDefault(employer);
            byEmployer[employer] = (changesets + 1, employerLines + commit.Lines);

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
        return new ReleasePeople(
            total,
            lines,
            authors.Count,
            authors.Keys.Count(email => !earlierAuthorEmails.Contains(email)),
            [.. authors.Values.OrderByDescending(a => a.Count).ThenBy(a => a.Email, StringComparer.OrdinalIgnoreCase).Take(ReleasePeople.TopCount)
                .Select(a => new AuthorFigures(a.Name, a.Email, a.Count, a.Lines, Share(a.Count, total)))],
            [.. authors.Values.OrderByDescending(a => a.Lines).ThenBy(a => a.Email, StringComparer.OrdinalIgnoreCase).Take(ReleasePeople.TopCount)
                .Select(a => new AuthorFigures(a.Name, a.Email, a.Count, a.Lines, Share(a.Lines, lines)))],
            Top(trailers[TrailerKind.ReviewedBy]),
            Top(trailers[TrailerKind.TestedBy]),
            Top(trailers[TrailerKind.ReportedBy]),
            Top(committers),
            [.. byEmployer.OrderByDescending(e => e.Value.Changesets).ThenBy(e => e.Key, StringComparer.Ordinal)
                .Select(e => new EmployerFigures(e.Key, e.Value.Changesets, e.Value.Lines, Share(e.Value.Changesets, total)))]);
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
