using KernelPortal.Core.Content;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace KernelPortal.Core.Data.Configurations;

/// <summary>Stores <see cref="Language"/> as its ISO code ("de", "en"), which SQL and full-text search can read.</summary>
internal sealed class LanguageConverter() : ValueConverter<Language, string>(
    language => language.Code(),
    code => LanguageCodes.FromStoredCode(code))
{
    public static readonly LanguageConverter Instance = new();
}
