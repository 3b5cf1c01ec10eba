using System.Globalization;

namespace KernelPortal.Web.Components.Shared;

/// <summary>
/// The <c>?page=</c> of list pages, read as text: Blazor would turn "999999999999" or "abc" bound to an int into an
/// exception (a 500); a page number that is not one simply means the first page.
/// </summary>
internal static class PageNumber
{
    /// <summary>No list is longer than this many pages; deeper links get the last allowed page.</summary>
    public const int Max = 1000;

    public static int Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, Max) : 1;
}
