namespace KernelPortal.Core.People;

/// <summary>
/// An editor's rule for one e-mail address in the people statistics: the employer it stands for (winning over its
/// domain), and whether the pages hide the person (the counts stay as they are). Every change is a numbered
/// <see cref="AddressRuleRevision"/>, as with articles.
/// </summary>
public class AddressRule
{
    public const int EmailMaxLength = 254;
    public const int EmployerMaxLength = 100;

    public int Id { get; private set; }

    /// <summary>The address, lower-case (identities are compared case-insensitively).</summary>
    public string Email { get; set; } = string.Empty;

    /// <summary>The employer to count the address's commits for; null keeps the domain map's answer.</summary>
    public string? Employer { get; set; }

    /// <summary>Whether pages, the API and the CSV show the person as hidden instead of their name and address.</summary>
    public bool Hidden { get; set; }

    /// <summary>The number of the newest revision.</summary>
    public int Revision { get; set; }

    public DateTimeOffset UpdatedAt { get; set; }

    public string UpdatedBy { get; set; } = string.Empty;

    public List<AddressRuleRevision> Revisions { get; } = [];
}

/// <summary>One saved state of an <see cref="AddressRule"/>: who changed it to what, when.</summary>
public class AddressRuleRevision
{
    public int Id { get; private set; }

    public int RuleId { get; set; }

    public int Number { get; set; }

    public string? Employer { get; set; }

    public bool Hidden { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public string Author { get; set; } = string.Empty;
}
