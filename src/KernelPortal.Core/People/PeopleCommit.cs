namespace KernelPortal.Core.People;

/// <summary>What the people figures need of one non-merge commit; identities after the .mailmap.</summary>
/// <param name="AuthorName">%aN.</param>
/// <param name="AuthorEmail">%aE.</param>
/// <param name="CommitterName">%cN.</param>
/// <param name="CommitterEmail">%cE.</param>
/// <param name="Lines">Insertions plus deletions; binary files count 0.</param>
/// <param name="Trailers">The commit's Reviewed-by, Tested-by and Reported-by trailers.</param>
public sealed record PeopleCommit(string AuthorName, string AuthorEmail, string CommitterName, string CommitterEmail, long Lines, IReadOnlyList<Trailer> Trailers);

/// <summary>The trailers the figures count.</summary>
public enum TrailerKind
{
    ReviewedBy,
    TestedBy,
    ReportedBy,
}

/// <summary>One trailer: its kind and the person it names, "Name &lt;e-mail&gt;" split.</summary>
/// <param name="Kind">Reviewed-by, Tested-by or Reported-by.</param>
/// <param name="Name">The name before the address, or the whole value if it has no address.</param>
/// <param name="Email">The address between angle brackets (or the value if it is a bare address); empty if none.</param>
public sealed record Trailer(TrailerKind Kind, string Name, string Email)
{
    /// <summary>Reads "Reviewed-by: Name &lt;mail&gt;" as git prints it (key in any case); null for other keys.</summary>
    public static Trailer? Parse(string line)
    {
        var colon = line.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            return null;
        }

        TrailerKind? kind = line[..colon].Trim().ToLowerInvariant() switch
        {
            "reviewed-by" => TrailerKind.ReviewedBy,
            "tested-by" => TrailerKind.TestedBy,
            "reported-by" => TrailerKind.ReportedBy,
            _ => null,
        };
        if (kind is null)
        {
            return null;
        }

        var value = line[(colon + 1)..].Trim();
        var open = value.LastIndexOf('<');
        var close = value.LastIndexOf('>');
        if (open >= 0 && close > open)
        {
            var name = value[..open].Trim().Trim('"');
            var email = value[(open + 1)..close].Trim();
            return new Trailer(kind.Value, name.Length > 0 ? name : email, email);
        }

        return value.Contains('@', StringComparison.Ordinal) ? new Trailer(kind.Value, value, value) : new Trailer(kind.Value, value, string.Empty);
    }

    /// <summary>Who the trailer counts for: the e-mail, case-insensitively; the name where there is no e-mail.</summary>
    public string Key => (Email.Length > 0 ? Email : Name).ToLowerInvariant();
}
