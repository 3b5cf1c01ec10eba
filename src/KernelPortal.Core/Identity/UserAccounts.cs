using System.Security.Cryptography;
using KernelPortal.Core.Editorial;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Identity;

/// <summary>
/// Creating and managing CMS accounts, for <c>kportal user add</c> and the Admin's users page. There is no default
/// account and no default password: every password is given by the operator or generated here and shown once.
/// Every change names its actor and is refused unless the actor is an Admin now (the CMS passes the role it has just
/// re-read, ADR-006; the command line passes <see cref="Actor.Operator"/>).
/// </summary>
public sealed class UserAccounts(UserManager<PortalUser> users, RoleManager<IdentityRole<Guid>> roles)
{
    private const string Alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    /// <summary>Creates an account with one role; returns the password (the one given, or a generated one) or the errors.</summary>
    public async Task<(string? Password, IReadOnlyList<string> Errors)> CreateAsync(Actor actor, string email, string displayName, string role, string? password)
    {
        ArgumentNullException.ThrowIfNull(email);
        if (WhyNot(actor) is { } refused)
        {
            return (null, [refused]);
        }

        if (!Roles.All.Contains(role))
        {
            return (null, [CoreText.T("'{0}' is not a role; use one of {1}.", role, string.Join(", ", Roles.All))]);
        }

        var generated = password is null;
        password ??= GeneratePassword();
        var user = new PortalUser
        {
            MustChangePassword = generated,
            UserName = email.Trim(),
            Email = email.Trim(),
            EmailConfirmed = true,
            DisplayName = string.IsNullOrWhiteSpace(displayName) ? email.Trim() : displayName.Trim(),
        };
        await EnsureRolesAsync();
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            return (null, [.. created.Errors.Select(e => e.Description)]);
        }

        var added = await users.AddToRoleAsync(user, role);
        return added.Succeeded ? (password, []) : (null, [.. added.Errors.Select(e => e.Description)]);
    }

    /// <summary>Replaces an account's roles with <paramref name="role"/>.</summary>
    public async Task<IReadOnlyList<string>> SetRoleAsync(Actor actor, Guid userId, string role)
    {
        if (WhyNot(actor) is { } refused)
        {
            return [refused];
        }

        if (!Roles.All.Contains(role))
        {
            return [CoreText.T("'{0}' is not a role.", role)];
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return [CoreText.T("No such account.")];
        }

        await EnsureRolesAsync();
        var removed = await users.RemoveFromRolesAsync(user, await users.GetRolesAsync(user));
        var added = removed.Succeeded ? await users.AddToRoleAsync(user, role) : removed;

        // A new security stamp ends the account's existing logins, so a demoted user loses the old rights at once.
        await users.UpdateSecurityStampAsync(user);
        return added.Succeeded ? [] : [.. added.Errors.Select(e => e.Description)];
    }

    /// <summary>Replaces the password after checking the current one; clears <see cref="PortalUser.MustChangePassword"/>.</summary>
    public async Task<IReadOnlyList<string>> ChangePasswordAsync(Guid userId, string currentPassword, string newPassword)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return [CoreText.T("No such account.")];
        }

        if (currentPassword == newPassword)
        {
            return [CoreText.T("The new password must differ from the current one.")];
        }

        var changed = await users.ChangePasswordAsync(user, currentPassword, newPassword);
        if (!changed.Succeeded)
        {
            return [.. changed.Errors.Select(e => e.Description)];
        }

        user.MustChangePassword = false;
        await users.UpdateAsync(user);
        return [];
    }

    /// <summary>Ends a lockout and forgets the failed attempts; returns the errors (none when done).</summary>
    public async Task<IReadOnlyList<string>> UnlockAsync(Actor actor, Guid userId)
    {
        if (WhyNot(actor) is { } refused)
        {
            return [refused];
        }

        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return [CoreText.T("No such account.")];
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        return [];
    }

    /// <summary>Sets the language the CMS speaks to an account (each account chooses its own).</summary>
    public async Task<IReadOnlyList<string>> SetCmsLanguageAsync(Guid userId, Content.Language language)
    {
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null)
        {
            return [CoreText.T("No such account.")];
        }

        user.CmsLanguage = language;
        var result = await users.UpdateAsync(user);
        return [.. result.Errors.Select(e => e.Description)];
    }

    private static string? WhyNot(Actor actor) => actor.Role == Roles.Admin ? null : CoreText.T("Only admins manage accounts.");

    /// <summary>Every account with its roles, by e-mail.</summary>
    public async Task<IReadOnlyList<(PortalUser User, IList<string> Roles)>> ListAsync()
    {
        var list = new List<(PortalUser, IList<string>)>();
        foreach (var user in await users.Users.AsNoTracking().OrderBy(u => u.Email).ToListAsync())
        {
            list.Add((user, await users.GetRolesAsync(user)));
        }

        return list;
    }

    /// <summary>A random password of 20 characters from an alphabet without look-alikes (no 0/O, 1/l/I).</summary>
    public static string GeneratePassword()
    {
        while (true)
        {
            var password = RandomNumberGenerator.GetString(Alphabet, 20);
            if (password.Any(char.IsAsciiDigit) && password.Any(char.IsAsciiLetterLower) && password.Any(char.IsAsciiLetterUpper))
            {
                return password;
            }
        }
    }

    private async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole<Guid>(role));
            }
        }
    }
}
