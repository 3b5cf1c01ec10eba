using System.Globalization;
using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Reads what an rc mail's prose says about the next step: another rc, or the final release.
/// </summary>
/// <remarks>
/// <para>The prose is split into sentences, and each sentence is read for what it claims about the schedule:</para>
/// <list type="bullet">
/// <item>a final next: "this is the last rc", "the final 6.12 next weekend", "one more calm week", "ready for a
/// final 5.9", "release the final 6.14 next weekend";</item>
/// <item>another rc: "rc8" (any rc after this one), "another rc", "an extra week", "delay the release";</item>
/// <item>a number of weeks still to go: "two more weeks", "in two weeks", "another week" — from rc N, w weeks to the
/// release mean the last rc is N + w − 1.</item>
/// </list>
/// <para>A claim is turned around by a negation in front of it ("no rc8", "not going to need an rc8", "rather than
/// the final", "don't think there's any reason to delay"). Conditions and hedges keep the claim — "if things stay
/// calm I'll do the final next week", "unless something happens", "hopefully", "probably": Linus states his plan
/// and its condition. Sentences about what would normally happen ("normally I'd just say …") are not claims, and
/// neither are mentions of this or earlier rcs, nor what happened already ("that one ended up having an rc8",
/// "another week has gone by", "another week, another rc"). What he states plainly outweighs what he only calls
/// possible ("another rc is always an option", "might be a reason to delay"). When the plain claims disagree, or he
/// says he has not decided ("I'm still waffling"), nothing is read: the answer is null, as for a mail that says
/// nothing.</para>
/// </remarks>
public static partial class ProseReader
{
    /// <summary>The rc that ends a normal cycle.</summary>
    public const int UsualLastRc = 7;

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["couple"] = 2, ["a couple"] = 2, ["a couple of"] = 2, ["couple of"] = 2,
        ["2"] = 2, ["3"] = 3,
    };

    /// <summary>Reads an mail's prose; release mails and mails without a version give <see cref="ScheduleHint.None"/> for the schedule but keep travel and lateness.</summary>
    public static ScheduleHint Read(KernelVersion? version, string prose)
    {
        var sentences = Sentences(prose);
        var travel = sentences.Select(s => (Sentence: s, Match: Travel().Match(s))).FirstOrDefault(x => x.Match.Success);
        var travelNote = travel.Sentence is null ? null : new TravelNote(travel.Sentence, [.. Dates().Matches(travel.Sentence).Select(m => m.Value)]);
        var late = sentences.FirstOrDefault(s => Late().IsMatch(s));
        if (version?.Rc is not { } rc)
        {
            return ScheduleHint.None with { Travel = travelNote, Late = late };
        }

        var claims = new List<Claim>();
        int lastUndecided = -1, lastClaim = -1;
        for (var i = 0; i < sentences.Count; i++)
        {
            var lower = Idiom().Replace(Normalise(sentences[i]), " ");
            if (Undecided().IsMatch(lower))
            {
                lastUndecided = i;
            }

            if (Counterfactual().IsMatch(lower))
            {
                continue;
            }

            var found = ClaimsOf(lower, rc, version.Value.Release.ToString()).Select(c => c with { Sentence = sentences[i] }).ToList();
            claims.AddRange(found);
            lastClaim = found.Count > 0 ? i : lastClaim;
        }

        // "I'm still waffling … I'll probably do an rc8" leans one way; "… So we'll see. I'm still waffling." ends undecided.
        var undecided = lastUndecided >= lastClaim && lastUndecided >= 0;

        // What Linus says plainly outweighs what he calls possible ("another rc is always an option").
        if (claims.Any(c => !c.Hedged))
        {
            claims.RemoveAll(c => c.Hedged);
        }

        var finals = claims.Where(c => c.LastRc == rc).ToList();
        var more = claims.Where(c => c.LastRc > rc).ToList();
        if ((finals.Count > 0 && more.Count > 0) || undecided || claims.Count == 0)
        {
            return new ScheduleHint(null, null, null, null, travelNote, late);
        }

        // All claims point the same way; the most definite (latest) rc they name decides, with its sentence.
        var decisive = finals.Count > 0 ? finals[0] : more.MaxBy(c => c.LastRc)!;
        var lastRc = decisive.LastRc;
        return new ScheduleHint(
            lastRc > Math.Max(UsualLastRc, rc),
            lastRc == rc ? "final" : $"rc{rc + 1}",
            lastRc,
            decisive.Sentence,
            travelNote,
            late);
    }

    /// <summary>The schedule claims of one sentence (lower case), as the last rc each implies.</summary>
    private static IEnumerable<Claim> ClaimsOf(string s, int rc, string release)
    {
        var hedged = Hedge().IsMatch(s);

        // Weeks still to go: from rc N, the release after w weeks follows rc N + w − 1. Only weeks ahead count:
        // "another week has gone by" looks back.
        if (Future().IsMatch(s))
        {
            foreach (Match m in WeeksToGo().Matches(s))
            {
                if (Past(s, m.Index, release) || GoneBy().IsMatch(s[(m.Index + m.Length)..]))
                {
                    continue;
                }

                var words = Whitespace().Replace(m.Groups["n"].Success ? m.Groups["n"].Value : "one", " ").Trim();
                var weeks = Numbers.TryGetValue(words, out var n) ? n : 1;
                yield return new Claim(Negated(s, m.Index) ? rc : rc + weeks - 1, hedged);
            }
        }

        foreach (Match m in LaterRc().Matches(s))
        {
            var k = int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture);
            if (k > rc && !Past(s, m.Index, release))
            {
                // "no rc8", "not going to need an rc8", "an rc8 doesn't make sense" all say: no rc8.
                var negated = Negated(s, m.Index) || DeniedAfter().IsMatch(s[(m.Index + m.Length)..]);
                yield return new Claim(negated ? rc : k, hedged);
            }
        }

        foreach (Match m in AnotherRc().Matches(s))
        {
            if (!Past(s, m.Index, release))
            {
                yield return new Claim(Negated(s, m.Index) ? rc : rc + 1, hedged);
            }
        }

        foreach (Match m in Delay().Matches(s))
        {
            // "no reason to delay" is a final next; "might be a reason to delay" is a hedged extra week.
            yield return Negated(s, m.Index) ? new Claim(rc, hedged) : new Claim(rc + 1, true);
        }

        foreach (Match m in FinalNext().Matches(s))
        {
            // "the last rc was bigger" speaks of the rc before.
            if (!Past(s, m.Index, release) && !TellsOfPast().IsMatch(s[(m.Index + m.Length)..]))
            {
                yield return new Claim(Negated(s, m.Index) ? rc + 1 : rc, hedged);
            }
        }
    }

    /// <summary>
    /// True when the words before a claim tell of the past ("that one ended up having an rc8", "we have done rc9's",
    /// "here we are, with an extra rc") or of another release ("5.9 dragging out an extra week").
    /// </summary>
    private static bool Past(string sentence, int index, string release) =>
        PastTense().IsMatch(Window(sentence, index))
        || sentence[..index].Contains("here we are", StringComparison.Ordinal)
        || OtherRelease().Matches(Window(sentence, index)).Any(m => m.Value != release);

    /// <summary>True when a negation stands in the few words before the claim ("no rc8", "not going to need an rc8", "rather than the final").</summary>
    private static bool Negated(string sentence, int index) => Negation().IsMatch(Window(sentence, index));

    /// <summary>The last eight words before <paramref name="index"/> within its clause.</summary>
    private static string Window(string sentence, int index)
    {
        var before = sentence[..index];
        var clause = before[(Math.Max(before.LastIndexOfAny([',', ';', ':', '—']), -1) + 1)..];
        return string.Join(' ', clause.Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(8));
    }

    private static string Normalise(string sentence) =>
        Quotes().Replace(sentence.ToLowerInvariant(), string.Empty).Replace('’', '\'');

    /// <summary>Sentences of the prose: paragraphs joined, split after . ! ? before the next word.</summary>
    private static List<string> Sentences(string prose)
    {
        var paragraphs = Regex.Split(prose.Replace("\r\n", "\n", StringComparison.Ordinal), @"\n\s*\n", RegexOptions.None, TimeSpan.FromSeconds(1));
        return [.. paragraphs
            .Select(p => Whitespace().Replace(p, " ").Trim())
            .Where(p => p.Length > 0)
            .SelectMany(p => SentenceEnd().Split(p))
            .Select(s => s.Trim())
            .Where(s => s.Length > 0)];
    }

    private sealed record Claim(int LastRc, bool Hedged)
    {
        public string Sentence { get; init; } = string.Empty;
    }

    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""'(]?[A-Z0-9])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[""“”]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Quotes();

    // "two more weeks", "another two weeks", "a couple more weeks", "in two weeks", "another week", "one more (calm) week".
    [GeneratedRegex(@"\b(?:(?:at\s+least\s+)?(?<n>one|two|three|four|a\s+couple(?:\s+of)?|couple(?:\s+of)?|2|3)\s+more|another(?:\s+(?<n>two|three|couple\s+of))?|in\s+(?<n>two|three|a\s+couple\s+of|2|3)|just\s+one\s+more(?:\s+\w+)?|one\s+more\s+\w+)\s+weeks?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeeksToGo();

    // A later rc by number: "rc8", "-rc8", "an rc8".
    [GeneratedRegex(@"(?<![\w.])-?rc(?<k>\d{1,2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LaterRc();

    [GeneratedRegex(@"\b(?:another|one\s+more|an?\s+(?:extra|additional))\s+(?:-?rc|release\s+candidate)\b|\ban?\s+extra\s+week\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnotherRc();

    [GeneratedRegex(@"\bdelay(?:ing)?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Delay();

    // Talk about the future: weeks "to go", "next", "will", "let's", "more weeks" …
    [GeneratedRegex(@"\b(?:will|'ll|going\s+to|let's|next|upcoming|to\s+go|in\s+(?:two|three|a\s+couple\s+of)\s+weeks|more\s+(?:\w+\s+)?weeks?|slated|expect|plan|keep)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Future();

    [GeneratedRegex(@"^\s*(?:has|have)\s+(?:gone|passed)|^\s*(?:went|passed)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GoneBy();

    // A claim about another release ("due to 5.9 dragging out an extra week") is not about this cycle.
    [GeneratedRegex(@"\b\d+\.\d+\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherRelease();

    [GeneratedRegex(@"^\s*(?:was|were|had|did|ended|came)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TellsOfPast();

    [GeneratedRegex(@"^\s*(?:doesn't|does\s+not|isn't|is\s+not|won't|will\s+not)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeniedAfter();

    // "have done", "had", "ended up having", "was": what happened. ("We've got two weeks to go" is the present.)
    [GeneratedRegex(@"\b(?:have|has|had|'ve)\s+(?:\w+\s+)?(?:done|had|made|seen|gotten)\b|\bended\s+up\s+(?:having|with|doing)\b|\bwas\b|\bwere\b|\bdid\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastTense();

    // "Another week, another rc." describes the mail itself.
    [GeneratedRegex(@"\banother\s+week,?\s+another\s+(?:-?rc|release\s+candidate)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Idiom();

    // The final next: "the last rc" (not "since the last rc"), "this last rc", "final 6.12 (release) next weekend",
    // "the final release", "ready/on track/slated for a final", "release the final 6.14",
    // "the expected 5.4 release next weekend", "make this last week count".
    [GeneratedRegex(@"(?<!since\s|than\s|after\s)\b(?:this|the)\s+(?:\w+\s+)?last\s+rc\b|\blast\s+rc\s+(?:before|for)\b|\bfinal\s+(?:\d+\.\d+\s+)?(?:release\s+)?(?:will\s+be\s+)?(?:next\s+(?:weekend|week|sunday)|in\s+a\s+week)|\b(?:next\s+(?:weekend|week|sunday)\s+will\s+see\s+the\s+final|the\s+final\s+release\b)|\b(?:ready|on\s+track|slated)\s+for\s+(?:a|the)\s+final\b|\brelease\s+the\s+final\b|\b\d+\.\d+\s+release\s+next\s+(?:weekend|week|sunday)\b|\blast\s+week\s+count\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FinalNext();

    [GeneratedRegex(@"\b(?:no|not|don't|doesn't|won't|isn't|never|without|rather\s+than|instead\s+of|nor)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Negation();

    [GeneratedRegex(@"\b(?:might|may|maybe|could|possibly|possible|perhaps|always\s+an\s+option|an\s+option\s+if)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hedge();

    // Linus saying he has not decided ("we'll see" alone is a figure of speech beside a plain plan).
    [GeneratedRegex(@"\b(?:waffling|not\s+(?:\w+\s+)?sure\s+(?:yet|whether|if)|undecided|haven't\s+decided|can't\s+tell\s+yet|hard\s+to\s+say|up\s+in\s+the\s+air)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Undecided();

    // What Linus would say in another situation is not what he says now.
    [GeneratedRegex(@"^(?:normally|usually|otherwise)\b|\b(?:normally|usually)\s+i'd\b|\bi\s+would\s+(?:normally\s+)?(?:just\s+)?(?:say|have\s+said)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Counterfactual();

    [GeneratedRegex(@"\b(?:travel(?:l)?ing|travel|on\s+the\s+road|vacation|holidays?|conference|flying|the\s+merge\s+window\s+will\s+be\s+shorter|shorter\s+merge\s+window)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Travel();

    [GeneratedRegex(@"\b(?:a\s+day\s+late|day\s+later\s+than\s+usual|forgot\s+to\s+(?:actually\s+)?(?:cut|push|tag|do)|late\s+(?:release|rc)|delayed\s+by\s+a\s+day)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Late();

    [GeneratedRegex(@"\b(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*|next\s+week(?:end)?|this\s+week(?:end)?)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dates();
}
