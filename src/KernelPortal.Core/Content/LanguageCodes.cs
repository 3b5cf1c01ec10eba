using System.Globalization;

namespace KernelPortal.Core.Content;

/// <summary>
/// The one place where an edition's <see cref="Language"/> becomes the code that the database, URLs, feeds,
/// <c>lang</c> attributes and front matter use ("de", "en"), and back.
/// </summary>
public static class LanguageCodes
{
    /// <summary>Both editions, German first (the default).</summary>
    public static IReadOnlyList<Language> All { get; } = [Language.De, Language.En];

    /// <summary>The ISO 639-1 code: "de" or "en".</summary>
    public static string Code(this Language language) => language == Language.De ? "de" : "en";

    // Held once: CultureInfo.GetCultureInfo takes a process-wide lock, and a page formats hundreds of dates and numbers.
    private static readonly CultureInfo German = CultureInfo.GetCultureInfo("de-DE");
    private static readonly CultureInfo British = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>The culture dates and numbers are written in: de-DE or en-GB (the column's British English).</summary>
    public static CultureInfo Culture(this Language language) => language == Language.De ? German : British;

    /// <summary>
    /// A share in percent in the edition's way: "74 %" (German sets the sign apart, with a no-break space, so "74" never
    /// ends one line and "%" starts the next; .NET's German "P0" writes a plain space) or "74%".
    /// </summary>
    public static string Percent(this Language language, double share, int decimals = 0)
    {
        var number = Math.Round(share * 100, decimals, MidpointRounding.AwayFromZero).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), language.Culture());
        return language == Language.De ? number + "\u00A0%" : number + "%";
    }

    /// <summary>The other edition's language (a translation's).</summary>
    public static Language Other(this Language language) => language == Language.De ? Language.En : Language.De;

    /// <summary>Reads "de" or "en" (any case); false for anything else.</summary>
    public static bool TryParse(string? code, out Language language)
    {
        (var known, language) = code?.Trim().ToLowerInvariant() switch
        {
            "de" => (true, Language.De),
            "en" => (true, Language.En),
            _ => (false, Language.De),
        };
        return known;
    }

    /// <summary>Reads a code the database or a route has already checked; anything but "en" is German.</summary>
    public static Language FromStoredCode(string code) => code == "en" ? Language.En : Language.De;
}
