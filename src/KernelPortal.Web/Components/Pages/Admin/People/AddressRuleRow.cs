using KernelPortal.Core.People;

namespace KernelPortal.Web.Components.Pages.Admin.People;

/// <summary>
/// An address rule as the rule list shows it, with its history newest first. Plain values: the list the prerender
/// loaded travels into the circuit as persistent component state (see <see cref="Articles.ArticleListSnapshot"/>).
/// </summary>
public sealed record AddressRuleRow(
    string Email, string? Employer, bool Hidden, int Revision, DateTimeOffset UpdatedAt, string UpdatedBy, IReadOnlyList<AddressRuleRevisionRow> Revisions)
{
    public static AddressRuleRow From(AddressRule rule) => new(
        rule.Email, rule.Employer, rule.Hidden, rule.Revision, rule.UpdatedAt, rule.UpdatedBy,
        [.. rule.Revisions.OrderByDescending(r => r.Number).Select(r => new AddressRuleRevisionRow(r.Number, r.Employer, r.Hidden, r.Author, r.CreatedAt))]);
}

/// <summary>One saved state of a rule, as its history lists it.</summary>
public sealed record AddressRuleRevisionRow(int Number, string? Employer, bool Hidden, string Author, DateTimeOffset CreatedAt);
