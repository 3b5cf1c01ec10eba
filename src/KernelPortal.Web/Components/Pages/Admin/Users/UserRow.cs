using KernelPortal.Core.Identity;

namespace KernelPortal.Web.Components.Pages.Admin.Users;

/// <summary>
/// An account as the user list shows it: what an admin sees and changes, and nothing more — the list the prerender
/// loaded travels into the circuit as persistent component state, in the page (see <see
/// cref="Articles.ArticleListSnapshot"/>), so it must never carry the password hash or the security stamp that
/// <see cref="PortalUser"/> holds.
/// </summary>
public sealed record UserRow(Guid Id, string? Email, string DisplayName, string? Role, int AccessFailedCount, DateTimeOffset? LockoutEnd)
{
    public static UserRow From(PortalUser user, IList<string> roles) =>
        new(user.Id, user.Email, user.DisplayName, roles.FirstOrDefault(), user.AccessFailedCount, user.LockoutEnd);
}
