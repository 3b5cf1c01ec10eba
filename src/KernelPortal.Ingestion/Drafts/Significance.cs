using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Drafts;

/// <summary>
/// The significance score that ranks a part's items (docs/drafts.md):
/// <c>log2(1 + lines) + 2 · min(new files, 5) + 3 · min(new options, 5) + 5 if the words announce a feature</c>,
/// rounded to one decimal. Lines are those changed by the commits behind the item, so a 10,000-line driver
/// (≈ 13.3) outranks a 100-line tweak (≈ 6.7), and a new driver with its Kconfig option gains 5 to 20 more.
/// Items whose words say cleanup, typo or minor fixes (and announce no feature) are trivia.
/// </summary>
public static partial class Significance
{
    public static double Score(string text, int linesChanged, int newFiles, int newOptions)
    {
        var score = Math.Log2(1 + Math.Max(0, linesChanged))
            + 2 * Math.Min(newFiles, 5)
            + 3 * Math.Min(newOptions, 5)
            + (IsFeature(text) ? 5 : 0);
        return Math.Round(score, 1, MidpointRounding.AwayFromZero);
    }

    public static bool IsFeature(string text) => Feature().IsMatch(text);

    public static bool IsTrivia(string text) => Trivia().IsMatch(text) && !IsFeature(text);

    [GeneratedRegex(@"\b(new\s+([\w/+-]+\s+){0,3}drivers?|drivers?\s+for\s+(the\s+)?new|add(s|ed|ing)?\s+(initial\s+|basic\s+)?support\s+(for|of)|initial\s+support|new\s+(hardware|platforms?|socs?|boards?|devices?|features?|syscalls?|system\s+calls?)|introduc(e|es|ed|ing)\s|enabl(e|es|ed|ing)\s+support)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Feature();

    [GeneratedRegex(@"\b(clean-?ups?|clean\s+up|typos?|spelling|whitespace|minor\s+(fix(es)?|cleanups?|updates?|improvements?|changes)|misc(ellaneous)?\s+(fix(es)?|cleanups?|updates?|changes)|trivial|cosmetic|small\s+fix(es)?|various\s+(small\s+)?fix(es)?|comment\s+fix(es)?|kernel-doc|coding\s+style|checkpatch)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Trivia();
}
