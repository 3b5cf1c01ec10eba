namespace KernelPortal.Web.Cms;

/// <summary>Which requests belong to the CMS: its pages under <c>/admin</c> and the Blazor connection its pages use.</summary>
internal static class CmsPaths
{
    /// <summary>True for <c>/admin…</c> and <c>/_blazor…</c>: never compressed (antiforgery tokens), spoken in the account's language.</summary>
    public static bool IsCms(PathString path) =>
        path.StartsWithSegments("/admin", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/_blazor", StringComparison.OrdinalIgnoreCase);
}
