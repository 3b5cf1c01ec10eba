using System.Security.Claims;
using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace KernelPortal.Web.Cms;

/// <summary>Turns the signed-in user's claims into the <see cref="Actor"/> the editorial services check.</summary>
internal static class CmsActor
{
    /// <summary>The claim that carries the byline, so components need no database round trip to show it.</summary>
    public const string DisplayNameClaim = "kp:display_name";

    /// <summary>Present while the account still has a generated one-time password.</summary>
    public const string MustChangePasswordClaim = "kp:must_change_password";

    /// <summary>The actor, or <c>null</c> when the principal has no CMS role.</summary>
    public static Actor? From(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.Identity?.IsAuthenticated != true || Actor.HighestRole(user.FindAll(ClaimTypes.Role).Select(c => c.Value)) is not { } role)
        {
            return null;
        }

        var id = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var parsed) ? parsed : (Guid?)null;
        var name = user.FindFirstValue(DisplayNameClaim) is { Length: > 0 } display ? display : user.Identity.Name ?? "?";
        return new Actor(id, name, role);
    }
}

/// <summary>
/// The actor as the database knows it now, for a circuit that lives longer than its login's claims: a role changed
/// or an account locked while an editor page is open applies to that page's next save, not only after a reload.
/// </summary>
internal sealed class CurrentActors(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>The actor with the account's current highest role; <c>null</c> when it has none, is locked or is gone.</summary>
    public async Task<Actor?> RefreshAsync(Actor? claimed)
    {
        if (claimed?.UserId is not { } userId)
        {
            return claimed;
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var user = await users.FindByIdAsync(userId.ToString());
        if (user is null || user.LockoutEnd > clock.GetUtcNow())
        {
            return null;
        }

        return Actor.HighestRole(await users.GetRolesAsync(user)) is { } role ? claimed with { Role = role } : null;
    }
}

/// <summary>Adds the byline claim to the roles Identity puts in the login cookie.</summary>
internal sealed class PortalClaimsPrincipalFactory(UserManager<PortalUser> users, RoleManager<IdentityRole<Guid>> roles, IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<PortalUser, IdentityRole<Guid>>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(PortalUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(CmsActor.DisplayNameClaim, user.DisplayName.Length > 0 ? user.DisplayName : user.Email ?? user.UserName ?? "?"));
        identity.AddClaim(new Claim(CmsCulture.LanguageClaim, user.CmsLanguage.Code()));
        if (user.MustChangePassword)
        {
            identity.AddClaim(new Claim(CmsActor.MustChangePasswordClaim, "true"));
        }

        return identity;
    }
}
