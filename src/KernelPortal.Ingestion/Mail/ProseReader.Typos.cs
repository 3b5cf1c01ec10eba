using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Typos in the words a plan is made of: Linus types fast ("unless something oidd happens", 6.17-rc7), and "teh last
/// rc" or "the fianl release" should read as what they mean. Only the schedule's own words are mended, and only by
/// the slips that make no other word: two neighbouring letters swapped ("teh", "fianl", "weeekend" is not one), or
/// one letter dropped from a long word ("relase", "weeknd").
/// </summary>
public static partial class ProseReader
{
    private static readonly string[] ScheduleWords = ["the", "final", "release", "weekend", "last", "next", "sunday", "week"];

    private static readonly HashSet<string> KnownWords = new(ScheduleWords, StringComparer.Ordinal);

    /// <summary>The prose (lower case) with slips of <see cref="ScheduleWords"/> mended.</summary>
    private static string MendTypos(string lower) =>
        LetterWord().Replace(lower, m => KnownWords.Contains(m.Value) ? m.Value : ScheduleWords.FirstOrDefault(w => IsSlipOf(m.Value, w)) ?? m.Value);

    private static bool IsSlipOf(string word, string target)
    {
        if (word.Length == target.Length && word.Length >= 3)
        {
            // Two neighbouring letters swapped, nothing else changed.
            var first = Enumerable.Range(0, word.Length).FirstOrDefault(i => word[i] != target[i], -1);
            return first >= 0 && first + 1 < word.Length
                && word[first] == target[first + 1] && word[first + 1] == target[first]
                && word[(first + 2)..] == target[(first + 2)..];
        }

        // One letter dropped from a word of seven letters or more.
        return target.Length >= 7 && word.Length == target.Length - 1
            && Enumerable.Range(0, target.Length).Any(i => target.Remove(i, 1) == word);
    }

    [GeneratedRegex(@"\b[a-z]{3,}\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LetterWord();
}
