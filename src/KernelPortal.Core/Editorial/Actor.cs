using KernelPortal.Core.Identity;

namespace KernelPortal.Core.Editorial;

/// <summary>Who does something in the CMS: an account with its highest role, or a process (the scheduler, an import).</summary>
/// <param name="UserId">The account, or <c>null</c> for a process.</param>
/// <param name="Name">The name revisions record.</param>
/// <param name="Role">One of <see cref="Roles"/>.</param>
public sealed record Actor(Guid? UserId, string Name, string Role)
{
    /// <summary>The publish scheduler: acts with an Editor's rights, as the editor who scheduled the article did.</summary>
    public static Actor Scheduler { get; } = new(null, "Scheduler", Roles.Editor);

    /// <summary><c>kportal user …</c>, run by an operator on the server: manages accounts as an Admin does.</summary>
    public static Actor Operator { get; } = new(null, "Operator", Roles.Admin);

    /// <summary><c>kportal article import</c>, run by an operator on the server.</summary>
    public static Actor Import { get; } = new(null, "Import", Roles.Editor);

    /// <summary>True for Editors and Admins: they review, edit and publish every article.</summary>
    public bool IsEditor => Role is Roles.Editor or Roles.Admin;

    /// <summary>The highest of an account's roles; <c>null</c> when it has none of the CMS roles.</summary>
    public static string? HighestRole(IEnumerable<string> roles)
    {
        var held = roles.ToHashSet(StringComparer.Ordinal);
        return Roles.All.FirstOrDefault(held.Contains);
    }
}
