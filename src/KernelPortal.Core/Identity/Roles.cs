namespace KernelPortal.Core.Identity;

/// <summary>The CMS roles. Authors write and submit; Editors also review and publish; Admins also manage users.</summary>
public static class Roles
{
    public const string Admin = "Admin";
    public const string Editor = "Editor";
    public const string Author = "Author";

    /// <summary>Every role, in order of rank.</summary>
    public static readonly IReadOnlyList<string> All = [Admin, Editor, Author];
}
