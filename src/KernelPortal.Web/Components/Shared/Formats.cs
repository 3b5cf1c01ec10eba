using System.Globalization;

namespace KernelPortal.Web.Components.Shared;

/// <summary>How dates and numbers are printed on German pages ("12. April 2015", "19.130.604").</summary>
internal static class Formats
{
    public static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");

    public static string Date(DateOnly? date) => date?.ToString("d. MMMM yyyy", German) ?? "–";

    public static string Date(DateTimeOffset? date) => date?.ToString("d. MMMM yyyy", German) ?? "–";

    public static string Number(long? value) => value?.ToString("N0", German) ?? "–";
}
