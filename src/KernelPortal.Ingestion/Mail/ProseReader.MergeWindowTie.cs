using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// How a release mail's merge-window length is read: a length ("three weeks", "a single week", "an extra week", "a week
/// early", "next Sunday"; "a fortnight" and "fourteen days" are read as weeks) tied to the merge window or to rc1 in
/// its sentence, whatever the verb between them — "the merge window will be three weeks", "we're doing a three-week
/// merge window", "you get three weeks of merge window", "I'm giving the merge window an extra week", "I'll close the
/// merge window after one week", "I'm going to shorten the merge window to one week", "rc1 is going to be delayed by a
/// week". It took over from a list of 31 shapes that twenty-five rounds of sentences kept adding to
/// (docs/prose-rounds.md, round 428); <see cref="MergeWindowLength"/> keeps the few it cannot tie, which name no weeks
/// or a day after "until".
/// </summary>
/// <remarks>
/// A length is the merge window's when it follows the merge window (or rc1) with nothing between them that could own it
/// instead: no other noun ("the merge window is open, and the bug will close in two weeks"), no new subject after "and"
/// ("… and Greg will be out for a week"), no new clause ("because", "while", "but", a semicolon; an aside such as ",
/// because of LPC," is skipped), and no plural verb after rc1 ("fixes for rc1 are expected in two weeks"); or when it
/// stands right before it ("three weeks of merge window", "an extra week in the merge window", "two weeks from now,
/// rc1", "in three weeks we'll have rc1", "so the usual two weeks it is") and is no subject of a statement ("two weeks
/// of merge window are a lot of work"); or when its clause is nothing but the length, concluding what the sentence says
/// of the merge window ("…, and I'll be around for all of it, so the usual two weeks"), or opens a sentence after one
/// that names the merge window ("The merge window is open. The usual two weeks."). It is then planned unless its words
/// hedge, deny, wish or tell the past, as every merge-window plan's (<see cref="NotPlanned"/>), or its clause tells
/// someone's absence; "rc1 won't happen until three weeks from now" denies every earlier day and is the plan.
/// </remarks>
public static partial class ProseReader
{
    // The longest stretch of words between the merge window (or rc1) and a length that belongs to it.
    private const int MaxTieWords = 10;

    /// <summary>
    /// The lengths in <paramref name="lower"/> tied to its merge window or rc1, with the days each plans; with
    /// <paramref name="itIsTheMergeWindow"/> (the merge window or rc1 is named in this sentence or the one before) "it"
    /// stands for them too: "The merge window is open. It closes in two weeks." OfIt tells when the length is tied to "it".
    /// </summary>
    private static IEnumerable<(Match Length, int Days, bool OfIt)> TiedLengths(string lower, bool itIsTheMergeWindow)
    {
        var anchors = MergeWindowAnchor().Matches(lower).Concat(itIsTheMergeWindow ? It().Matches(lower) : []).OrderBy(a => a.Index).ToList();
        foreach (Match length in TieLength().Matches(lower))
        {
            if (TiedDays(lower, anchors, length, itIsTheMergeWindow) is { } tied)
            {
                yield return (length, tied.Days, tied.OfIt);
            }
        }
    }

    // The days a length plans, and whether it is tied to "it" (which may stand for the merge window of the sentence before).
    private static (int Days, bool OfIt)? TiedDays(string lower, List<Match> anchors, Match length, bool itIsTheMergeWindow)
    {
        var lengthEnd = length.Index + length.Length;
        var after = lower[lengthEnd..];
        var (start, end) = (-1, lengthEnd);
        // How the length moves the usual two weeks: +1 longer ("an extra week", "delayed by a week", "add a week to the
        // merge window"), -1 shorter ("a week early", "shortened by a week"), 0 not at all (it is the length itself), none
        // when "by" gives no way.
        int? direction = length.Groups["longer"].Success || Added().IsMatch(lower[..length.Index]) ? 1 : length.Groups["shorter"].Success ? -1 : 0;
        var notUntil = false;
        var ofIt = false;

        // Right before the merge window: "three weeks of merge window", "a three week merge window", "an extra week
        // in the merge window"; right before rc1: "two weeks from now, rc1", "two weeks until rc1"; before "it" that stands
        // for them, as the choice made: "so the usual two weeks it is", "Three weeks it is, then".
        var itIs = itIsTheMergeWindow ? ItIs().Match(after) : Match.Empty;
        var before = LengthBeforeMergeWindow().Match(after) is { Success: true } mw && !Statement().IsMatch(after[mw.Length..]) ? mw
            : LengthBeforeRc1().Match(after) is { Success: true } rc1Before ? rc1Before
            : itIs;
        if (before.Success)
        {
            ofIt = before == itIs;
            // What is said of it after it belongs to the plan too: "two weeks from now, rc1 might be out" is a guess.
            start = length.Index;
            var anchorEnd = lengthEnd + before.Length;
            end = SaidUntil(lower, anchorEnd);
        }
        else if (anchors.LastOrDefault(a => a.Index + a.Length <= length.Index) is { } concluded
            && ConcludingLength(lower, length.Index, lengthEnd) is { } conclusion)
        {
            // A clause of nothing but the length ends what the sentence says of the merge window, however much lies
            // between: "The merge window starts now, and I'll be around for all of it, so the usual two weeks". After a
            // colon, semicolon or dash it is the answer to what came before, whose wish or doubt it settles: "I'd be
            // tempted to make the merge window shorter, but I won't this time: two weeks as always" plans from the
            // colon on; after a semicolon any length alone does ("The merge window is open; three weeks this time").
            start = conclusion.AfterColon ? conclusion.ClauseStart : concluded.Index;
            ofIt = concluded.Value == "it";
            end = ClauseBounds(lower, lengthEnd).End;
        }
        else if (itIsTheMergeWindow && !anchors.Any(a => a.Index < length.Index) && ClauseBounds(lower, length.Index).Start == 0
            && LengthFragment().IsMatch(lower[..length.Index] + "#" + lower[lengthEnd..ClauseBounds(lower, lengthEnd).End]))
        {
            // A sentence that opens with nothing but the length goes on with the merge window named in the sentence
            // before: "The merge window for 6.17 is open. The usual two weeks, and …", "… Two weeks, as usual."
            start = 0;
            ofIt = true;
            end = ClauseBounds(lower, lengthEnd).End;
        }
        else if (anchors.LastOrDefault(a => a.Index + a.Length <= length.Index) is { } anchor)
        {
            // After the merge window or rc1, with nothing between them that could own the length. "rc1 won't happen until
            // three weeks from now" denies any day before the length: it is the plan.
            // An aside between commas or in parentheses says why, not what: "The merge window, because of LPC, will be …".
            // "The usual" before the length is the length's own: "close it after the usual two weeks".
            var gap = UsualBefore().Replace(Aside().Replace(lower[(anchor.Index + anchor.Length)..length.Index], " "), " ");
            notUntil = NotUntil().IsMatch(gap) && FromNow().IsMatch(after);
            var rc1 = anchor.Value.StartsWith("rc", StringComparison.Ordinal);
            if (gap.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxTieWords || (TieBroken().IsMatch(Span().Replace(gap, string.Empty)) && !notUntil)
                || OtherOwner().IsMatch(gap) || Choice().IsMatch(gap) || (rc1 ? NotRc1Itself() : NotMergeWindowItself()).IsMatch(gap) || OtherSpan().IsMatch(after))
            {
                return null;
            }

            // What follows the length in its clause is said of it too: "Closing the merge window after one week is
            // something I'd never do".
            start = anchor.Index;
            ofIt = anchor.Value == "it";
            end = SaidUntil(lower, lengthEnd);
            // "delayed / extended / shortened by a week", "extend the merge window by a week" move the usual two weeks;
            // "by" alone says not which way.
            if (By().IsMatch(gap))
            {
                var verb = lower[ClauseBounds(lower, anchor.Index).Start..length.Index];
                direction = Longer().IsMatch(verb) ? 1 : Shorter().IsMatch(verb) ? -1 : null;
            }
        }

        if (start < 0 || direction is not { } way)
        {
            return null;
        }

        // The plan's words: from the start of the clause that names the merge window (or the length, if first) to the
        // length (or the end of the merge window's clause): "the merge window was longer than usual: three weeks" tells.
        var said = lower[ClauseBounds(lower, start).Start..end];
        if ((NotPlanned().IsMatch(said) && !notUntil) || Told().IsMatch(said) || OtherMergeWindow().IsMatch(said)
            || OtherMergeWindow().IsMatch(lower[ClauseRange(lower, length.Index)])
            || Away().IsMatch(lower[ClauseBounds(lower, length.Index).Start..length.Index]) || ConditionalAt(lower, length.Index))
        {
            return null;
        }

        return (way == 0 ? Amount(length) : UsualMergeWindowDays + (way * Amount(length)), ofIt);
    }

    // A clause of nothing but the length that concludes its sentence: after "so", "which means" (LengthAlone), or on its
    // own after a colon or dash as the usual length kept (UsualLengthFragment; "I'd love a shorter merge window: one
    // week" is the wish's length, not a plan).
    private static (int ClauseStart, bool AfterColon)? ConcludingLength(string lower, int lengthStart, int lengthEnd)
    {
        var clauseStart = ClauseBounds(lower, lengthStart).Start;
        var clause = lower[clauseStart..lengthStart] + "#" + lower[lengthEnd..ClauseBounds(lower, lengthEnd).End];
        return LengthAlone().IsMatch(clause) ? (clauseStart, false)
            : lower[..clauseStart].TrimEnd() is [.., ':' or '—' or ';'] && UsualLengthFragment().IsMatch(clause) ? (clauseStart, true)
            : lower[..clauseStart].TrimEnd() is [.., ';'] && LengthFragment().IsMatch(clause) ? (clauseStart, true)
            : null;
    }

    // The end of what is said of a plan from this point on: its clause, or the start of a new one inside it ("… because …").
    private static int SaidUntil(string lower, int from)
    {
        var clauseEnd = ClauseBounds(lower, from).End;
        return TieBroken().Match(lower, from) is { Success: true } broken && broken.Index < clauseEnd ? broken.Index : clauseEnd;
    }

    // What a merge window's length is: weeks or days counted ("three weeks", "a single week", "two weeks long"), moved
    // ("a week shorter / longer / early / late"), added ("an extra / additional week", "one more week", "a third week"),
    // or the Sunday a week away ("expect rc1 next Sunday": a release mail is sent on the release's Sunday; not "two weeks
    // from next Sunday").
    [GeneratedRegex(@"(?<!\b(?:from|after|before|since)\s+)\b(?:on\s+)?next\s+(?:sunday|weekend)\b|\b(?:(?:an?\s+(?:extra|additional|third)|another|one\s+more)\s+week\b(?<longer>)|(?<n>a\s+couple\s+of|a|one|two|three|four|1|2|3|4)\s+(?:single\s+)?(?:(?<days>days?)|weeks?)\b(?:\s+(?:long\b|(?:longer|late|later)\b(?<longer>)|(?:shorter|early)\b(?<shorter>)))?)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TieLength();

    // "the usual / normal" right before a length.
    [GeneratedRegex(@"\b(?:the\s+)?(?:usual|normal|regular|standard|customary)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UsualBefore();

    // The merge window or rc1, as the sentence names them, or the "which" that takes the merge window up at the start
    // of a relative clause: "… the merge window over the holidays, which I'll extend by a week".
    [GeneratedRegex(@"merge\s+window\b|\brc\s?1\b|(?<=\bmerge\s+window\b(?:[^.;:,]|\.(?=\d))*,\s*)which\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MergeWindowAnchor();

    // "it", which stands for the merge window or rc1 named just before: as the subject at the head of a clause ("It
    // closes in two weeks", "… and it'll run three weeks", "As always, it lasts two weeks", "… and as usual it will be
    // two weeks"), or after a verb that plans a length ("I'm giving it three weeks", "close it after one week", "expect
    // it to last two weeks", "let it run an extra week") — not "I fixed it in a week", where "it" is something else.
    [GeneratedRegex(@"(?<=(?:^\s*|[,;:—]\s*|\b(?:and|but|so|then)\s+)(?:(?:as\s+(?:usual|always)|this\s+time|again|once\s+more)\s+)?|\b(?:giv(?:e|es|ing)|mak(?:e|es|ing)|keep(?:s|ing)?|clos(?:e|es|ing)|end(?:s|ing)?|cut(?:s|ting)?|extend(?:s|ing)?|shorten(?:s|ing)?|leav(?:e|es|ing)|run(?:s|ning)?|stretch(?:es|ing)?|limit(?:s|ing)?|let(?:s|ting)?|expect|want|need)\s+)it\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex It();

    // A clause of nothing but a length (written as "#"), as the sentence's conclusion: "so (the usual) two weeks", "so
    // two weeks as usual", "which means three weeks this time".
    [GeneratedRegex(@"^\s*(?:(?:and\s+)?so|thus|hence|which\s+means|that\s+means|meaning)\s+(?:(?:just|only)\s+)?(?:the\s+)?(?:(?:usual|normal|regular|standard)\s+)?#(?:\s+(?:as\s+(?:usual|always|normal)|this\s+time|again|then))?\s*[.!]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LengthAlone();

    // A sentence's first clause of nothing but a length (written as "#"): "The usual two weeks", "Two weeks, as usual",
    // "Just one week this time", "The usual two weeks apply".
    [GeneratedRegex(@"^\s*(?:(?:just|only)\s+)?(?:the\s+)?(?:(?:usual|normal|regular|standard)\s+)?#(?:\s*,?\s*(?:as\s+(?:usual|always|normal)|this\s+time|again|then))?(?:\s+(?:appl(?:y|ies)|it\s+is))?\s*[.!]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LengthFragment();

    // A clause of nothing but the usual length (written as "#"): "the usual two weeks", "two weeks as always".
    [GeneratedRegex(@"^\s*(?:the\s+(?:usual|normal|regular|standard)\s+#|#\s*,?\s*as\s+(?:usual|always|normal))\s*[.!]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UsualLengthFragment();

    // A choice of lengths is none: "two or three weeks", "two to three weeks".
    [GeneratedRegex(@"\b(?:one|two|three|four|\d)\s+(?:or|to)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Choice();

    // A length right before the merge window: "… of (the) merge window", "… in / to / for the merge window", "… merge window".
    [GeneratedRegex(@"^\s+(?:long\s+)?(?:(?:of|in|to|for)\s+(?:the\s+|this\s+)?)?(?:next\s+)?merge\s+window\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LengthBeforeMergeWindow();

    // A length right before rc1: "two weeks from now, rc1", "two weeks until rc1", and before what will be done with
    // it: "two weeks from now we'll have rc1", "in three weeks I'll cut rc1".
    [GeneratedRegex(@"^(?:\s+from\s+(?:now|today))?(?:\s*[,:—–]\s*|\s+(?:until|till)\s+|\s*,?\s+(?:we'll|i'll|you'll|we\s+will|i\s+will|you\s+will|we\s+should|i\s+should)\s+(?:(?:then|probably|hopefully)\s+)?(?:have|see|get|cut|tag|release|do|open)\s+(?:the\s+)?)rc\s?1\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LengthBeforeRc1();

    // A length chosen for the merge window "it" stands for: "two weeks it is", "three weeks it is, then".
    [GeneratedRegex(@"^\s+it\s+is(?:\s*,?\s*then)?\s*(?:[.!;]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItIs();

    // The merge window as the subject of a statement, not a plan: "… are a lot of work", "… is something I avoid".
    [GeneratedRegex(@"^\s*(?:is|are|was|were|means|makes|sounds|seems|would|could|can|has|have|isn't|aren't)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Statement();

    // A new clause or sentence between the merge window and a length: the length is another's (the dot of "7.4" is no end;
    // "but it" goes on of the merge window: "… is open, but it's going to be a three-week one").
    [GeneratedRegex(@"\.(?!\d)|[;!?()]|\b(?:because|since|while|when|whenever|after|before|until|till|though|although|but(?!\s+it\b)|unless|if|during|once|where|who)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TieBroken();

    // Another noun between the merge window and a length, which may own it ("… and the bug will close in two weeks"):
    // a determiner with a word after it, other than words that describe the merge window or the time; or a new subject
    // after "and" ("… is open, and Greg will be out for a week"), other than it, I, we or rc1; or a person right before
    // the length, whose time it is ("it will take me a week").
    [GeneratedRegex(@"\b(?:the|a|an|this|that|my|our|your|their|his|her|some|any)\s+(?!(?:merge|usual|normal|regular|plan|short|shorter|long|longer|same|whole|next|time|bit|little|one|single|other)\b)\w+|\band\s+(?!(?:it|i|we|rc\s?1|then|so)\b)\w+\s+(?:will|'ll|is|are|has|have|was|should|can|may|might)\b|\b(?:me|us|him|them|people|everybody|everyone)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherOwner();

    // rc1 that is not what comes after the length: with a plural verb after it ("fixes for rc1 are expected in two
    // weeks"), or naming something of rc1's ("rc1 testing takes about two weeks").
    [GeneratedRegex(@"^\s*(?:are|were|have|testing|tests|fixes|regressions?|reports?|builds?|pulls?|patches|changes|announcements?|candidates?|tags?)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotRc1Itself();

    // The merge window naming something of its own, which may own the length: "everybody's merge window workflow takes
    // about two weeks to settle", "merge window stats: two weeks, 12000 commits".
    [GeneratedRegex(@"^\s*(?:workflow|work|workload|stats|statistics|traffic|activity|chaos|load|e?mails?|backlog|pulls?|fixes|testing|reports?|noise|stress|pain)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotMergeWindowItself();

    // "won't happen until", "will not close before": no day before the length.
    [GeneratedRegex(@"^\s*(?:won't|will\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to)\s+(?:\w+\s+){0,3}?(?:until|till|before)\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotUntil();

    [GeneratedRegex(@"^\s+from\s+(?:now|today)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FromNow();

    // A length added: "I'll add a week to the merge window", "adding another week".
    [GeneratedRegex(@"\b(?:add|adds|added|adding)\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Added();

    // A span counted from or to something else: "two weeks after rc1", "three weeks before I get to it", "two weeks
    // since the last regression", "three weeks to the release", "three weeks of pulls", "a week off", "a week earlier
    // than I expected", "give it a week and we'll see" (but "two weeks from now", "of merge window", "of merging", "three weeks to
    // cover the holidays").
    [GeneratedRegex(@"^\s+(?:before|since|ago|until|till|or|to\s+(?:the|a|an|rc|v?\d|my|our|his|her|their|that|this)|off|more|earlier|sooner|and\s+(?:then\s+)?(?:(?:we'll|i'll|let's)\s+)?see|after(?!\s+(?:the|this)\s+release\b)|from(?!\s+(?:now|today)\b)|of(?!\s+(?:the\s+)?merge\s+window\b|\s+merging\b)|in\s+a\s+row)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherSpan();

    // An aside: "(because of LPC)", ", because of LPC,", ", due to the holidays,".
    [GeneratedRegex(@"\([^()]*\)|,\s*(?:because\s+of|due\s+to|thanks\s+to|given|with)\b[^,.;]{0,40},", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Aside();

    // The preposition of the length itself, which starts no clause: "close the merge window after one week".
    [GeneratedRegex(@"\b(?:after|in)\s+(?:(?:just|only|about|roughly)\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Span();

    // "by" a length: a move of the usual two weeks, whose direction the verb gives.
    [GeneratedRegex(@"\bby\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex By();

    [GeneratedRegex(@"\b(?:delay(?:ed|ing)?|extend(?:ed|ing)?|lengthen(?:ed|ing)?|stretch(?:ed|ing)?|push(?:ed|ing)?|slip(?:ped|ping|s)?|longer)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Longer();

    [GeneratedRegex(@"\b(?:shorten(?:ed|ing)?|cut(?:ting)?|trim(?:med|ming)?|shorter)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Shorter();

    // The length of someone's absence, not of the merge window: "I'll be gone for a week", "away / out for two weeks".
    [GeneratedRegex(@"\b(?:away|gone|out\s+for|(?:be|been|being)\s+off|offline|travel(?:ing|ling|ed|led)?|on\s+the\s+road|spent|spend|took|take\s+off)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Away();

    // A length told of the past: "the last merge window took three weeks".
    [GeneratedRegex(@"\b(?:took|lasted|spent|ran|did|went|the\s+last\s+merge\s+window|the\s+previous\s+merge\s+window)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Told();
}
