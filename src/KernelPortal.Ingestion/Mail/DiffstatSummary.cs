using System.Globalization;
using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>The closing line of a diffstat: "12345 files changed, 678 insertions(+), 90 deletions(-)".</summary>
public sealed partial record DiffstatSummary(int FilesChanged, long Insertions, long Deletions)
{
    /// <summary>The first summary line in <paramref name="text"/> (a mail body, <c>git diff --shortstat</c> output), or null.</summary>
    public static DiffstatSummary? Find(string text)
    {
        var match = Line().Match(text);
        if (!match.Success)
        {
            return null;
        }

        static long Number(Group group) => group.Success ? long.Parse(group.Value, CultureInfo.InvariantCulture) : 0;
        return new DiffstatSummary((int)Number(match.Groups["files"]), Number(match.Groups["insertions"]), Number(match.Groups["deletions"]));
    }

    // git writes "1 file changed, 1 insertion(+)"; insertions or deletions are left out when zero.
    [GeneratedRegex(@"(?<files>\d{1,9}) files? changed(, (?<insertions>\d{1,12}) insertions?\(\+\))?(, (?<deletions>\d{1,12}) deletions?\(-\))?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Line();
}
