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

    /// <summary>
    /// A page after the last of a list (an old link, a guessed number) is not found rather than an empty page that reads
    /// "nothing has been published here"; the first page of an empty list stays, and says so.
    /// </summary>
    public static bool IsPastTheEnd(int page, int pages) => page > Math.Max(pages, 1);

    public static int Parse(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var page) ? Math.Clamp(page, 1, Max) : 1;
}
