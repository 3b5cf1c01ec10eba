namespace KernelPortal.Core.People;

/// <summary>
/// Who made a release: the figures of LWN's "development statistics", computed from the non-merge commits A..B.
/// Property names are the JSON contract of <c>kportal stats --json</c> ("people") and of /api/releases/{v}/people.
/// </summary>
/// <param name="Commits">Non-merge commits A..B: the total that shares and employers' changesets refer to.</param>
/// <param name="Lines">Changed lines (insertions + deletions, binary files 0) of those commits; null where the source has no line counts (GitHub).</param>
/// <param name="Developers">Distinct authors (by e-mail after the .mailmap, case-insensitively).</param>
/// <param name="FirstTime">Authors with a commit in A..B and none reachable from A; null where the source has no history (GitHub).</param>
/// <param name="TopAuthors">The 20 authors with the most changesets; share of all changesets.</param>
/// <param name="TopAuthorsByLines">The 20 authors with the most changed lines; share of all changed lines.</param>
/// <param name="TopReviewers">The 20 most frequent <c>Reviewed-by:</c> e-mails.</param>
/// <param name="TopTesters">The 20 most frequent <c>Tested-by:</c> e-mails.</param>
/// <param name="TopReporters">The 20 most frequent <c>Reported-by:</c> e-mails.</param>
/// <param name="SignoffsByNonAuthors">The 20 committers who committed the most of others' commits (committer ≠ author).</param>
/// <param name="Employers">Every employer with its authors' changesets and lines; the changesets add up to <paramref name="Commits"/>.</param>
/// <param name="Unavailable">The figures the source could not give (camelCase names), null when it gave all.</param>
/// <param name="AllAuthors">Every author (not only the top 20), for recomputing employers when an editor's rule changes;
/// stored in a column of its own and left out of the JSON contract.</param>
public sealed record ReleasePeople(
    int Commits,
    long? Lines,
    int Developers,
    int? FirstTime,
    IReadOnlyList<AuthorFigures> TopAuthors,
    IReadOnlyList<AuthorFigures> TopAuthorsByLines,
    IReadOnlyList<PersonCount> TopReviewers,
    IReadOnlyList<PersonCount> TopTesters,
    IReadOnlyList<PersonCount> TopReporters,
    IReadOnlyList<PersonCount> SignoffsByNonAuthors,
    IReadOnlyList<EmployerFigures> Employers,
    IReadOnlyList<string>? Unavailable = null,
    [property: System.Text.Json.Serialization.JsonIgnore] IReadOnlyList<AuthorFigures>? AllAuthors = null)
{
    /// <summary>How many of the top authors a list holds.</summary>
    public const int TopCount = 20;

    /// <summary>LWN's concentration figure: the share of all changesets by the <paramref name="top"/> most active authors.</summary>
    public double ConcentrationOfTop(int top) =>
        Commits == 0 ? 0 : (double)TopAuthors.Take(top).Sum(a => a.Changesets) / Commits;
}

/// <summary>An author's changesets and changed lines; <paramref name="Share"/> is a fraction (0–1) of the list's total.</summary>
/// <param name="Name">The author's name after the .mailmap.</param>
/// <param name="Email">The author's e-mail after the .mailmap, as written.</param>
/// <param name="Changesets">Non-merge commits.</param>
/// <param name="Lines">Insertions plus deletions.</param>
/// <param name="Share">Of all changesets (by-changesets list) or of all lines (by-lines list).</param>
public sealed record AuthorFigures(string Name, string Email, int Changesets, long Lines, double Share);

/// <summary>A person and how often they appear (as reviewer, tester, reporter or committer of others' work).</summary>
/// <param name="Name">The name as most often written.</param>
/// <param name="Email">The e-mail as first written; empty when the trailer has none.</param>
/// <param name="Count">Commits.</param>
public sealed record PersonCount(string Name, string Email, int Count);

/// <summary>An employer's changesets and lines; <paramref name="Share"/> is the fraction of all changesets.</summary>
/// <param name="Name">The employer, or <see cref="EmployerMap.Unknown"/>.</param>
/// <param name="Changesets">Non-merge commits by its authors.</param>
/// <param name="Lines">Their insertions plus deletions.</param>
/// <param name="Share">Fraction of all changesets.</param>
public sealed record EmployerFigures(string Name, int Changesets, long Lines, double Share);
