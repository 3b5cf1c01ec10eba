using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// What a release mail says of the next merge window's length: "the merge window will be three weeks", "rc1 in
/// three weeks", "I'll close the merge window after one week", "the merge window will be a week shorter". A merge
/// window off the usual two weeks is rare (the history has 7, 11 and 19 days for 3.16, 3.8 and 3.13) and something Linus
/// says in the mail that opens it; the forecast in the merge window counts rc1 from it.
/// </summary>
public static partial class ProseReader
{
    /// <summary>The usual merge window, from a release to rc1 (<see cref="Core.Releases.Forecasting.ReleaseForecaster.MergeWindowDays"/>).</summary>
    private const int UsualMergeWindowDays = Core.Releases.Forecasting.ReleaseForecaster.MergeWindowDays;

    /// <summary>
    /// The merge window a release mail plans, with the sentence: the last sentence that states a length (Linus may
    /// correct himself: "Actually, make that three weeks"). A length only hoped for or feared ("it might end up being
    /// three weeks", "if the pull requests pile up, rc1 will be in three weeks"), denied ("it won't be a three-week
    /// merge window") or told of another cycle ("the 3.13 merge window was three weeks") plans nothing; nor does a
    /// direction without an amount ("the merge window will be shorter", "I might delay rc1 a bit"), which the travel
    /// sentence still quotes. A change denied keeps the usual two weeks ("I won't be extending the merge window").
    /// </summary>
    /// <remarks>
    /// With <paramref name="sentOn"/> (the Date header) a day named for rc1 is read as the weeks to it (<see
    /// cref="DatedWeeks"/>): "rc1 will be out on January 11th" in the mail of Sunday, December 21 is three weeks. The
    /// weeks are rounded, as rc1 comes on a Sunday.
    /// </remarks>
    public static MergeWindowPlan? MergeWindowPlanOf(string prose, DateTimeOffset? sentOn = null) =>
        PatternTimeLimit.TryTwice(() => MergeWindowPlan(Sentences(prose), sentOn));

    // The same over the prose's sentences, as Read has already split them.
    private static MergeWindowPlan? MergeWindowPlan(IReadOnlyList<string> sentences, DateTimeOffset? sentOn)
    {
        MergeWindowPlan? plan = null;
        int? toldBefore = null;
        var previous = string.Empty;
        var namedBefore = false;
        foreach (var sentence in sentences.Where(s => !Reported(s)))
        {
            // Dates first: the hyphens of "2027-01-11" are no word breaks.
            var lower = Apostrophes(sentence.ToLowerInvariant());
            lower = InWeekWords(Hyphen().Replace(sentOn is { } day ? DatedWeeks.Rewrite(lower, day) : lower, " "));
            lower = AsPerUsual().Replace(lower, "as usual");
            lower = UnwiseNotTo().Replace(lower, "i'll");
            // "I don't expect the merge window to be anything but the usual two weeks" plans them, as the steps read it.
            lower = AnythingBut().Replace(lower, "i expect ${rest}");
            var named = lower.Contains("merge window", StringComparison.Ordinal) || Rc1Named().IsMatch(lower);
            var lengths = MergeWindowLength().Matches(lower).Select(m => (Match: m, Quote: sentence));
            if (named || namedBefore)
            {
                // "Normally the merge window is two weeks, but this time it will be three": "it" is the merge window
                // (or rc1) named in this sentence or the one before, and a bare number is weeks after weeks were named
                // before it in its sentence. Named before, the quote carries both. ("It will be three weeks" with its
                // weeks named is read by TiedLengths, as "it" stands for the merge window there too.)
                var quote = named ? sentence : $"{previous} {sentence}";
                var ofIt = ItCount().Matches(lower).Where(m => lower[..m.Index].Contains("week", StringComparison.Ordinal));
                lengths = lengths.Concat(ofIt.Select(m => (Match: m, Quote: quote)));
            }

            var planned = lengths.Where(l => !NotPlanned().IsMatch(lower[ClauseBounds(lower, l.Match.Index).Start..l.Match.Index] + l.Match.Value)
                    && !OtherMergeWindow().IsMatch(lower[ClauseRange(lower, l.Match.Index)]) && !ConditionalAt(lower, l.Match.Index))
                .Select(l => (l.Match.Index, End: l.Match.Index + l.Match.Length, Days: Days(l.Match), l.Quote))
                .Concat(TiedLengths(lower, named || namedBefore)
                    .Select(t => (t.Length.Index, End: t.Length.Index + t.Length.Length, Days: (int?)t.Days, Quote: t.OfIt && !named ? $"{previous} {sentence}" : sentence)));
            // The last length in the sentence has the last word, as the last sentence has in the mail. A question ("Can
            // we do a three-week merge window?") plans nothing, nor does a length with "if" after it in its clause ("…
            // will be three weeks if the holidays get in the way"; "unless something comes up" leaves the plan standing).
            var question = sentence.TrimEnd().EndsWith('?');
            var lengthPlanned = false;
            foreach (var (_, _, days, quote) in planned
                .Where(p => p.Days is >= 7 and <= 28 && !question && !IfAfter().IsMatch(lower[p.End..ClauseBounds(lower, p.End).End]))
                .OrderBy(p => p.Index))
            {
                plan = new MergeWindowPlan(days!.Value, quote);
                lengthPlanned = true;
            }

            // "I won't be extending the merge window this time": the usual length, said as a change denied, when the
            // sentence plans no length of its own — not hoped for or hedged in its clause ("I hope to stick to the
            // usual schedule").
            if (!question && !lengthPlanned && UsualKept().Match(lower) is { Success: true } kept
                && !ConditionalAt(lower, kept.Index) && !OtherMergeWindow().IsMatch(lower[ClauseRange(lower, kept.Index)])
                && !NotPlanned().IsMatch(lower[ClauseBounds(lower, kept.Index).Start..kept.Index]))
            {
                plan = new MergeWindowPlan(UsualMergeWindowDays, sentence);
            }

            // "Last year we did a three-week merge window over the holidays, and it worked, so let's do that again": a
            // length told of the past, in this sentence or the one before, taken up again without a hedge or condition.
            var toldHere = PastLength(lower);
            var (length, from) = toldHere is { } here ? (here.Days, here.End) : (toldBefore, 0);
            if (length is { } toldDays && SameAgain().Match(lower, from) is { Success: true } again)
            {
                var clauseStart = ClauseBounds(lower, again.Index).Start;
                if (!NotPlanned().IsMatch(lower[clauseStart..(again.Index + again.Length)]) && !Conditional().IsMatch(lower[from..again.Index]))
                {
                    // Told in the sentence before, the quote carries both: "Let's do that again." alone says nothing.
                    plan = new MergeWindowPlan(toldDays, toldHere is null ? $"{previous} {sentence}" : sentence);
                }
            }

            toldBefore = toldHere?.Days;
            previous = sentence;
            namedBefore = named;
        }

        return plan;
    }

    // The length of a merge window told of the past in the sentence, and where it ends.
    private static (int Days, int End)? PastLength(string lower) =>
        PastMergeWindowLength().Match(lower) is { Success: true } past && Days(past) is >= 7 and <= 28 and var days
            ? (days, past.Index + past.Length)
            : null;

    // A length of a merge window told of the past: "we did / had a three-week merge window", "the merge window (over
    // the holidays) was / lasted three weeks" (the 3.13 one was).
    [GeneratedRegex(@"\b(?:did|had|ran|used|tried)\s+(?:a|an)\s+" + CountAfterArticle + @"\s+weeks?\s+(?:long\s+)?merge\s+window|merge\s+window(?:\s+for\s+v?" + Ver + @"|\s+over\s+the\s+(?:holidays|summer))?\s+(?:was|lasted|ran)\s+(?:for\s+)?(?:(?:about|roughly|only|just)\s+)?" + Count + @"\s+weeks?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastMergeWindowLength();

    // Doing it again: "let's do that again", "I'll do the same this time", "same as last time", "let's repeat that",
    // "that's the plan again this time".
    [GeneratedRegex(@"\b(?:(?:let's|i'll|we'll|i\s+will|we\s+will|i'm\s+going\s+to|we're\s+going\s+to)\s+(?:just\s+)?(?:do|have)\s+(?:that|the\s+same|it)(?:\s+thing)?\s+(?:again|this\s+time)|(?:let's|i'll|we'll)\s+repeat\s+(?:that|it)|that's\s+(?:the\s+plan|what\s+(?:i'll|we'll)\s+do)\s+(?:again|this\s+time)|(?:the\s+)?same\s+(?:thing\s+)?as\s+last\s+time)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SameAgain();

    // The days a match names: weeks or days outright, or the usual two weeks moved by an amount.
    private static int? Days(Match m)
    {
        if (m.Groups["usual"].Success)
        {
            return UsualMergeWindowDays;
        }

        var amount = Amount(m);
        return m.Groups["shorter"].Success ? UsualMergeWindowDays - amount
            : m.Groups["longer"].Success ? UsualMergeWindowDays + amount
            : amount;
    }

    // The days a length names: its count ("a", "three", "a couple of"; one when none is named) of days or weeks.
    private static int Amount(Match m) =>
        (m.Groups["days"].Success ? 1 : 7) * (m.Groups["n"].Value is { Length: > 0 } n ? Numbers.GetValueOrDefault(n, 1) : 1);

    // A length in other words than weeks, written in weeks: "the usual fortnight" is "the usual two weeks", "fourteen
    // days" and "21 days" are two and three weeks (days rounded to whole weeks, as rc1 comes on a Sunday; a count that
    // rounds to no week or more than four stays as it is).
    private static string InWeekWords(string lower) =>
        DayCount().Replace(FortnightWord().Replace(lower, "two weeks"), m => DaysAsWeeks(m.Groups["d"].Value, most: 4) ?? m.Value);

    // Counts of days: digits, or the words of SpelledDays (ProseReader.Times).
    [GeneratedRegex(@"\b(?<d>\d{1,2}|twenty(?:\s+(?:one|two|eight))?|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s+days\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DayCount();

    // "a fortnight", "the usual fortnight": two weeks.
    [GeneratedRegex(@"\b(?:a\s+)?fortnight\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FortnightWord();

    // "three-week", "rc-1": a hyphen between words is a space here.
    [GeneratedRegex(@"(?<=\w)-(?=\w)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hyphen();

    private const string Count = @"(?<n>a\s+couple\s+of|a|one|two|three|four|1|2|3|4)";

    // Words between a modal and its verb that change nothing: "will probably be", "will thus be", "will only be".
    private const string Adverbs = @"(?:(?:probably|likely|then|therefore|thus|hence|so|also|just|only|again)\s+)?";

    // A count after an article ("a three week merge window"): not the article itself.
    private const string CountAfterArticle = @"(?<n>one|two|three|four|1|2|3|4)";

    // The merge window kept open (until a day, which follows): "I'll keep / leave the merge window open", "the merge
    // window will stay / remain / be open", "the merge window stays open", "the merge window is (now) open".
    private const string KeptOpen = @"(?:\b(?:keep|leave|have)\s+(?:the|this)\s+merge\s+window|merge\s+window(?:\s+for\s+v?" + Ver + @")?\s+(?:(?:will|'ll|is\s+going\s+to|should)\s+" + Adverbs + @"(?:be|stay|remain)|stays|remains|is(?:\s+now)?|'s(?:\s+now)?))\s+open\s+";

    // The lengths the general reading (ProseReader.MergeWindowTie) cannot tie: a day named that the mail's date has turned
    // into weeks after "until", which breaks a tie ("I'll keep the merge window open until" January 11th, read as "until
    // in three weeks"), and "the merge window will be / has the usual length" (two weeks), which names no weeks.
    [GeneratedRegex(
        KeptOpen + @"(?:until|till)\s+in\s+" + Count + @"\s+weeks?\b"
        + @"|merge\s+window(?:\s+for\s+v?" + Ver + @")?\s+(?:(?:will|'ll|is\s+going\s+to|should)\s+" + Adverbs + @"(?:be|have)|is|'s|has)\s+(?:the|its|our)\s+(?:usual|normal|regular)\s+length\b(?<usual>)",
        RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MergeWindowLength();

    // "It will be three", "it will be in three", "I expect it to last three", "this one will be the normal two", "(…
    // but) I'll do three", of the merge window or rc1 named just before, with the weeks left out (not "it will be three
    // weeks before / until …", "three people", "three times").
    [GeneratedRegex(@"\b(?:(?:(?:expect|want|need)\s+)?(?:it|this\s+one)(?:'ll|\s+will|'s\s+going\s+to|\s+is\s+going\s+to|(?<=\b(?:expect|want|need)\s+it)\s+to)\s+" + Adverbs + @"(?:be(?:\s+in)?|last|run|take)|(?:i'll|we'll|i\s+will|we\s+will|(?:i'm|we're)\s+going\s+to|let's)\s+" + Adverbs + @"(?:do|go\s+(?:with|for)))\s+(?:(?:only|just|about|roughly|the\s+usual|the\s+normal)\s+)?" + CountAfterArticle + @"\b(?!\s+(?:weeks?|from|after|before|until|till|since|shorter|longer|early|late|of|more|or|to|days?|times?|rcs?|-?rc\d*|pull|merges?|commits?|people|maintainers|things)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItCount();

    // rc1 named: what "it" may stand for beside the merge window ("don't expect rc1 in two weeks: … it will be three").
    [GeneratedRegex(@"\brc\s?1\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Rc1Named();

    // A length not planned: hedged ("might", "may", "could", "possibly"), denied ("not", "won't", "no", "nobody"),
    // hoped for, wished or asked for ("I'd love to do a one-week merge window some day", "people asked for a three-week
    // merge window", "I'd have liked …", "something I'd rather avoid"), only thought about ("I'm thinking about making
    // the merge window three weeks", "considering", "I considered a three-week merge window"), would be ("I'd consider
    // a three-week merge window", not "I'd expect"), or what would normally be ("normally", "usually", "in my
    // experience"), in the length's own clause.
    [GeneratedRegex(@"\b(?:might|may|could|would|possibly|perhaps|maybe|whether|not|no|never|nobody|no\s+one|normally|usually|typically|in\s+my\s+experience|hope|hopefully|hoping|hoped|love|wish(?:ed)?|liked|asked|requested|rather(?!\s+than)|prefer(?:red)?|suggested|proposed|avoid|some\s*day|one\s+day|thinking\s+(?:about|of)|considering|contemplating|pondering|mulling|debating|toying\s+with|considered|contemplated|pondered|debated|toyed\s+with)\b|n't\b|(?<=\w)'d\b(?!\s+(?:expect|say|guess)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotPlanned();

    // The usual merge window kept, as a change to it denied: "I won't be extending / shortening the merge window", "I'm
    // not going to change the merge window", "I'm not planning on / I don't plan to / I've decided against extending
    // the merge window", "I won't be doing a shortened merge window", "no plans to extend the merge window", "I'm not
    // planning on any changes to the (usual) merge window (schedule)", "no changes to the merge window", "nothing
    // unusual (planned) for the merge window", "the merge window won't be extended / cut short", "no / there won't be
    // an extended merge window", and in a sentence that names the merge window "(the merge window is open, and) I'll be
    // following / sticking to the usual schedule" or "I don't expect anything unusual (about it)"; a change thought of
    // and "decided against" ("I considered extending the merge window, but decided against it").
    [GeneratedRegex(@"\b(?:(?:i|we)\s+(?:won't|will\s+not|don't|do\s+not)\s+(?:be\s+|plan\s+(?:on\s+|to\s+)|intend\s+to\s+)?|(?:i'm|i\s+am|we're|we\s+are)\s+not\s+(?:going\s+to\s+|planning\s+(?:on\s+|to\s+)|intending\s+to\s+)?|no\s+plans?\s+to\s+|(?:i|we)(?:'ve|\s+have)?\s+(?:decided|chosen)\s+against\s+)(?:extend(?:ing)?|shorten(?:ing)?|lengthen(?:ing)?|chang(?:e|ing)|(?:do(?:ing)?|hav(?:e|ing))\s+(?:a|an|any)\s+(?:shortened|shorter|short|longer|extended|lengthened|special|unusual))\s+(?:(?:the|this|our)\s+)?(?:(?:usual|normal)\s+)?merge\s+window\b|\b(?:(?:(?:i'm|i\s+am|we're|we\s+are)\s+not\s+planning\s+(?:on\s+)?|(?:i|we)\s+(?:don't|do\s+not)\s+plan\s+|there\s+(?:won't|will\s+not)\s+be\s+)?any|no)\s+changes?\s+to\s+(?:the|this|our)\s+(?:(?:usual|normal)\s+)?merge\s+window\b|\bnothing\s+(?:unusual|special|different)\s+(?:(?:is\s+)?planned\s+)?(?:for|about)\s+(?:the|this)\s+merge\s+window\b|\bthe\s+(?:next\s+)?merge\s+window(?:\s+for\s+v?" + Ver + @")?\s+(?:won't|will\s+not|(?:isn't|is\s+not)\s+going\s+to)\s+be\s+(?:extended|shortened|lengthened|cut\s+short)\b|\b(?:no|there\s+(?:won't|will\s+not)\s+be\s+(?:an?|any))\s+(?:extended|shortened|shorter|longer|lengthened|special|unusual)\s+merge\s+window\b|(?:(?<=\bmerge\s+window\b.*)|(?=.*\bmerge\s+window\b))\b(?:i|we)\s+(?:don't|do\s+not)\s+(?:expect|plan|foresee|anticipate)\s+anything\s+(?:unusual|special|different)\b|(?:(?<=\bmerge\s+window\b.*)|(?=.*\bmerge\s+window\b))\b(?:(?:i'll|we'll|i\s+will|we\s+will|i'm|we're|i\s+am|we\s+are)\s+(?:be\s+)?)?(?:follow(?:ing)?|stick(?:ing)?\s+to|keep(?:ing)?\s+to)\s+(?:the|our)\s+(?:usual|normal|regular)\s+(?:merge[\s-]window\s+)?schedule\b|(?<=\b(?:extend|shorten|lengthen|chang)(?:e|ing)?\s+(?:(?:the|this)\s+)?merge\s+window\b[^.;]*?)\b(?:decided|chose)\s+against\s+(?:it|that)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UsualKept();

    // A condition after the length in its clause: "… if the holidays get in the way", "… in case I'm late".
    [GeneratedRegex(@"\b(?:if|in\s+case)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IfAfter();

    // A length said under a condition: one anywhere before it in its sentence ("If the pull requests pile up, rc1 will
    // be in three weeks"), or the exception it stands in ("…, unless I need three weeks"). An exception before the
    // length leaves the plan standing: "Unless something odd happens, it will be the usual two weeks".
    private static bool ConditionalAt(string lower, int index) => Conditional().IsMatch(lower[..index]) || InException(lower, index);

    [GeneratedRegex(@"\b(?:if|in\s+case|should\s+(?:the|things|it))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Conditional();

    // Another cycle's merge window: one told in the past ("the 3.13 merge window was three weeks", "last time rc1 came
    // after three weeks", "I used to keep the merge window open for three weeks in the old days"), or another project's
    // ("three weeks long in some other projects").
    [GeneratedRegex(@"\b(?:was|were|had|came|used\s+to|last\s+(?:time|cycle|release|year)|back\s+(?:then|in)|in\s+the\s+(?:old\s+days|past|early\s+days)|(?:some|many|most|the)\s+other\s+(?:projects?|trees?|subsystems?)|elsewhere)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherMergeWindow();

    // "as per usual", read as the "as usual" it means ("two weeks as per usual").
    [GeneratedRegex(@"\bas\s+per\s+usual\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AsPerUsual();
}

/// <summary>The merge window a release mail plans: its length from the release to rc1, and the sentence that says so.</summary>
/// <param name="Days">Days from the release to rc1.</param>
/// <param name="Sentence">The sentence.</param>
public sealed record MergeWindowPlan(int Days, string Sentence);
