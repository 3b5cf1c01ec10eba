using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Editorial;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.People;

/// <summary>What became of a rule change: saved (with its revision), or why not.</summary>
/// <param name="Saved">Whether anything changed.</param>
/// <param name="Message">What the editor sees.</param>
/// <param name="Revision">The rule's new revision number when saved.</param>
public sealed record AddressRuleResult(bool Saved, string Message, int Revision = 0);

/// <summary>
/// The one write path of the editors' address rules (employer, hidden): checks the actor's role, validates, numbers
/// the revision, turns a unique-key race into a message and tells the caches. And the map the counting uses.
/// </summary>
public sealed class AddressRuleService(IDbContextFactory<PortalDbContext> contexts, TimeProvider clock, IContentChangeNotifier? changes = null)
{
    /// <summary>Creates or changes the rule for an address. Only Editors and Admins may.</summary>
    public async Task<AddressRuleResult> SaveAsync(string email, string? employer, bool hidden, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsEditor)
        {
            return new AddressRuleResult(false, CoreText.T("Only editors and admins change address rules."));
        }

        var address = email.Trim().ToLowerInvariant();
        var name = string.IsNullOrWhiteSpace(employer) ? null : employer.Trim();
        if (address.Length is 0 or > AddressRule.EmailMaxLength || address.Count(c => c == '@') != 1 || address.StartsWith('@') || address.EndsWith('@') || address.Any(char.IsWhiteSpace))
        {
            return new AddressRuleResult(false, CoreText.T("Not saved: \"{0}\" is not an e-mail address (one @, no spaces, at most {1} characters).", email, AddressRule.EmailMaxLength));
        }

        if (name is { Length: > AddressRule.EmployerMaxLength })
        {
            return new AddressRuleResult(false, CoreText.T("Not saved: the employer's name is longer than {0} characters.", AddressRule.EmployerMaxLength));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var rule = await db.AddressRules.SingleOrDefaultAsync(r => r.Email == address, cancellationToken);
        if (rule is not null && rule.Employer == name && rule.Hidden == hidden)
        {
            return new AddressRuleResult(false, CoreText.T("Nothing changed for {0}.", address), rule.Revision);
        }

        if (rule is null)
        {
            rule = new AddressRule { Email = address };
            db.AddressRules.Add(rule);
        }

        var now = clock.GetUtcNow();
        (rule.Employer, rule.Hidden, rule.Revision, rule.UpdatedAt, rule.UpdatedBy) = (name, hidden, rule.Revision + 1, now, actor.Name);
        rule.Revisions.Add(new AddressRuleRevision { Number = rule.Revision, Employer = name, Hidden = hidden, CreatedAt = now, Author = actor.Name });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (PortalDatabase.IsUniqueViolation(ex))
        {
            return new AddressRuleResult(false, CoreText.T("Not saved: someone else changed the rule for {0} at the same moment. Reload and try again.", address));
        }

        if (changes is not null)
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return new AddressRuleResult(true, CoreText.T("Rule for {0} saved (revision {1}).", address, rule.Revision), rule.Revision);
    }

    /// <summary>Every rule with its revisions, newest change first.</summary>
    public async Task<List<AddressRule>> ListAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.AddressRules.AsNoTracking().Include(r => r.Revisions).OrderByDescending(r => r.UpdatedAt).ToListAsync(cancellationToken);
    }

    /// <summary>The shipped domain map with the editors' employer rules.</summary>
    public static async Task<EmployerMap> EmployerMapAsync(PortalDbContext db, CancellationToken cancellationToken)
    {
        var rules = await db.AddressRules.AsNoTracking().Where(r => r.Employer != null).Select(r => new { r.Email, r.Employer }).ToListAsync(cancellationToken);
        return EmployerMap.Default.WithAddressRules(rules.Select(r => new KeyValuePair<string, string>(r.Email, r.Employer!)));
    }
}
