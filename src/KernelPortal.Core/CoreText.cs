using System.Globalization;
using System.Resources;

namespace KernelPortal.Core;

/// <summary>
/// The messages Core gives people — validation errors, refusals, workflow reasons — in the current UI culture: the
/// key is the English text, German ones are in <c>Resources/CoreText.de.resx</c>. The CMS sets the culture of each
/// request and circuit to the account's language (German or English), so an editor reads Core's messages in the
/// language of the rest of the CMS; the command line and the logs stay in the process's culture.
/// </summary>
public static class CoreText
{
    private static readonly ResourceManager Texts = new("KernelPortal.Core.Resources.CoreText", typeof(CoreText).Assembly);

    /// <summary>The text in the current UI culture; the English key when there is no translation.</summary>
    public static string T(string english) => Texts.GetString(english, CultureInfo.CurrentUICulture) ?? english;

    /// <summary>The text in the current UI culture with its values filled in, numbers in the current culture.</summary>
    public static string T(string english, params object?[] args) => string.Format(CultureInfo.CurrentCulture, T(english), args);
}
