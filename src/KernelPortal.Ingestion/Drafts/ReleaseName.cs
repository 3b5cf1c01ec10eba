using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>The release a tag belongs to: <c>v4.0-rc1</c> → 4.0, <c>v2024.04-rc1</c> → 2024.04, <c>v6.12</c> → 6.12.</summary>
public static partial class ReleaseName
{
    public static string FromTag(string tag)
    {
        if (KernelVersion.TryParse(tag, out var version))
        {
            return version.Release.ToString();
        }

        var name = RcSuffix().Replace(tag.Trim(), string.Empty);
        return name.Length > 1 && (name[0] is 'v' or 'V') && char.IsDigit(name[1]) ? name[1..] : name;
    }

    [GeneratedRegex(@"[-_.]?rc\d+$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RcSuffix();
}
