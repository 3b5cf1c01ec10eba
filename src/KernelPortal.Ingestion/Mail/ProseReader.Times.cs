using System.Globalization;
using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// When the release comes: the times the prose names for it ("next weekend", "in two weeks", "on the usual
/// schedule"), the next merge window opening with it, and times in other words written as the weeks they are.
/// </summary>
public static partial class ProseReader
{
    /// <summary>
    /// "The 6.19 merge window" in a 6.18 mail is the next release's, which opens with this one: its number is blanked (the
    /// same length, so positions stay) so that it does not read as another release's.
    /// </summary>
    private static string NextMergeWindow(string sentence, KernelVersion release)
    {
        string[] next = release.Patch is { } patch
            ? [$"{release.Major}.{release.Minor}.{patch + 1}"]
            : [$"{release.Major}.{release.Minor + 1}", $"{release.Major + 1}.0"];
        return MergeWindowOf().Replace(sentence, m =>
        {
            var v = m.Groups["v"];
            return next.Contains(v.Value) ? Blanked(m.Value, v.Index - m.Index, v.Length) : m.Value;
        });
    }

    [GeneratedRegex(@"(?<![\w.])v?(?<v>" + Ver + @"(?:\.\d+)?)\s+merge\s+window\b|\bmerge\s+window\s+(?:for|of)\s+v?(?<v>" + Ver + @"(?:\.\d+)?)(?![\w.])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MergeWindowOf();

    // The merge window opening, its own words or "it" later in the sentence: "the merge window will open next weekend",
    // "… the merge window ready, because it'll likely open next Sunday", "I'll open / start the (6.19) merge window
    // (for 6.19) next Sunday", and the next release's pull requests asked for: "start sending me 6.13 pull requests in
    // a week", "have your pull requests for 6.13 ready by next weekend" (group open: the verb; group pv: the version
    // the pull requests are for, which must be another than this cycle's — "6.12 fixes pull requests" are this rc's;
    // "the merge window (for the next release) is (still) a week away" counts as its opening in a week, and so does
    // "the merge window will be upon us / arrives next week"; "I'll start pulling for 6.8 next Monday" opens it too;
    // the "Open Source Summit" opens nothing).
    [GeneratedRegex(@"\bmerge\s+window\b(?:(?!\bmerge\s+window\b)[^.;])*?\b(?<open>open(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?)\b(?!\s+source\b)|\bmerge\s+window\b(?:(?!\bmerge\s+window\b)[^.;])*?\b(?<open>is|'s|will\s+be)\s+(?=(?:(?:only|just|about|still)\s+)?(?:a|one|two|three|\d|a\s+couple\s+of)\s+weeks?\s+(?:away|out|off)\b)|\bmerge\s+window\b(?:(?!\bmerge\s+window\b)[^.;])*?\b(?<open>(?:be|is)\s+upon\s+us|arriv(?:es|ing))\b|\b(?<open>start(?:ing)?|begin(?:ning)?)\s+(?:to\s+)?(?:pull(?:ing)?|merg(?:e|ing))\s+(?:things\s+)?for\s+v?(?<pv>" + Ver + @")(?![\w-]|\.\d)|\b(?<open>open(?:ing)?|start(?:ing)?|begin(?:ning)?)\s+(?:up\s+)?the\s+(?:(?:next|v?" + Ver + @")\s+)?merge\s+window\b|\b(?<open>send(?:ing)?|have)\s+(?:me\s+)?(?:your\s+|the\s+)?(?:early\s+)?v?(?<pv>" + Ver + @")\s+pull\s+requests\b|\b(?<open>send(?:ing)?|have)\s+(?:me\s+)?(?:your\s+|the\s+)?(?:early\s+)?pull\s+requests\s+for\s+v?(?<pv>" + Ver + @")(?![\w-]|\.\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MergeWindowOpens();

    /// <summary>
    /// The weekday other than Sunday that a final-next sentence names for the release, in the release's own clause: "I'll
    /// do the final release on Saturday, since I'm traveling on Sunday" is Saturday; "the final next week; I'm flying on
    /// Monday" and "the final next weekend, even though I'm on a plane on Saturday" name none for it.
    /// </summary>
    private static DayOfWeek? WeekdayOfRelease(string sentence)
    {
        foreach (Match release in ReleaseEvent().Matches(sentence))
        {
            // A weekday after a travel word is the travel's: "… next weekend, even though I'm on a plane on Saturday".
            var (start, end) = ClauseBounds(sentence, release.Index);
            end = Travel().Match(sentence, start, end - start) is { Success: true } travel ? travel.Index : end;
            if (ReleaseWeekday().Match(sentence[start..end]) is { Success: true } day)
            {
                return Enum.Parse<DayOfWeek>(day.Groups["day"].Value, ignoreCase: true);
            }

            // "Expect 6.21 a day early, on Saturday": the weekday set off after the release's clause is its day.
            if (TrailingWeekday().Match(sentence[end..]) is { Success: true } trailing)
            {
                return Enum.Parse<DayOfWeek>(trailing.Groups["day"].Value, ignoreCase: true);
            }
        }

        return null;
    }

    // A weekday other than Sunday, as the release's day (group day); not "Tuesday's fix".
    private const string WeekdayOfWeek = @"(?<day>monday|tuesday|wednesday|thursday|friday|saturday)\b(?!'s)";

    // A weekday named as a day of the coming week: "on Saturday", "next Monday", "Saturday" alone.
    [GeneratedRegex(@"\b(?:(?:on|next|this\s+coming)\s+)?" + WeekdayOfWeek, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseWeekday();

    // A weekday set off right after a clause: ", on Saturday."
    [GeneratedRegex(@"^\s*[,—]\s*(?:on\s+)?" + WeekdayOfWeek + @"(?=\s*(?:[.!;,)]|$))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TrailingWeekday();

    /// <summary>"in 7 days" as "in a week", "14 days out" as "two weeks out": days counted to the nearest week, one or two.</summary>
    private static string InWeeks(Match m) =>
        DaysAsWeeks(m.Groups["d"].Value, most: 2) is { } phrase ? $"{m.Groups["in"].Value}{phrase}" : m.Value;

    /// <summary>
    /// A count of days ("14", "fourteen") as the whole weeks it rounds to, in words ("two weeks"): one place for InWeeks
    /// and a merge window's length (InWeekWords). Null under one week or over <paramref name="most"/>.
    /// </summary>
    private static string? DaysAsWeeks(string count, int most)
    {
        var days = int.TryParse(count, CultureInfo.InvariantCulture, out var n) ? n : SpelledDays[count];
        var weeks = DatedWeeks.RoundedWeeks(days);
        return weeks >= 1 && weeks <= Math.Min(most, WeeksInWords.Length) ? WeeksInWords[weeks - 1] : null;
    }

    private static readonly string[] WeeksInWords = ["a week", "two weeks", "three weeks", "four weeks"];

    // "in about a week", "in roughly two weeks", "in about seven weeks", "~1 week": Normalise drops the word that makes
    // the time approximate.
    [GeneratedRegex(@"(?<=\bin\s)(?:about|roughly|around|approximately|some)\s+(?=(?:a|one|" + WeekCount + @"|\d+|a\s+couple\s+of)\s+(?:weeks?|days)\b)|~\s*(?=\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Approximately();

    // "(in) a fortnight" (Normalise writes "two weeks").
    [GeneratedRegex(@"\ba\s+fortnight\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Fortnight();

    // "next-next weekend", "two Sundays from now / away" (Normalise writes "the weekend / sunday after next").
    [GeneratedRegex(@"\bnext[\s-]+next\s+(?<unit>weekend|week|sunday)\b|\b(?:two|2)\s+(?<unit>weekend|sunday)s\s+(?:from\s+(?:now|today)|away|out)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterNext();

    // A fragment that names the release bare before its time: "Release next weekend.", "Final release next Sunday", "So,
    // release in a week" — read as "the final release next weekend".
    [GeneratedRegex(@"^(?:(?:so|and|then|ok|okay)\b[,\s]+)?(?:final\s+)?release\s+(?=(?:next\s+(?:weekend|week|sunday)|in\s+a\s+week|this\s+coming\s+(?:weekend|sunday))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseFragment();

    // The cycle said to end at a time: "this one ends next weekend" (after "next cycle we'll probably have an rc8, but"),
    // "the rc series will wrap up next week", "this cycle should finish in a week" — read as "the final release comes …".
    [GeneratedRegex(@"\b(?:this\s+(?:one|cycle|release\s+cycle|rc\s+series|series)|the\s+(?:current\s+)?(?:cycle|release\s+cycle|rc\s+series))\s+(?:(?:will|should|is\s+going\s+to|ought\s+to)\s+)?(?:ends?|wraps?\s+up|finish(?:es)?|comes?\s+to\s+an\s+end)\s+(?=(?:next\s+(?:weekend|week|sunday)|in\s+a\s+week|this\s+coming\s+(?:weekend|sunday)|a\s+week\s+from\s+(?:now|today))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CycleEndsAt();

    // "in a week's time", "in two weeks' time": the weeks alone (Normalise drops the "time").
    [GeneratedRegex(@"(?<=\bin\s+(?:(?:about|roughly|around)\s+)?)(?<weeks>(?:a|one)\s+week|(?:two|three|four|\d)\s+weeks)(?:'s|')?\s+time\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeeksTime();

    // "in 1 week" (Normalise writes "in a week"), "1 more week" ("one more week").
    [GeneratedRegex(@"(?<in>\bin\s+1\s+week\b)|\b1(?=\s+more\s+weeks?\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneWeek();

    // Counts of days spelt out, from five on, that round to whole weeks: one or two in InWeeks, up to four in a merge
    // window's length (InWeekWords).
    private static readonly Dictionary<string, int> SpelledDays = new(StringComparer.Ordinal)
    {
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10, ["eleven"] = 11, ["twelve"] = 12,
        ["thirteen"] = 13, ["fourteen"] = 14, ["fifteen"] = 15, ["sixteen"] = 16, ["twenty"] = 20, ["twenty one"] = 21,
        ["twenty two"] = 22, ["twenty eight"] = 28,
    };

    // "in 7 days", "in seven days", "14 days out / away / from now / left / to go / until …" (InWeeks writes them as
    // weeks).
    [GeneratedRegex(@"(?<in>\bin\s+)(?<d>\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s+days\b|\b(?<d>\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s+days(?=\s+(?:out|away|from\s+(?:now|today)|left|to\s+go|until|till)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InDays();

    // "two more weeks", "another two weeks", "a couple more weeks", "in two weeks", "another week", "one more (calm)
    // week", "one week to go", "two weeks left", "a week until the final / 6.7", "(you'll have to) wait two weeks for
    // 6.7", "(let this) simmer for two weeks before 6.7" (not "a week left in the year", "two more weeks of vacation",
    // nor "one more week of rc's", which is another rc).
    [GeneratedRegex(@"\b(?:(?:at\s+least\s+)?(?<n>one|" + WeekCount + @"|a\s+couple(?:\s+of)?|couple(?:\s+of)?)\s+more|(?<n>one|a|" + WeekCount + @")(?=\s+weeks?\s+(?:to\s+go|left|remaining|(?:until|till)\s+(?:the\s+)?(?:final|release|v?" + Ver + @"(?![\w-]|\.\d|\s+merge\s+window)))\b)|(?<=\b(?:wait|simmer|sit|settle|soak|cook)(?:s|ing)?\s+(?:for\s+)?(?:only\s+|just\s+)?)(?<n>one|a|" + WeekCount + @")(?=\s+weeks?\s+(?:for|before|until|till)\s+(?:the\s+)?(?:final|release|v?" + Ver + @"(?![\w-]|\.\d)))|another(?:\s+(?<n>two|three|couple\s+of))?|in\s+(?<n>" + WeekCount + @"|a\s+couple\s+of)|just\s+one\s+more(?:\s+\w+)?|one\s+more\s+\w+)\s+weeks?\b(?!\s+(?:\w+\s+)?(?:in|of)\s+(?:the\s+|my\s+)?(?:year|month|decade|holidays?|vacation|trip)|\s+" + OfRcs + @")", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeeksToGo();

    // The weeks something is held up, pushed or delayed by: "(hold up the release) by another week".
    [GeneratedRegex(@"\bby\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ByWeeks();

    // The cycle as usual: "on track for a normal (release) schedule / release", "on the usual schedule", "we'll have a
    // regular schedule", "stick to the normal schedule", "we keep to the schedule", "make the usual schedule", "the
    // plan is for / I expect the usual rc schedule", "the schedule looks normal", "the plan remains / is still the
    // usual one", "the usual seven rcs", "a (normal) seven-rc release", "a calm, regular seven-rc release", "one of
    // those nice seven-rc releases", "with just seven rcs", "a normal release with seven rcs", "we're on schedule" (not
    // "we're on track": on track for what is not said), "the odds are in favor of / all signs point to the normal
    // schedule", "it's looking like a normal release cycle", "the normal schedule is more likely", "the usual schedule
    // applies", "seven rc's, then the final", "seven rc's and we're done", "(hoping for) the usual seven-rc cycle",
    // "(there's) no reason to expect anything but a normal release schedule" ("anything but normal" alone says the
    // opposite, and is no claim). The schedule is also read by FinalWithTime as the release's time when the release is
    // named; both claims say the same. "That shouldn't affect the schedule" only implies the usual end, as index.csv's
    // "unclear" mails do, and is no claim; nor is "a normal release" (an early rc's general remark, often "with the
    // usual seven or eight rcs"), which would carry to the silent mails after it — but "on track for a normal release"
    // is the plan (unless it goes on "with the usual seven or eight rcs"). "More than the usual seven rcs" is an extra
    // rc (AnotherRc), not the usual schedule.
    [GeneratedRegex(@"\b(?:on\s+track\s+for|on|have|keep|stick\s+to|keep\s+to|follow|make|plan\s+is\s+for|planning\s+(?:on|for)|expect(?:ing)?|hop(?:e|ing|eful)\s+for|in\s+favou?r\s+of|point(?:s|ing)?\s+to(?:wards?)?)\s+(?:a|the|our)\s+(?:normal|usual|regular)\s+(?:(?:seven|7)[\s-]rc\s+)?(?:(?:release|rc)\s+)?(?:schedule|cycle)\b|\bon\s+track\s+for\s+(?:a|the|our)\s+(?:normal|usual|regular)\s+release\b(?!\s+(?:notes|cycle)|[^.;]*\b(?:seven|7)\s+or\s+(?:eight|8)\b)|\b(?:look(?:s|ing)?|seem(?:s|ing)?|shap(?:es|ing)\s+up)\s+(?:like|to\s+be)\s+(?:a|the|our)\s+(?:(?:perfectly|pretty|fairly|entirely|completely)\s+)?(?:normal|usual|regular)\s+(?:(?:release|rc)\s+)?(?:schedule|cycle)\b|\bthe\s+(?:normal|usual|regular)\s+(?:(?:release|rc)\s+)?schedule\s+(?:is|seems|looks)\s+(?:(?:more|most|quite|very|pretty)\s+)?likely\b|(?<=\b(?:we|i)(?:'ll|'re|'m|\s+[\w']+){0,3}\s+)(?:keep|stick)(?:ing)?\s+to\s+(?:the|our)\s+schedule\b|\b(?:the\s+)?(?:schedule|plan)\s+(?:looks|is|seems|remains|stays)\s+(?:(?:still|just)\s+)?(?:(?:entirely|completely|pretty|fairly|perfectly)\s+)?(?:normal|the\s+usual(?:\s+one)?|as\s+usual)\b|(?<!\b(?:more|fewer|less|longer)\s+than\s+|\b(?:beyond|past)\s+)\bthe\s+(?:usual|normal|regular)\s+(?:seven|7)\s+(?:-?rcs|-?rc's|release\s+candidates)\b|\b(?:a|one\s+of\s+those)\s+(?:(?:normal|usual|regular|nice|boring|calm|plain)(?:\s*,)?\s+){0,2}(?:seven|7)[\s-]rc\s+(?:release|cycle)s?\b|(?<=\b(?:we're|we\s+are|things\s+are|everything\s+is|it's|this\s+is|we're\s+still|things\s+are\s+still)\s+(?:(?:nicely|still|right|pretty\s+much|fully)\s+)?)on\s+schedule(?=\s*(?:[.!,;]|$))|\b(?:with|in|after)\s+(?:just|only)\s+(?:the\s+usual\s+)?(?:seven|7)\s+(?:-?rcs|-?rc's|release\s+candidates)\b|(?<=\b(?:be|is|like)\s+(?:a|an)\s+(?:(?:normal|usual|regular|calm|nice|boring|ordinary)\s+)?(?:release|cycle|one)\s+)with\s+(?:the\s+usual\s+)?(?:seven|7)\s+(?:-?rcs|-?rc's|release\s+candidates)\b(?!\s+(?:or|and|to)\b)|\bthe\s+(?:normal|usual|regular)\s+(?:(?:release|rc)\s+)?schedule\s+(?:applies|holds|stands)\b|\b(?:seven|7)\s+(?:-?rcs|-?rc's|release\s+candidates)\s*,?\s+(?:and\s+)?then\s+the\s+(?:final|release)\b|\b(?:seven|7)\s+(?:-?rcs|-?rc's|release\s+candidates)\s*,?\s+and\s+(?:then\s+)?(?:we're|we\s+are|we'll\s+be)\s+done\b|\b(?:no\s+reason\s+to\s+|(?:don't|do\s+not|can't|cannot)\s+(?:see\s+(?:any\s+reason\s+to\s+)?)?)expect\s+anything\s+(?:but|other\s+than|except|beyond)\s+(?:a|the|our)\s+(?:normal|usual|regular)\s+(?:(?:release|rc)\s+)?(?:schedule|cycle|release)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NormalSchedule();

    // A cycle longer than the usual: "a longer (release / rc) cycle (than usual)", "one of the longer releases", "the
    // release cycle will (probably) be (a bit) longer than normal", "(I expect) this release cycle to be one week
    // longer than usual".
    [GeneratedRegex(@"\b(?:a\s+(?:bit\s+|slightly\s+)?longer\s+(?:(?:release|rc)\s+)?(?:cycle|release|schedule)(?:\s+than\s+(?:usual|normal))?|one\s+of\s+(?:the|those)\s+longer\s+(?:(?:release|rc)\s+)?(?:cycles|releases)|(?:cycle|release|schedule)\s+(?:will|would|might|may|is\s+going\s+to|to|looks\s+like\s+it(?:'ll|\s+will))\s+(?:\w+\s+)?be\s+(?:a\s+bit\s+|slightly\s+|(?:a|one)\s+week\s+)?longer\s+than\s+(?:usual|normal))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongerCycle();

    // A time that names no Sunday: "in the middle of December", "mid-December", "early January", "by the end of the
    // month", "around Christmas", "later this month", "next month", "in January" (a date with its day is DatedWeeks'); the
    // month names are the travel dates' (Month), each after a word that makes it a month.
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:middle|end|start|beginning|(?:first|second)\s+half)\s+of\s+(?:the\s+month|" + Month + @")|(?:early|mid|late)[\s-]+" + Month + @"|around\s+(?:christmas|thanksgiving|new\s+year'?s?|the\s+holidays|" + Month + @")|(?:later\s+this|next)\s+month|in\s+" + Month + @"(?!\s+\d))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VagueTime();

    // What weeks are counted to when they are not "away": "a week / two weeks from the final (release) / from 6.7".
    private const string FromTheRelease = @"(?=\s+from\s+(?:the\s+(?:final|release)\b|v?" + Ver + @"(?![\w-]|\.\d)))";

    // When the release comes: next / the upcoming week ("next Sun", "Sunday next"), "over the weekend", within a week,
    // "imminent", the Saturday before or the Monday after next Sunday ("on Saturday", "next Monday": this rc is the
    // last; WeekdayOfRelease keeps the day), "the week after this (one)", the / a week (weekend, Sunday) after, the
    // week after next (two weeks from the mail's Sunday: the same, group afternext kept apart so that "after" alone is
    // not read inside it) or "(it) follows a week later" (one more rc), in w weeks (w − 1 more rcs), or on the normal
    // schedule, "at the usual time" or "(happen / come out) as normal" (rc7). "The week after the release / after 7.36"
    // is a time after the release, not its time. Weeks "from the final (release) / 6.7" count as "away" does.
    [GeneratedRegex(@"\bnext\s+(?:weekend|week|sunday|sun)\b|\bsunday\s+next\b|\b(?:the\s+)?upcoming\s+(?:weekend|week|sunday)\b|\bimminent\b|\b(?:in|within)\s+(?:a|one)\s+week\b|\b(?:a|one)\s+week(?:\s+(?:away|out)\b|" + FromTheRelease + @")|\b(?:on|this)\s+(?:saturday|sunday)\b|\bnext\s+saturday\b|\b(?:on|next)\s+monday\b|\bover\s+the\s+weekend\b|\ba\s+week\s+from\s+(?:now|today)\b|\bthis\s+coming\s+(?:weekend|week|sunday)\b|(?<afternext>\bthe\s+(?:week(?:end)?|sunday)\s+after\s+next\b)|\bthe\s+(?:week(?:end)?|sunday)\s+after\s+this(?:\s+(?:one|week|-?rc))?\b(?!\s+(?:release|-?rc\d|is\s+out))|(?<after>\b(?:the|a)\s+(?:week(?:end)?|sunday)\s+after\b(?!\s+this\b|\s+(?:the\s+(?:final\s+)?(?:release|final)|(?:the\s+)?(?:final\s+)?v?" + Ver + @"(?![\w-]|\.\d)|it(?:'s|\s+is|\s+comes)\s+out))|\b(?:follow|come)s?\s+(?:(?:just|only)\s+)?(?:a|one)\s+week\s+later\b)|\bin\s+(?<w>" + WeekCount + @"|a\s+couple\s+of)\s+weeks\b|\b(?<w>" + WeekCount + @"|a\s+couple\s+of)\s+weeks(?:\s+(?:from\s+(?:now|today)|away|out)\b|" + FromTheRelease + @")|(?<usual>\bon\s+(?:the\s+)?(?:normal\s+|usual\s+|regular\s+)?schedule\b|\bon\s+time\b|\bat\s+(?:the|its)\s+(?:normal|usual|regular)\s+time\b|(?<=\b(?:happen|come(?:\s+out)?|go\s+(?:out|ahead)|be\s+(?:out|released|tagged)|proceed)\s+)as\s+(?:normal|usual)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeOfRelease();

    // "… when it happens", "… once it's out", "… whenever that is", "(the final) 6.7 when it's ready": the release's
    // time is left to come.
    [GeneratedRegex(@"^\s*(?:v?\d+\.\d+\b)?\s*,?\s*(?:when|whenever|once)\s+(?:it|that|things)(?:'s|\s+is|\s+are|\s+happens|\s+comes|\s+ships)?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhenItComes();
}
