using Microsoft.AspNetCore.Identity;

namespace KernelPortal.Core.Identity;

/// <summary>An account of the editorial CMS (readers have none).</summary>
public class PortalUser : IdentityUser<Guid>
{
    public const int DisplayNameMaxLength = 200;

    /// <summary>The byline printed under articles.</summary>
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>The language the CMS speaks to this account: German unless the account chose English.</summary>
    public Content.Language CmsLanguage { get; set; } = Content.Language.De;

    /// <summary>Set for a generated one-time password: the CMS lets the account do nothing but choose its own.</summary>
    public bool MustChangePassword { get; set; }
}
