using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace KernelPortal.Core.Content;

/// <summary>URL slugs: lower-case ASCII words joined by hyphens, German umlauts spelled out.</summary>
public static partial class Slug
{
    /// <summary>Longest slug; long enough for "was-linux-4-0-bringt-teil-3-dateisysteme-und-storage".</summary>
    public const int MaxLength = 120;

    /// <summary>Makes a slug from a title: "Was 4.0 bringt: Dateisysteme" → "was-4-0-bringt-dateisysteme".</summary>
    public static string FromTitle(string title)
    {
        ArgumentNullException.ThrowIfNull(title);
        var builder = new StringBuilder(title.Length);
        foreach (var c in title.ToLowerInvariant())
        {
            // Spell umlauts out as German readers expect (ä → ae), before diacritics are stripped below.
            _ = c switch
            {
                'ä' => builder.Append("ae"),
                'ö' => builder.Append("oe"),
                'ü' => builder.Append("ue"),
                'ß' => builder.Append("ss"),
                _ => builder.Append(c),
            };
        }

        var decomposed = builder.ToString().Normalize(NormalizationForm.FormD);
        var ascii = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                ascii.Append(char.IsAsciiLetterOrDigit(c) ? c : '-');
            }
        }

        var slug = Hyphens().Replace(ascii.ToString(), "-").Trim('-');
        if (slug.Length > MaxLength)
        {
            slug = slug[..MaxLength].TrimEnd('-');
        }

        return slug;
    }

    /// <summary>True when the text is a well-formed slug.</summary>
    public static bool IsValid(string? slug) =>
        !string.IsNullOrEmpty(slug) && slug.Length <= MaxLength && ValidSlug().IsMatch(slug);

    [GeneratedRegex("-{2,}")]
    private static partial Regex Hyphens();

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex ValidSlug();
}
