using System.Globalization;
using System.Text.RegularExpressions;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Reads what an rc mail's prose says about the next step: another rc, or the final release.
/// </summary>
/// <remarks>
/// <para>The prose is split into sentences, and each sentence is read for what it claims about the schedule:</para>
/// <list type="bullet">
/// <item>a final next: "this is the last rc / -rc / release candidate", "the final 6.12 next weekend", "one more calm
/// week", "ready for a final 5.9", "release the final 6.14 next weekend", "no more rcs", "nothing holding up the
/// release";</item>
/// <item>the release named with when it comes, in either order: "the final", "the release" or this cycle's version
/// ("we'll have 5.8", "tag 5.8", "5.8 will be out", "in good shape for 5.8 next weekend", or "it'll be out" after it)
/// with next week (the last rc is this one), the week after (one more rc), in w weeks, a date ("on January 19th",
/// counted from the day of the mail by <see cref="DatedWeeks"/>) or the normal schedule (rc7);</item>
/// <item>another rc: "rc8" (any rc after this one), "another rc", "two more rcs", "one rc left", "the next rc will be
/// the last one", "an extra week", "need another week", "want one more week", "give things another week", "delay(ed)",
/// "wait another week", "slip by a week", "pushed out", "a week late" — before rc7 an extra rc, an extra week or a delay
/// is one beyond the usual rc7 (an rc8), "another rc" before rc6 is the cycle's next step and claims nothing, and the
/// final named without its time is not next;</item>
/// <item>a number of weeks still to go: "two more weeks", "in two weeks", "another week" — from rc N, w weeks to the
/// release mean the last rc is N + w − 1.</item>
/// </list>
/// <para>A claim is turned around by a negation in front of it ("no rc8", "not going to need an rc8", "rather than the
/// final", "don't think there's any reason to delay", "avoid an rc8", "nothing here makes me think we need an rc8") or
/// a denial after it ("an rc8 seems unlikely", "an rc8 shouldn't be necessary", "an rc8 would surprise me"). A final
/// that follows another step named before it ("an rc8 and then the final"), is said to come after a later rc ("the
/// final release after rc7" at rc6) or is what gets delayed ("the final will slip") is not a claim of its own.
/// Conditions and hedges keep the claim — "if things stay calm I'll do the final next week", "unless something
/// happens", "hopefully", "probably": Linus states his plan and its condition; a claim inside an if-clause closed by a
/// comma is no plan ("If we end up needing an rc8, so be it"). Beside a plan the other way said without a condition,
/// what comes only if things go wrong is no plan ("I expect the final next week, but if something comes up, there'll be
/// an rc8"); when both ways hang on a condition ("if the fix comes in, the final next weekend; otherwise an rc8") the
/// plan is split, and so it is when every claim hangs on a condition and they name different last rcs. Sentences about
/// what would normally happen ("normally I'd just say …", "in a normal cycle …") are not claims, up to a "but" or "as
/// it is" that says this time's plan; what would be but for something that is gets turned around ("if it weren't for
/// the holidays, this would be the last rc" is another rc). Neither are mentions of this or earlier rcs, nor what
/// happened already ("that one ended up having an rc8", "the rc8 we had for 6.9 was …", "another week has gone by",
/// "another week, another rc") or was said before ("last week I said I'd do an rc8"), unless the mail says whether it
/// still holds ("…, and that's still the plan", "Not anymore."). A question asks, it does not claim: "Will there be an
/// rc8?" is read by the short answer after it ("Probably not", "I think so", "Who knows").
/// What he states plainly outweighs what he only calls possible, considers or wishes for ("another rc is always an
/// option", "might be a reason to delay", "I can't rule out an rc8", "I'm considering an rc8", "I'd like to release
/// next weekend"); a hedge reaches to the end of its clause and back to the sentence's start or last "but". A sentence
/// that opens by revising ("Actually, …", "On second thought", "Oh, wait") and makes a claim replaces the claims before
/// it. When the plain claims disagree, or he says he has not decided ("I'm still waffling", "whether to do an rc8 or
/// the final", "it could go either way", "next weekend or the one after", "maybe rc8, maybe not", "possible we'll need
/// one, possible we won't", "on the fence", "hard to tell if", "we'll see how the release looks", "it remains to be
/// seen", "the decision on rc8 will be made next weekend"), nothing is read: the answer is null, as for a mail that
/// says nothing.</para>
/// </remarks>
public static partial class ProseReader
{
    /// <summary>The rc that ends a normal cycle (<see cref="ReleaseForecaster.UsualLastRc"/>).</summary>
    public const int UsualLastRc = ReleaseForecaster.UsualLastRc;

    // A while shorter than a week, by which an rc or the release is late rather than put off: "a day", "a few hours", "a
    // couple of days".
    private const string ShortWhile = @"(?:a\s+few|a\s+couple(?:\s+of)?|some|several|a|one|two|three|\d+)\s+(?:hours?|days?)\b";

    // A version as the prose names it: a 2.x release whole ("2.6.20"), later ones as major.minor ("6.8").
    private const string Ver = @"(?:2\.[0-6]\.\d+|\d+\.\d+)";

    /// <summary>The most words of a line that pairs a release and its time across a colon ("6.13 final: next Sunday").</summary>
    private const int ShortLine = 6;

    private static readonly Dictionary<string, int> Numbers = new(StringComparer.Ordinal)
    {
        ["a"] = 1, ["one"] = 1, ["two"] = 2, ["three"] = 3, ["four"] = 4, ["couple"] = 2, ["a couple"] = 2, ["a couple of"] = 2, ["couple of"] = 2,
        ["2"] = 2, ["3"] = 3, ["4"] = 4,
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["5"] = 5, ["6"] = 6, ["7"] = 7, ["8"] = 8,
    };

    // How many weeks a count of them can be ("in seven weeks" from rc1 is a cycle of rc7); each is in Numbers.
    private const string WeekCount = "two|three|four|five|six|seven|eight|2|3|4|5|6|7|8";

    /// <summary>The ordinals an rc is written with ("an eighth rc"), which <see cref="Normalise"/> turns into numbers.</summary>
    private static readonly Dictionary<string, int> Ordinals = new(StringComparer.Ordinal)
    {
        ["sixth"] = 6, ["seventh"] = 7, ["eighth"] = 8, ["ninth"] = 9, ["tenth"] = 10,
        ["6th"] = 6, ["7th"] = 7, ["8th"] = 8, ["9th"] = 9, ["10th"] = 10,
    };

    /// <summary>
    /// Reads a mail's prose; release mails and mails without a version give <see cref="ScheduleHint.None"/> for the
    /// schedule but keep travel and lateness. With <paramref name="sentOn"/> (the Date header) a release date named as a
    /// date is read too.
    /// </summary>
    public static ScheduleHint Read(KernelVersion? version, string prose, DateTimeOffset? sentOn = null)
    {
        var sentences = JoinDashedHopes(Sentences(prose));
        var travel = sentences.Select(s => (Sentence: s, Match: Travel().Matches(s).FirstOrDefault(m => TravelAhead(s, m.Index)))).FirstOrDefault(x => x.Match is not null);
        var travelNote = travel.Sentence is null ? null : new TravelNote(travel.Sentence, [.. Dates().Matches(travel.Sentence).Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)]);
        var late = sentences.FirstOrDefault(s => Late().IsMatch(s));
        if (version?.Rc is not { } rc)
        {
            return ScheduleHint.None with { Travel = travelNote, Late = late };
        }

        var claims = new List<Claim>();
        List<Claim> previous = [];
        int lastUndecided = -1, lastClaim = -1;
        // An open answer is quoted with its question: "Will there be an rc8? I honestly don't know yet."
        var openAnswers = new Dictionary<int, string>();
        Question? asked = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var before = previous;
            previous = [];
            var normal = Normalise(sentences[i]);
            var lower = Idiom().Replace(sentOn is { } day ? DatedWeeks.Rewrite(normal, day) : normal, " ");
            // "We'll see if an rc9 is needed, but I doubt it": the doubt after the open question settles it. A doubt
            // about something else ("Who knows why the ARM build broke") leaves the plan as it was.
            var undecidedAt = Undecided().Match(lower);
            if (undecidedAt.Success && (DoubtedAfter().IsMatch(lower[undecidedAt.Index..]) || ResolvedAfter().IsMatch(lower[undecidedAt.Index..]) || !DoubtOnSchedule(NextMergeWindow(lower, version.Value.Release), undecidedAt, version.Value.Release.ToString())))
            {
                undecidedAt = Match.Empty;
            }

            // "Some people wonder whether this will be the last rc": others' question is asked (below), not Linus' doubt.
            if (undecidedAt.Success && ReportedQuestion().Match(lower) is { Success: true } others
                && undecidedAt.Index >= others.Index && undecidedAt.Index <= others.Index + others.Length)
            {
                undecidedAt = Match.Empty;
            }

            var undecidedBefore = lastUndecided;
            if (undecidedAt.Success)
            {
                lastUndecided = i;
            }

            // "Oh yes, another rc8, what fun. Not happening: …": a sentence that opens by dismissing takes back what the
            // sentence before it claimed (an answer to a question is read below instead).
            if (asked is null && Dismissal().IsMatch(lower))
            {
                claims.RemoveAll(before.Contains);
            }

            // "Will there be an rc8? Probably not.": the answer states what the question only asks.
            if (asked is not null)
            {
                var answered = Answered(asked, lower, rc, sentences[i]);
                claims.AddRange(answered);
                lastClaim = answered.Count > 0 ? i : lastClaim;
                if (answered.Count == 0 && Answer().Match(lower).Groups["open"].Success)
                {
                    lastUndecided = i;
                    openAnswers[i] = $"{asked.Sentence} {sentences[i]}";
                }
                asked = null;
            }

            // What would normally happen is no claim — unless the sentence goes on to say whether it happens this time:
            // "Normally this would be the last rc, and I think this time it is" (or "… but this time it isn't").
            var thisTime = ThisTime().Match(lower);
            var butFor = ButFor().IsMatch(lower);
            var counterfactual = Counterfactual().IsMatch(lower) || butFor;
            var asItIs = AsItIs().Match(lower);
            // "Normally I'd release next weekend, but I'll do an rc8": what follows the "but" (or "as it is") is this time's
            // plan. "If it weren't for the holidays, this would be the last rc": what would be without them is turned
            // around.
            var plannedFrom = !counterfactual || thisTime.Success ? 0 : asItIs.Success ? asItIs.Index : butFor ? 0 : -1;
            if (plannedFrom < 0)
            {
                continue;
            }

            // Only the clause that says what would be is turned: "Without the late fix, this would have been a quiet week,
            // and I expect the final release next weekend" plans the final.
            bool Turned(Claim c) => (counterfactual && thisTime.Groups["not"].Success)
                || (butFor && !thisTime.Success && !asItIs.Success && Would().IsMatch(lower[ClauseRange(lower, c.At)]));

            // "No, we'll have an rc8": an opening "no," or dismissal answers what came before; it does not negate what
            // follows.
            var stated = NextMergeWindow(Interjection().Replace(lower, m => new string(' ', m.Length)), version.Value.Release);
            var found = ClaimsOf(stated, rc, version.Value.Release.ToString())
                .Where(c => c.At >= plannedFrom)
                .Select(c => Turned(c) ? c with { Sentence = sentences[i], LastRc = c.LastRc == rc ? rc + 1 : rc, Proviso = Proviso.None } : c with { Sentence = sentences[i] })
                .ToList();
            // "I was hoping this would be the last rc, but the networking regression is still open": a hope that did not
            // come true says the other way, as a lean; what follows the "but" is read as it stands. "I was hoping this
            // would be the last rc, and it looks like it will be": a hope that comes true is the plan, as plainly as it
            // stands.
            var hope = DashedHope().Match(lower);
            var dashed = hope.Success ? But().Match(lower, hope.Index) : Match.Empty;
            var came = hope.Success && !dashed.Success ? HopeKept().Match(lower, hope.Index) : Match.Empty;
            if (dashed.Success || came.Success)
            {
                // What was hoped for is read as if stated now; "I had expected the usual schedule" names only the
                // schedule (HopedSchedule), whose verb the hope holds.
                var from = hope.Index + hope.Length;
                var end = dashed.Success ? dashed.Index : came.Index;
                var what = lower[from..end];
                var hoped = ClaimsOf(what, rc, version.Value.Release.ToString())
                    .Concat(HopedSchedule().IsMatch(what) ? [new Claim(Math.Max(rc, UsualLastRc), 0)] : [])
                    .Select(c => c with { Sentence = sentences[i], At = from + c.At, Proviso = Proviso.None })
                    .Select(c => dashed.Success ? c with { LastRc = Dashed(c.LastRc, rc), Hedged = true } : c);
                found = [.. found.Where(c => c.At < hope.Index || c.At >= end), .. hoped];
            }

            if (lower.TrimEnd().EndsWith('?') && !TagQuestion().IsMatch(lower))
            {
                // What the question asks is no claim; what stands before its last ; : or — still is ("I'm not doing an
                // rc8 — why would I?"), and so does a statement with a tag ("make this last week count, ok?").
                var start = lower.LastIndexOfAny([';', ':', '—']) + 1;
                var question = found.Where(c => c.At >= start).ToList();
                found.RemoveAll(c => c.At >= start);
                asked = question.Count > 0 ? new Question(sentences[i], question) : null;
            }
            else if (ReportedQuestion().Match(stated) is { Success: true } reported)
            {
                // "People have asked if we'll have an rc8. The answer is no.": a question told of is asked all the same,
                // and the next sentence may answer it (what it asks is no claim of its own: AskedAbout).
                var askedFrom = reported.Index + reported.Length;
                var told = stated[..reported.Index] + new string(' ', reported.Length) + stated[askedFrom..];
                var question = found.Where(c => c.At >= askedFrom)
                    .Concat(ClaimsOf(told, rc, version.Value.Release.ToString())
                        .Where(c => c.At >= askedFrom && !found.Any(f => f.At == c.At))
                        .Select(c => c with { Sentence = sentences[i] }))
                    .ToList();
                found.RemoveAll(c => c.At >= askedFrom);
                asked = question.Count > 0 ? new Question(sentences[i], question) : null;
            }
            else if (found.Count == 0 && ToldBefore().Match(stated) is { Success: true } told)
            {
                // "Last week I said I'd probably do an rc8": an rc told of before is no claim now — unless the sentence
                // goes on to say whether it still holds ("…, and that's still the plan", "…, but that's no longer the
                // case"), or the next sentence answers it as a question ("Not anymore.", "That's still the plan.").
                var retold = Retold(stated, told, rc, version.Value.Release.ToString()).Select(c => c with { Sentence = sentences[i] }).ToList();
                if (retold.Count > 0 && StillSo().Match(stated, told.Index + told.Length) is { Success: true } still)
                {
                    found = still.Groups["no"].Success ? Denied(retold, rc) : retold;
                }
                else if (retold.Count > 0)
                {
                    asked = new Question(sentences[i], retold);
                }
            }

            // "We're going to need an rc8, and maybe I'll know more next week about whether the final happens then or the
            // week after": the doubt in the later clause is about what follows the rc8, which stands; what that clause
            // only wonders about is no claim.
            if (undecidedAt.Success && found.Any(c => !c.Hedged && c.LastRc > rc && ClauseBounds(lower, c.At).End <= undecidedAt.Index))
            {
                lastUndecided = undecidedBefore;
                found.RemoveAll(c => c.At >= undecidedAt.Index);
            }

            // "I'll make the decision about the final release from the road", "I'll decide whether we need an rc8":
            // what the decision is about is no claim, beside whatever later sentences say.
            if (undecidedAt.Success)
            {
                found.RemoveAll(c => c.At >= undecidedAt.Index && c.At < undecidedAt.Index + undecidedAt.Length);
            }

            // "I haven't decided yet, but I'll probably do an rc8": a lean after a "but" comes after the doubt, as in "I'm
            // still waffling. I'll probably do an rc8"; "I'll probably do an rc8, but I haven't decided yet" stays open.
            if (undecidedAt.Success && found.Any(c => c.At > undecidedAt.Index && But().IsMatch(lower[undecidedAt.Index..c.At])))
            {
                lastUndecided = undecidedBefore;
            }

            // "If the fix comes in, this is the last rc. Otherwise there will be an rc8.": the sentence after a
            // conditional plan that opens with "otherwise" (or "if not") is the other turn of that condition.
            if (before.FirstOrDefault(c => c.Proviso != Proviso.None) is { } conditional && Otherwise().Match(lower) is { Success: true, Index: 0 })
            {
                var other = conditional.Proviso == Proviso.BadTurn ? Proviso.Other : Proviso.BadTurn;
                found = [.. found.Select(c => c with { Proviso = other })];
            }

            // "Actually, on second thought, I'll do an rc8": a sentence that revises the plan replaces what was said
            // before it.
            if (found.Count > 0 && Revision().IsMatch(lower))
            {
                claims.Clear();
            }

            claims.AddRange(found);
            previous = found;
            lastClaim = found.Count > 0 ? i : lastClaim;
        }

        // "I'm still waffling … I'll probably do an rc8" leans one way; "… So we'll see. I'm still waffling." ends
        // undecided.
        var undecided = lastUndecided >= lastClaim && lastUndecided >= 0;

        // "I expect the final next week, but if something comes up, there'll be an rc8": beside a plan the other way said
        // without a condition, what happens only if things go wrong is no plan. "If the fix comes in, the final next
        // week; if not, an rc8" stays split: both ways hang on a condition.
        var fallbacks = claims.Where(c => c.Proviso == Proviso.BadTurn).ToList();
        if (fallbacks.Count > 0 && fallbacks.Select(f => f.LastRc == rc).Distinct().Count() == 1
            && claims.Any(c => c.Proviso == Proviso.None && (c.LastRc == rc) != (fallbacks[0].LastRc == rc)))
        {
            claims.RemoveAll(fallbacks.Contains);
        }

        // "If something comes up, there'll be an rc8" and nothing else: an extra rc only if things go wrong means the
        // usual end if they do not — the final next at rc7, rc7 as the last at rc6. (What is turned around, "if it
        // weren't for the holidays, this would be the last rc", is no condition; "I might need an rc9 if the btrfs issue
        // isn't fixed" is a worry, and stays the lean it is.)
        if (claims.Count > 0 && claims.All(c => c.Proviso == Proviso.BadTurn && !c.Hedged && c.LastRc > Math.Max(rc, UsualLastRc)))
        {
            claims = [.. claims.Select(c => c with { LastRc = Math.Max(rc, UsualLastRc), Proviso = Proviso.None })];
        }

        // What Linus says plainly outweighs what he calls possible ("another rc is always an option").
        if (claims.Any(c => !c.Hedged))
        {
            claims.RemoveAll(c => c.Hedged);
        }

        var finals = claims.Where(c => c.LastRc == rc).ToList();
        var more = claims.Where(c => c.LastRc > rc).ToList();
        // "If rc7 is calm, the final the week after; if not, an rc8" at rc6: every claim hangs on a condition and they
        // name different last rcs — split, as a final and an rc8 under conditions are at rc7.
        var split = claims.All(c => c.Proviso != Proviso.None) && claims.Select(c => c.LastRc).Distinct().Count() > 1;
        if ((finals.Count > 0 && more.Count > 0) || split || undecided || claims.Count == 0)
        {
            // Open when claims disagree or hang on conditions, or Linus doubts the schedule (only such doubts count
            // as undecided above: "I'll decide next weekend whether we need an rc8", "I don't know yet" answering "Will
            // there be an rc8?", "I'm still undecided" — not "It's hard to say what caused the ext4 regression").
            var openSentence = undecided ? openAnswers.GetValueOrDefault(lastUndecided) ?? sentences[lastUndecided]
                : claims.Count > 0 ? claims.MaxBy(c => sentences.IndexOf(c.Sentence))!.Sentence
                : null;
            return new ScheduleHint(null, null, null, null, travelNote, late) { LeftOpen = openSentence is not null, OpenSentence = openSentence };
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

    /// <summary>
    /// The claims a short answer makes of the question before it: "Probably not" and "I doubt it" turn them around,
    /// "Yes" and "I think so" keep them, "I don't know yet" leaves it open (no claims). A question that asks two ways
    /// ("the last rc, or will there be an rc8?") has no yes or no.
    /// </summary>
    private static List<Claim> Answered(Question asked, string answer, int rc, string sentence)
    {
        var match = Answer().Match(answer);
        var final = asked.Claims.All(c => c.LastRc == rc);
        if (!match.Success || match.Groups["open"].Success || (!final && asked.Claims.Any(c => c.LastRc == rc)))
        {
            return [];
        }

        var claims = match.Groups["no"].Success ? Denied(asked.Claims, rc) : asked.Claims;
        return [.. claims.Select(c => c with { Sentence = $"{asked.Sentence} {sentence}" })];
    }

    /// <summary>Claims turned around: a final next becomes one more rc, an rc beyond this one the final next.</summary>
    private static List<Claim> Denied(IReadOnlyList<Claim> claims, int rc)
    {
        var final = claims.All(c => c.LastRc == rc);
        return [.. claims.Select(c => c with { LastRc = final ? rc + 1 : rc })];
    }

    /// <summary>
    /// The later rcs a report of what was said or thought before names ("last week I said I'd probably do an rc8", "I
    /// thought we wouldn't need an rc8"), read as if said now. Only rcs named by number count: "next week" or "this"
    /// said a week ago meant another week and another rc.
    /// </summary>
    private static List<Claim> Retold(string sentence, Match told, int rc, string release)
    {
        var now = string.Concat(sentence.AsSpan(0, told.Index), new string(' ', told.Length), sentence.AsSpan(told.Index + told.Length));
        var rcs = LaterRc().Matches(now).Where(m => int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture) > rc).Select(m => m.Index).ToHashSet();
        return [.. ClaimsOf(now, rc, release).Where(c => rcs.Contains(c.At))];
    }

    /// <summary>The schedule claims of one sentence (lower case), as the last rc each implies.</summary>
    private static IEnumerable<Claim> ClaimsOf(string s, int rc, string release) =>
        SentenceClaims(s, rc, release)
            .Where(c => !InCondition(s, c.At))
            .Select(c => c with { Hedged = c.Hedged || Hedge().IsMatch(HedgeScope(s, c.At)), Proviso = ProvisoOf(s, c.At) });

    /// <summary>
    /// True when the claim stands inside an if-clause that a comma closes: "If we end up needing an rc8, so be it"
    /// supposes an rc8, it does not plan one. The plan after the comma is a claim ("If things stay calm, this is the
    /// last rc"), and so is one in a sentence without the comma ("If things stay calm I'll do the final next week").
    /// </summary>
    private static bool InCondition(string sentence, int index) =>
        Condition().IsMatch(sentence[ClauseBounds(sentence, index).Start..index]) && sentence.IndexOf(',', index) >= 0;

    private static IEnumerable<Claim> SentenceClaims(string s, int rc, string release)
    {
        // "This rc is a bit delayed" tells of the mail's own lateness (Late), not of a later release.
        var late = Late().Matches(s);
        var delays = Delay().Matches(s).Where(d => !late.Any(l => d.Index >= l.Index && d.Index < l.Index + l.Length)).ToList();

        // Weeks still to go: from rc N, the release after w weeks follows rc N + w − 1. Only weeks ahead count:
        // "another week has gone by" looks back; "drag this out for another week" is the delay's length.
        if (Future().IsMatch(s))
        {
            foreach (Match m in WeeksToGo().Matches(s))
            {
                var words = Whitespace().Replace(m.Groups["n"].Success ? m.Groups["n"].Value : "one", " ").Trim();
                var weeks = Numbers.TryGetValue(words, out var n) ? n : 1;
                // "I'll let it go another week: expect an rc8" — a week beside a planned later rc is that rc's week.
                if (NotStatedNow(s, m.Index, release) || GoneBy().IsMatch(s[(m.Index + m.Length)..]) || (weeks == 1 && NeedsMore().IsMatch(s[..m.Index]))
                    || (weeks == 1 && PlansLaterRc(s, rc, release))
                    || delays.Any(d => d.Index < m.Index && !DelayDenied(s, d.Index)))
                {
                    continue;
                }

                yield return new Claim(Negated(s, m.Index) ? rc : rc + weeks - 1, m.Index);
            }
        }

        foreach (Match m in LaterRc().Matches(s))
        {
            var k = int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture);
            // "6.13 needed an rc8, but this one doesn't look like it will": the rc told of is compared with this cycle.
            // "the rc8 for 6.4" and "last release's rc8" are another release's.
            var toldOf = NotStatedNow(s, m.Index, release) || HadAfter().IsMatch(s[(m.Index + m.Length)..]) || OfAnotherRelease(s, m, release);
            if (k > rc && toldOf && ThisOneToo().Match(s, m.Index + m.Length) is { Success: true } compared
                && (!compared.Groups["v"].Success || compared.Groups["v"].Value == release))
            {
                // "6.17 got away without an rc8, but 6.18 won't be so lucky": the rc told of was denied, and this cycle
                // differs from it.
                var extra = !Negated(s, m.Index) ^ compared.Groups["not"].Success;
                yield return new Claim(extra ? k : rc, compared.Index);
            }
            else if (k > rc && toldOf && OneAgain().Match(s, m.Index + m.Length) is { Success: true } again)
            {
                // "We didn't need an rc8 last time, and I don't think we'll need one this time either": "one" in a later
                // clause is the rc told of, asked of this cycle. Denied before its eve it bounds the cycle, as below.
                var denied = Negation().IsMatch(again.Groups["clause"].Value);
                if (!denied || k == rc + 1)
                {
                    yield return new Claim(denied ? rc : k, again.Groups["clause"].Index);
                }
            }
            else if (k > rc && !toldOf && k <= UsualLastRc && (WaitToSee().IsMatch(s[..m.Index]) || !EndWord().IsMatch(s[ClauseBounds(s, m.Index).Start..UpToBut(s, m.Index)])))
            {
                // An rc of the usual cycle is coming anyway: naming it ("the rc2 should be out next Sunday as usual" at
                // rc1, "let's see how rc7 looks" at rc6) says nothing of where the cycle ends, unless its clause or
                // what follows up to a "but" says so ("rc7 will be the last", "rc7 next week, then the final", "the
                // final release after rc7"; not "I'm not sure how much testing rc7 will get, but the plan is …").
                continue;
            }
            else if (k > rc && !toldOf)
            {
                // "no rc8", "not going to need an rc8", "an rc8 doesn't make sense" all say: no rc8.
                var after = s[(m.Index + m.Length)..];
                // ("The rc8 we had for 6.9" and "the rc8 diff last time" are told of, in toldOf; "an rc8 was always the
                // plan" is still the plan.) "People keep asking me about an rc8" and "the rc8 question" name the topic,
                // not a plan.
                if (AskedAbout().IsMatch(s[..m.Index]) || Topic().IsMatch(after) || IfAny().IsMatch(after))
                {
                    continue;
                }

                // "I don't see any reason to drag this release out with an rc8": the rc is how the release would be
                // delayed, and the delay (denied or not) is the claim, read with the delays below.
                if (delays.Any(d => d.Index >= ClauseBounds(s, m.Index).Start && d.Index < m.Index && DelayMeans().IsMatch(s[(d.Index + d.Length)..m.Index])))
                {
                    continue;
                }

                var negated = RcDenied(s, m);
                // "rc7 will not be the last" denies that the rc ends the cycle, not that it comes: one more rc after it.
                if (negated && IsTheLast().IsMatch(after))
                {
                    yield return new Claim(k + 1, m.Index);
                    continue;
                }

                // "I don't expect an rc9" at rc7 bounds the cycle; it claims neither an rc8 nor the final. Before the
                // usual last rc, denying the extra one ("I don't think we're going to need an rc8" at rc6) is the usual
                // end: the rcs up to it come anyway.
                if (negated && k > rc + 1)
                {
                    if (k == UsualLastRc + 1)
                    {
                        yield return new Claim(UsualLastRc, m.Index);
                    }

                    continue;
                }

                yield return new Claim(negated ? rc : k, m.Index);
            }
        }

        // "two more rcs to go": the last rc is this one plus that many.
        foreach (Match m in MoreRcs().Matches(s))
        {
            var words = Whitespace().Replace(m.Groups["n"].Value, " ").Trim();
            if (!NotStatedNow(s, m.Index, release) && Numbers.TryGetValue(words, out var n))
            {
                yield return new Claim(Negated(s, m.Index) ? rc : rc + n, m.Index);
            }
        }

        // "Nothing is holding up the release" is a final next; "two regressions are holding up the release" one more rc.
        // A negation anywhere before it in its clause reaches it: "I don't think we have any issues that would hold up a
        // release".
        foreach (Match m in HoldingUp().Matches(s))
        {
            if (!NotStatedNow(s, m.Index, release))
            {
                var denied = m.Groups["none"].Success || Negation().IsMatch(s[ClauseBounds(s, m.Index).Start..m.Index]);
                yield return new Claim(denied ? rc : rc + 1, m.Index);
            }
        }

        // "The next rc will be the last one", "this is the second-to-last rc": the last rc is the one after this.
        foreach (Match m in NextRcLast().Matches(s))
        {
            if (!NotStatedNow(s, m.Index, release))
            {
                yield return new Claim(Negated(s, m.Index) ? rc + 2 : rc + 1, m.Index);
            }
        }

        foreach (Match m in AnotherRc().Matches(s))
        {
            // In a mail that is itself an extra rc, a decision told in the simple past ("So I decided that I'd rather do
            // one more rc than release with known problems") is the story of that rc, not a plan for another — unless
            // the rc is one "after this one".
            if (NotStatedNow(s, m.Index, release) || ThisIsOne().IsMatch(s[..m.Index])
                || rc > UsualLastRc && NarratedDecision().IsMatch(s[ClauseBounds(s, m.Index).Start..m.Index])
                   && !AfterThisOne().IsMatch(s[(m.Index + m.Length)..]))
            {
                continue;
            }

            // Before the usual last rc, an extra rc or week is one beyond the usual ("plan on an extra rc" in an rc1 mail
            // is an rc8), and "another rc" before rc6 is only the next step of the cycle, which says nothing of its end.
            if (m.Groups["extra"].Success && rc < UsualLastRc)
            {
                yield return new Claim(Negated(s, m.Index) ? UsualLastRc : UsualLastRc + 1, m.Index);
            }
            else if (rc + 1 >= UsualLastRc)
            {
                yield return new Claim(Negated(s, m.Index) ? rc : rc + 1, m.Index);
            }
        }

        foreach (Match m in delays.Where(d => !NotStatedNow(s, d.Index, release)))
        {
            // "no reason to delay" is a final next; "might be a reason to delay" is a hedged extra week, and so is any
            // other delay ("it would be convenient to delay the merge window" is not about this release at all). Before
            // the usual last rc, a delay is a week beyond the usual ("I expect it to slip a week" at rc1 is an rc8).
            var onTime = Math.Max(rc, UsualLastRc);
            yield return DelayDenied(s, m.Index) ? new Claim(onTime, m.Index) : new Claim(onTime + 1, m.Index) { Hedged = true };
        }

        // "The final release will slip by a week": the final is what is delayed, not a claim of its own.
        var delayed = delays.Any(m => !DelayDenied(s, m.Index));
        foreach (Match m in FinalNext().Matches(s))
        {
            // "the last rc was bigger" speaks of the rc before; "an rc8 and then the final release" follows another step;
            // "rc8 will be the last rc" and "an rc8, and that should be the last one" are about the later rc.
            // "the final release the week after that" has its own time, which FinalWithTime reads.
            var before = Window(s, m.Index);
            // "The next release will be 6.6" and "the last rc of 6.7" in a 6.8 mail name another release. Before the
            // usual last rc, the final named without its time ("please test before the final release", "on track for the
            // final" at rc5) is not next, nor is it anywhere when its time is left to come ("I'll write more about the
            // final release when it happens"); with a time it is FinalWithTime's.
            if (OtherRelease().Matches(m.Value).Any(v => v.Value != release) || OfAnotherRelease(s, m, release)
                || (m.Groups["bare"].Success && (rc < UsualLastRc || WhenItComes().IsMatch(s[(m.Index + m.Length)..]))))
            {
                continue;
            }

            // "this was the last rc" says the mail's own rc is the last, as "this is" does.
            if (!delayed && !HeldUpOrDelayed(s, m.Index, delays) && (!NotStatedNow(s, m.Index, release) || ThisWas().IsMatch(s[..m.Index])) && !TellsOfPast().IsMatch(s[(m.Index + m.Length)..])
                && !FollowsAnotherStep(s, m.Index, rc) && !AboutAnotherRc(before, rc) && !HasLaterTime(s, m.Index)
                && !ComesAfterLaterRc(s, m, rc))
            {
                // "I'd rather have that in an rc than in the final release" prefers another rc; it leans, and a plain
                // plan beside it ("… came in that I'd rather have in an rc than in the final release. Anyway, the final
                // is coming next weekend") outweighs it.
                // "The final release won't happen next weekend" denies it as the negation in front would, and "this might
                // be the last rc, but I doubt it" as a doubt after it does.
                var after = s[(m.Index + m.Length)..];
                var negated = NegatedItself(s, m.Index, delays) || NotComing().IsMatch(after) || DoubtedAfter().IsMatch(after) || Needless(s, m.Index, after);
                yield return new Claim(negated ? rc + 1 : rc, m.Index) { Hedged = RatherThan().IsMatch(before) };
            }
        }

        // "The merge window will open next weekend": the next merge window opens with the release, so the time said of
        // its opening is the release's ("on time" says nothing of which rc is the last).
        foreach (Match m in MergeWindowOpens().Matches(s))
        {
            var open = m.Groups["open"];
            var end = ClauseBounds(s, open.Index).End;
            var time = TimeOfRelease().Matches(s).FirstOrDefault(t => t.Index > open.Index && t.Index < end && !t.Groups["usual"].Success);
            if (time is null || NotStatedNow(s, open.Index, release))
            {
                continue;
            }

            var lastRc = LastRcAt(time, rc);
            yield return new Claim(Negated(s, open.Index) ? Math.Max(lastRc, rc + 1) : lastRc, open.Index);
        }

        // "This will be a longer release cycle than usual": a week beyond the usual end (or this rc, if it is later).
        foreach (Match m in LongerCycle().Matches(s))
        {
            var usual = Math.Max(rc, UsualLastRc);
            if (!NotStatedNow(s, m.Index, release))
            {
                yield return new Claim(Negated(s, m.Index) ? usual : usual + 1, m.Index);
            }
        }

        // "on track for a normal release schedule": rc7 is the last, or this one if it is later.
        foreach (Match m in NormalSchedule().Matches(s))
        {
            var usual = Math.Max(rc, UsualLastRc);
            if (!NotStatedNow(s, m.Index, release))
            {
                yield return new Claim(Negated(s, m.Index) ? usual + 1 : usual, m.Index);
            }
        }

        foreach (var claim in FinalWithTime(s, rc, release, delays, delayed))
        {
            yield return claim;
        }
    }

    /// <summary>
    /// The release itself named with when it comes, in either order: "we'll have 5.8 next weekend", "the final
    /// should be out next weekend", "next Sunday will see the final release", "the final the week after that",
    /// "the final release on the normal schedule". The release is "the final" or this cycle's version; the time is
    /// the nearest in the same clause of next week (the last rc is this one), the week after (one more rc) and the
    /// normal schedule (rc7).
    /// </summary>
    private static IEnumerable<Claim> FinalWithTime(string s, int rc, string release, IReadOnlyList<Match> delays, bool delayed)
    {
        if (delayed)
        {
            yield break;
        }

        var times = TimeOfRelease().Matches(s);
        if (times.Count == 0)
        {
            yield break;
        }

        // "… waiting for the final 6.9 …: it'll be out next Sunday": "it" stands for the release named before it.
        var named = ReleaseEvent().Matches(s);
        var pronouns = ReleasePronoun().Matches(s).Where(p => named.Any(r => r.Index < p.Index && (!r.Groups["v"].Success || r.Groups["v"].Value == release)));
        foreach (var m in named.Concat(pronouns))
        {
            var version = m.Groups["v"];
            if ((version.Success && version.Value != release) || NotStatedNow(s, m.Index, release) || FollowsAnotherStep(s, m.Index, rc)
                || HeldUpOrDelayed(s, m.Index, delays))
            {
                continue;
            }

            // The time must be said of it: "the final networking pull next week, and the final 5.8 will have it" is not.
            // A time that no "and" parts from the release is its own before a nearer one that does: "rc7 next week and
            // the final release a week after".
            var (start, end) = ClauseBounds(s, m.Index);
            var time = times.Where(t => t.Index >= start && t.Index < end)
                .OrderBy(t => Conjunction().IsMatch(Between(s, m, t)))
                .ThenBy(t => Math.Abs(t.Index - m.Index))
                .FirstOrDefault();

            // "Let's hope next week is calm too, and then I'll tag the final": the time before "and then" is the release's.
            var linked = time is null && (AfterAnotherStep().IsMatch(Window(s, m.Index)) || AndThenCan().IsMatch(s[..m.Index]));
            if (linked)
            {
                time = times.LastOrDefault(t => t.Index < m.Index);
            }

            // "If things look calm by next weekend, I'll tag 7.1 then": "then" after the release is the time named before.
            if (time is null && ThenAfter().IsMatch(s[(m.Index + m.Length)..]))
            {
                time = times.LastOrDefault(t => t.Index < m.Index);
            }

            // A line of a few words pairs its release and time across a colon: "6.13 final: next Sunday", "Next
            // weekend: 6.13".
            if (time is null && s.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= ShortLine)
            {
                time = times.OrderBy(t => Math.Abs(t.Index - m.Index)).First();
            }

            // So does a line that opens with one of them as its heading: "January 19th: 6.13 final, unless something
            // comes up".
            time ??= times.FirstOrDefault(t => Heading(s, t, m) || Heading(s, m, t));

            if (time is null)
            {
                continue;
            }

            // Said alone, the release and its time stand together: "6.3 is on track for next weekend", not "calm for 6.3 and
            // next week more of the same" — unless a link joins them ("…, and we can have a final release").
            if (m.Groups["bare"].Success && !linked && !Together(s, m, time))
            {
                continue;
            }

            var lastRc = LastRcAt(time, rc);
            // "The final 6.13 will not be on January 19" denies the time as the negation in front denies the release.
            // "The final should be next weekend, but I wouldn't count on it": a doubt after it denies it, hedged.
            var denied = NegatedItself(s, m.Index, delays) || (m.Index < time.Index && Negation().IsMatch(Between(s, m, time)))
                || DoubtedAfter().IsMatch(s[(m.Index + m.Length)..]) || Needless(s, m.Index, s[(m.Index + m.Length)..]);
            yield return new Claim(denied ? Math.Max(lastRc, rc + 1) : lastRc, m.Index);
        }
    }

    /// <summary>
    /// True when the release is said to come after a later rc: "the final release after rc7" at rc6 is no final next but
    /// the rc7 that <see cref="LaterRc"/> reads; "the final after this rc7" at rc7 is.
    /// </summary>
    private static bool ComesAfterLaterRc(string sentence, Match release, int rc) =>
        AfterRc().Match(sentence[(release.Index + release.Length)..]) is { Success: true } after
        && int.Parse(after.Groups["k"].Value, CultureInfo.InvariantCulture) > rc;

    /// <summary>
    /// True when the clause of <paramref name="index"/> names a time later than next week ("the week after", "in two
    /// weeks") or a part of a month or season that names no Sunday ("the final release in the middle of December" in an
    /// rc1 mail is the normal schedule, not the final next).
    /// </summary>
    private static bool HasLaterTime(string sentence, int index)
    {
        var (start, end) = ClauseBounds(sentence, index);
        return TimeOfRelease().Matches(sentence).Any(t => t.Index >= start && t.Index < end && (t.Groups["after"].Success || t.Groups["afternext"].Success || t.Groups["w"].Success))
            || VagueTime().Matches(sentence).Any(t => t.Index >= start && t.Index < end);
    }

    /// <summary>
    /// True when the release follows another step named before it: "an rc8 and then the final", "the usual rc7 and then
    /// the final release", "one last rc next weekend before the final", or a sentence that starts with "and then" after
    /// one that named the step. "Let's hope next week is calm too, and then I'll tag the final" names no step before
    /// it: the final is next. A bare "and" joins the release to a step only when the step is still to come: "one more
    /// rc and we're done", "an rc8 and the final release" — not "rc7 is calm and the final release comes next week" in
    /// the rc7 mail.
    /// </summary>
    private static bool FollowsAnotherStep(string sentence, int index, int rc)
    {
        if (AndBefore().IsMatch(sentence[..index]))
        {
            var clause = sentence[ClauseBounds(sentence, index).Start..index];
            return AnotherStep().Matches(clause).Any(step => step.Groups["k"] is not { Success: true } k || int.Parse(k.Value, CultureInfo.InvariantCulture) > rc);
        }

        if (BeforeRelease().IsMatch(sentence[..index]))
        {
            return AnotherStep().IsMatch(sentence[..index]);
        }

        // "rc7 next week, then the final release" — but "if rc7 is calm, then the final" is a condition's "then".
        if (ThenAfterComma().Match(sentence[..index]) is { Success: true } listed)
        {
            var steps = sentence[..listed.Index];
            return !Condition().IsMatch(steps) && AnotherStep().IsMatch(steps);
        }

        if (!AfterAnotherStep().IsMatch(Window(sentence, index)))
        {
            return false;
        }

        var then = AfterAnotherStep().Matches(sentence[..index])[^1];
        var earlier = sentence[..then.Index];
        return string.IsNullOrWhiteSpace(earlier) || AnotherStep().IsMatch(earlier);
    }

    /// <summary>Where the sentence turns at the first "but" after <paramref name="index"/>, or its end.</summary>
    private static int UpToBut(string sentence, int index) =>
        But().Match(sentence, index) is { Success: true } but ? but.Index : sentence.Length;

    /// <summary>True when at most five words and no "and", "so", "but" or "while" stand between the release and its time.</summary>
    private static bool Together(string sentence, Match release, Match time)
    {
        var between = Between(sentence, release, time);
        return between.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 5 && !Conjunction().IsMatch(between);
    }

    /// <summary>
    /// True when <paramref name="heading"/> opens the sentence, at most two words before a colon, and
    /// <paramref name="other"/> stands in the clause right after it ("Next weekend: 6.13 final, …", "6.13 final: next
    /// weekend, …").
    /// </summary>
    private static bool Heading(string sentence, Match heading, Match other)
    {
        var end = heading.Index + heading.Length;
        var colon = sentence.IndexOf(':', end);
        return colon >= 0 && string.IsNullOrWhiteSpace(sentence[..heading.Index]) && sentence[end..colon].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2
            && other.Index > colon && ClauseBounds(sentence, other.Index).Start == colon + 1;
    }

    /// <summary>The words between two matches, in whichever order they stand.</summary>
    private static string Between(string sentence, Match one, Match other)
    {
        var (first, second) = one.Index < other.Index ? (one, other) : (other, one);
        return second.Index > first.Index + first.Length ? sentence[(first.Index + first.Length)..second.Index] : string.Empty;
    }

    /// <summary>
    /// True when the words before a claim tell of the past ("that one ended up having an rc8", "we have done rc9's",
    /// "here we are, with an extra rc"), of another release ("5.9 dragging out an extra week"), deny having said it
    /// ("I never promised there would be no rc8" claims neither way) or take it back ("Forget the rc8 I mentioned",
    /// "scratch what I said about the final release"), or say what usually happens in its clause ("the last rc before the
    /// holidays is usually the worst", "every release should have an rc8").
    /// </summary>
    private static bool NotStatedNow(string sentence, int index, string release) =>
        PastTense().IsMatch(Window(sentence, index))
        || NotSaid().IsMatch(Window(sentence, index))
        || Retracted().IsMatch(sentence[ClauseBounds(sentence, index).Start..index])
        || HereWeAre().IsMatch(sentence[..index])
        || OtherRelease().Matches(Window(sentence, index)).Any(m => m.Value != release)
        || Habitual().IsMatch(sentence[ClauseRange(sentence, index)]);

    /// <summary>
    /// True when the claim's words belong to another release named right after or in front of them: "the rc8 for 6.4",
    /// "the last rc of 6.7", "last release's rc8", "5.17's rc8".
    /// </summary>
    private static bool OfAnotherRelease(string sentence, Match claim, string release) =>
        ReleaseAfter().Match(sentence[(claim.Index + claim.Length)..]) is { Success: true } after && after.Groups["v"].Value != release
        || Owner().Match(sentence[..claim.Index]) is { Success: true } owner && owner.Groups["v"].Value != release;

    /// <summary>
    /// True when the words before "the last rc" name whose it is: a later rc ("rc8 will be the last rc"), an earlier one
    /// ("I said rc7 would be the last rc" in an rc8 mail), the next one ("the next rc will be the last one", which
    /// <see cref="NextRcLast"/> reads) or the one just named ("that should be the last one").
    /// </summary>
    private static bool AboutAnotherRc(string window, int rc) =>
        LaterRc().Matches(window).Any(r => int.Parse(r.Groups["k"].Value, CultureInfo.InvariantCulture) != rc) || ThatOne().IsMatch(window)
        || NextRc().IsMatch(window);

    /// <summary>
    /// The last rc a dashed hope or expectation leaves: one more than what was hoped for ("I was hoping this would be the
    /// last rc, but …" at rc7 is an rc8; "I had expected the usual schedule, but …" at rc5 too), and the usual end when
    /// what was expected was an extra rc ("I was expecting an rc8, but things calmed down": rc7 at rc7, rc7 at rc5).
    /// </summary>
    private static int Dashed(int hoped, int rc) =>
        hoped > Math.Max(rc, UsualLastRc) ? Math.Max(rc, UsualLastRc) : hoped + 1;

    /// <summary>
    /// True when a negation stands in the few words before the claim ("no rc8", "not going to need an rc8", "rather than
    /// the final") or opens its clause ("nothing here makes me think …").
    /// </summary>
    private static bool Negated(string sentence, int index) =>
        Negation().IsMatch(Window(sentence, index)) || ClauseNegation().IsMatch(sentence[ClauseBounds(sentence, index).Start..index]);

    /// <summary>
    /// True when the release at <paramref name="index"/> is what its clause says is (not) held up or delayed: "I don't
    /// expect anything to hold up the release next week", "nothing should delay 6.20 beyond next weekend". The hold-up
    /// or the delay is the claim (SentenceClaims reads both); the release named after it is not one of its own.
    /// </summary>
    private static bool HeldUpOrDelayed(string sentence, int index, IReadOnlyList<Match> delays)
    {
        var start = ClauseBounds(sentence, index).Start;
        return HoldingUp().Matches(sentence).Any(h => h.Index >= start && h.Index < index)
            || delays.Any(d => d.Index >= start && d.Index < index);
    }

    // "Nothing (I know of) should delay the release", "nothing that looks like it would cause a delay" deny the delay as
    // "no reason to delay" does.
    private static bool DelayDenied(string sentence, int index) =>
        Negated(sentence, index) || NothingWill().IsMatch(sentence[ClauseBounds(sentence, index).Start..index]);

    [GeneratedRegex(@"\bnothing\s+(?:[\w']+\s+){0,6}?(?:should|will|would|could|is\s+going\s+to|seems\s+to)\s+(?:[\w']+\s+){0,3}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NothingWill();

    /// <summary>
    /// True when the negation before a release is its own: in "I don't see any reason to delay the final release" it
    /// denies the delay standing between them, and the release is next.
    /// </summary>
    private static bool NegatedItself(string sentence, int index, IReadOnlyList<Match> delays)
    {
        var window = Window(sentence, index);
        return Negation().IsMatch(window) && !delays.Any(d => d.Index < index && d.Index >= index - window.Length - 1);
    }

    /// <summary>True when the sentence plans a later rc by number ("expect an rc8 next Sunday"), not denied nor past.</summary>
    private static bool PlansLaterRc(string sentence, int rc, string release) =>
        LaterRc().Matches(sentence).Any(r => int.Parse(r.Groups["k"].Value, CultureInfo.InvariantCulture) > rc
            && !NotStatedNow(sentence, r.Index, release) && !RcDenied(sentence, r));

    /// <summary>
    /// True when the rc named is denied: by a negation before it ("no rc8", "I doubt we'll need an rc8"), a denial right
    /// after it ("an rc8 seems unlikely"), a doubt later in its sentence ("there might be an rc8, but I doubt it", "Greg
    /// thinks we need an rc8, but I disagree"), a sentence that opens with "only if" ("Only if something bad happens will
    /// there be an rc8") or low odds around it ("the odds of an rc8 are pretty low") — unless it is done all the same ("I
    /// don't think an rc8 is needed, but I'll do one anyway").
    /// </summary>
    private static bool RcDenied(string sentence, Match rc)
    {
        var after = sentence[(rc.Index + rc.Length)..];
        return (Negated(sentence, rc.Index) || DeniedAfter().IsMatch(after) || DoubtedAfter().IsMatch(after) || Needless(sentence, rc.Index, after)
            || OnlyIf().IsMatch(sentence[..rc.Index])
            || LowOdds().Matches(sentence).Any(o => o.Index <= rc.Index && rc.Index < o.Index + o.Length))
            && !AllTheSame().IsMatch(after);
    }

    /// <summary>
    /// True when what is named at <paramref name="index"/> is only a possibility that the words after it call needless
    /// ("I could do an rc8, but I don't think it's warranted"). Said as a plan, it comes all the same: "I'll do an rc8,
    /// though it's not strictly needed".
    /// </summary>
    private static bool Needless(string sentence, int index, string after) =>
        NeedlessAfter().IsMatch(after) && !PlainPlan().IsMatch(Window(sentence, index));

    /// <summary>
    /// The last eight words before <paramref name="index"/> within its clause. A clause of its own starts after "and"
    /// or "so" with a subject: in "I don't see any regressions and I expect the final next weekend" the negation and
    /// the past of the first clause do not reach the plan of the second ("an rc8 and then I'll do the final" keeps its
    /// step). The subject may be the claim itself: in "rc7 was calm and the final release comes next week" the past
    /// stays before the "and".
    /// </summary>
    private static string Window(string sentence, int index)
    {
        var before = sentence[..index];
        var start = Math.Max(before.LastIndexOfAny([',', ';', ':', '—']) + 1, NewClause().Matches(sentence).LastOrDefault(j => j.Index + j.Length <= index) is { } joined ? joined.Index + joined.Length : 0);
        return string.Join(' ', before[start..].Split(' ', StringSplitOptions.RemoveEmptyEntries).TakeLast(8));
    }

    /// <summary>
    /// The sentence in lower case as the rules read it: without links and addresses ("…/20250713-rc8-fix@…" plans
    /// nothing), without the quoted titles of changes and threads (the "Revert rc8 workaround" patch) while other
    /// quoted text keeps its words (one of those "rc8" releases), with a contraction typed without its apostrophe as it
    /// is meant ("dont", "wont"), with an rc written other ways as "rc8" ("rc 8", "rc-8", "release candidate 8", "an
    /// eighth rc", "an 8th rc" as "an rc8"), and with the double negation "no reason not to" as the "every reason to"
    /// it means, a denial of anything else ("nothing makes me think this will be anything but a normal release") or of
    /// a way around it ("I can't see how we avoid an rc8") as the expectation it is, and times in other words as the
    /// weeks they are ("in about a week", "~1 week", "in 7 days", "14 days out", "next-next weekend").
    /// </summary>
    private static string Normalise(string sentence)
    {
        var lower = Link().Replace(sentence.ToLowerInvariant(), " ");
        // "nothing scary - I expect the final": a hyphen or two between spaces is the dash of plain-text mail.
        lower = PlainDash().Replace(lower, " — ");
        lower = QuotedTitle().Replace(lower, " ");
        lower = QuotedSpeech().Replace(lower, "${verb} ");
        lower = Quotes().Replace(lower, string.Empty).Replace('’', '\'');
        lower = BareContraction().Replace(lower, m => m.Value[..^1] + "'t");
        lower = NotThatButThat().Replace(lower, string.Empty);
        lower = DoubleNegation().Replace(lower, "every reason to");
        lower = NoReasonWhyNot().Replace(lower, m => $"i expect {m.Groups["subject"].Value}{Affirmed(m.Groups["verb"].Value)} ");
        lower = NotSurprised().Replace(lower, "i wouldn't be surprised if");
        lower = AnythingBut().Replace(lower, "i expect ${rest}");
        lower = NoWayAround().Replace(lower, "i expect we'll have ");
        lower = Approximately().Replace(lower, string.Empty);
        lower = OneWeek().Replace(lower, m => m.Groups["in"].Success ? "in a week" : "one");
        lower = Fortnight().Replace(lower, "two weeks");
        lower = AfterNext().Replace(lower, "the ${unit} after next");
        lower = InDays().Replace(lower, InWeeks);
        lower = SpacedRc().Replace(lower, "rc${k}");
        lower = DotZero().Replace(lower, "${v}");
        return OrdinalRc().Replace(lower, m => $"{m.Groups["a"].Value} rc{Ordinals[m.Groups["n"].Value]}");
    }

    /// <summary>
    /// The last rc a time of the release implies (<see cref="TimeOfRelease"/>): next week this one; the week after (next
    /// week) and the week after next, two weeks from the mail's Sunday, the next one; in w weeks w − 1 more; on the
    /// normal schedule rc7.
    /// </summary>
    private static int LastRcAt(Match time, int rc) =>
        time.Groups["after"].Success || time.Groups["afternext"].Success ? rc + 1
        : time.Groups["w"].Success ? rc + Numbers[time.Groups["w"].Value] - 1
        : time.Groups["usual"].Success ? Math.Max(rc, UsualLastRc)
        : rc;

    /// <summary>
    /// True when the travel word at <paramref name="index"/> is travel still to come: not told only of the past
    /// (<see cref="OnlyPast"/>), not a holiday wished to the readers ("Merry Christmas") and not denied ("I'm not
    /// traveling this time").
    /// </summary>
    private static bool TravelAhead(string sentence, int index) =>
        !OnlyPast(sentence, index) && !Greeting().IsMatch(sentence[..index]) && !NoTravel().IsMatch(sentence[..index]);

    /// <summary>
    /// True when the clause around a travel word only tells of the past — a past verb, nothing ahead, no "I'm" right
    /// before the travel word ("I'm on the road and the hotel wifi was bad" is travel now): "The trip through
    /// the scheduler code was painful", "There was some discussion at the Maintainers Summit", "Things have calmed down
    /// after the holidays", "this is the rc8 I announced back before the holidays". Its travel words are no travel to
    /// come; another clause of the sentence may still be ("The holidays are over, and I'll be traveling next week").
    /// </summary>
    private static bool OnlyPast(string sentence, int index)
    {
        var lower = sentence.ToLowerInvariant();
        var clause = lower[ClauseRange(lower, index)];
        return PastVerb().IsMatch(clause) && !Future().IsMatch(clause) && !TravellingNow().IsMatch(lower[..index]);
    }

    // Travel told in the present, beside a past verb: "because I'm on the road and the hotel wifi was bad", "I'm at a
    // conference and the wifi was spotty".
    [GeneratedRegex(@"\b(?:i'm|i\s+am|we're|we\s+are)\s+(?:(?:currently|still|now|actually|also)\s+)?(?:(?:at|on|in)\s+(?:a|an|the|my)\s+(?:\w+\s+)?)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TravellingNow();

    // Past verbs ("the holidays meant a quiet week"), the present perfect ("have calmed down", "has been"), a verb in -ed
    // after "I" or "we" ("I announced", "we planned"; not "we are scheduled") and what is over ("Christmas is over", "the
    // holidays are behind us").
    [GeneratedRegex(@"\b(?:was|were|had|did|went|said|happened|came|got|ended|meant|made|kept|caused|brought|slowed|resulted)\b|\b(?:is|are)\s+(?:now\s+)?(?:over|behind\s+us|done)\b|\b(?:have|has|'ve|haven't|hasn't)\s+(?:not\s+)?(?:\w+\s+)?(?:been|\w{3,}ed)\b|\b(?:i|we)\s+(?:all\s+|just\s+|already\s+|originally\s+|previously\s+|back\s+then\s+)?(?!(?:am|are|need|feed|seed|shed|wed)\b)\w{3,}ed\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastVerb();

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
            return next.Contains(v.Value) ? string.Concat(m.Value.AsSpan(0, v.Index - m.Index), new string(' ', v.Length), m.Value.AsSpan(v.Index - m.Index + v.Length)) : m.Value;
        });
    }

    [GeneratedRegex(@"(?<![\w.])v?(?<v>" + Ver + @"(?:\.\d+)?)\s+merge\s+window\b|\bmerge\s+window\s+(?:for|of)\s+v?(?<v>" + Ver + @"(?:\.\d+)?)(?![\w.])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MergeWindowOf();

    // The merge window opening, its own words or "it" later in the sentence: "the merge window will open next weekend",
    // "… the merge window ready, because it'll likely open next Sunday" (group open: the verb; the "Open Source Summit"
    // opens nothing).
    [GeneratedRegex(@"\bmerge\s+window\b(?:(?!\bmerge\s+window\b)[^.;])*?\b(?<open>open(?:s|ing)?|start(?:s|ing)?|begin(?:s|ning)?)\b(?!\s+source\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MergeWindowOpens();

    /// <summary>"in 7 days" as "in a week", "14 days out" as "two weeks out": days counted to the nearest week, one or two.</summary>
    private static string InWeeks(Match m)
    {
        var word = m.Groups["d"].Value;
        var days = int.TryParse(word, CultureInfo.InvariantCulture, out var n) ? n : Array.IndexOf(DayWords, word) + 5;
        var phrase = DatedWeeks.RoundedWeeks(days) switch { 1 => "a week", 2 => "two weeks", _ => null };
        return phrase is null ? m.Value : $"{m.Groups["in"].Value}{phrase}";
    }

    /// <summary>Sentences of the prose: paragraphs joined, split after . ! ? before the next word.</summary>
    private static List<string> Sentences(string prose)
    {
        // Lines quoted from another mail ("> I think we need an rc8") are somebody else's words, not Linus' plan; a quoted
        // question ("> Will there be an rc8?") stays as the question it is, which claims nothing and which Linus' next
        // sentence may answer ("No. Things look calm enough.").
        var own = QuotedBlock().Replace(prose.Replace("\r\n", "\n", StringComparison.Ordinal), QuestionOnly);
        var paragraphs = Regex.Split(own, @"\n\s*\n", RegexOptions.None, TimeSpan.FromSeconds(1));
        // A list item ("- 6.18 final: next Sunday") is a line of its own, not part of the item before it.
        return [.. paragraphs
            .SelectMany(p => ListItem().Split(p))
            .Select(p => Whitespace().Replace(p, " ").Trim())
            .Where(p => p.Length > 0)
            .SelectMany(p => SentenceEnd().Split(p))
            .Select(s => s.Trim())
            .Where(s => s.Length is > 0 and <= MaxSentenceLength)];
    }

    /// <summary>
    /// The longest run of text read as a sentence. Linus' longest in the corpus has 493 characters; a longer run without
    /// a full stop is something pasted (a log, a list of paths) and would cost the reader's patterns seconds to search.
    /// </summary>
    private const int MaxSentenceLength = 1500;

    /// <summary>
    /// A hope told in the past and dashed by the next sentence, which opens with "But" ("I was going to say this is the
    /// last rc. But then the drm report came in."), read together as one sentence would be, word for word.
    /// </summary>
    private static List<string> JoinDashedHopes(List<string> sentences)
    {
        var joined = new List<string>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var lower = sentences[i].ToLowerInvariant();
            if (i + 1 < sentences.Count && sentences[i + 1].StartsWith("But ", StringComparison.Ordinal)
                && DashedHope().Match(lower) is { Success: true } hope && !But().IsMatch(lower[hope.Index..]))
            {
                joined.Add($"{sentences[i]} {sentences[i + 1]}");
                i++;
                continue;
            }

            joined.Add(sentences[i]);
        }

        return joined;
    }

    // "6.18.0" is 6.18 (from 3.0 on; 2.6.0 was a release of its own name).
    [GeneratedRegex(@"(?<![\w.])(?<v>(?:[3-9]|[1-9]\d)\.\d+)\.0(?![\w.]*\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DotZero();

    // Consecutive quoted lines, with their line ends.
    [GeneratedRegex(@"(?:^[ \t]*>.*(?:\n|$))+", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedBlock();

    [GeneratedRegex(@"^[ \t]*(?:>[ \t]?)+", RegexOptions.Multiline, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuoteMarks();

    /// <summary>
    /// The last sentence of a quoted block when it asks, as a paragraph of its own; nothing else of it, nor a statement
    /// with a tag ("> I think 6.24 will need an rc8, no?"), which is the other's claim.
    /// </summary>
    private static string QuestionOnly(Match block)
    {
        var question = SentenceEnd().Split(Whitespace().Replace(QuoteMarks().Replace(block.Value, string.Empty), " ").Trim())[^1];
        return question.EndsWith('?') && !TagQuestion().IsMatch(question.ToLowerInvariant()) ? $"\n\n{question}\n\n" : "\n";
    }

    // The start of a list item: a line opening with "-", "*", "•" or "1." / "1)", the marker dropped.
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListItem();

    /// <summary>The clause around <paramref name="index"/> as a range of the sentence.</summary>
    private static Range ClauseRange(string sentence, int index)
    {
        var (start, end) = ClauseBounds(sentence, index);
        return start..end;
    }

    /// <summary>The clause around <paramref name="index"/>: between the nearest , ; : — or "but" on either side.</summary>
    private static (int Start, int End) ClauseBounds(string sentence, int index)
    {
        var start = ClauseBreak().Matches(sentence[..index]).LastOrDefault() is { } before ? before.Index + before.Length : 0;
        var end = ClauseBreak().Match(sentence, index) is { Success: true } after ? after.Index : sentence.Length;
        return (start, end);
    }

    /// <summary>
    /// What a hedge in front of a claim reaches: from the sentence's start, or its last "but" before the claim, to the
    /// end of the claim's clause. "It's possible that we'll have a quiet week, and there is no point in delaying"
    /// hedges both clauses; in "this is the last rc, but I might still do an rc8" only the second is hedged, and in
    /// "I'd expect an rc8 and maybe even an rc9" only the rc9.
    /// </summary>
    private static string HedgeScope(string sentence, int index)
    {
        var start = But().Matches(sentence[..index]).LastOrDefault() is { } but ? but.Index + but.Length : 0;
        var end = ClauseBounds(sentence, index).End;
        // "I'd expect an rc8 and maybe even an rc9": the hedge after "and" is the next claim's.
        var next = AndMaybe().Match(sentence, index);
        return sentence[start..(next.Success && next.Index < end ? next.Index : end)];
    }

    /// <summary>A question's sentence and the claims it asks about, waiting for the answer in the next sentence.</summary>
    private sealed record Question(string Sentence, List<Claim> Claims);

    /// <summary>A claim: the rc it implies to be the last, where in the sentence it stands, and whether it is only called possible.</summary>
    private sealed record Claim(int LastRc, int At)
    {
        public bool Hedged { get; init; }

        /// <summary>The condition the claim stands under (<see cref="ProvisoOf"/>).</summary>
        public Proviso Proviso { get; init; }

        public string Sentence { get; init; } = string.Empty;
    }

    [GeneratedRegex(@"[,;:—]|\bbut\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseBreak();

    // "… and maybe (even) …", "or possibly …": a hedge that opens the next item of a list.
    [GeneratedRegex(@"\b(?:and|or)\s+(?:maybe|perhaps|possibly)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndMaybe();

    // A short answer to the question before: open ("I honestly don't know yet", "who knows", "maybe"), no ("probably
    // not", "nah", "I doubt it", "I don't think so", "the answer is no", "not if I can help it", "we don't", "not
    // anymore"; not "no surprise") or yes ("probably", "yes", "no doubt", "I think so", "I hope so", "looks like it",
    // "that's the plan", "I'm afraid so", "that's still the plan").
    [GeneratedRegex(@"^(?:(?:well|so|and|honestly|frankly|sadly|happily)\b,?\s+|the\s+(?:short\s+|simple\s+)?answer\s+(?:is|seems\s+to\s+be)\s*:?\s+)*(?:(?<open>i\s+(?:\w+\s+)?(?:don't|do\s+not)\s+know|who\s+knows|no\s+idea|(?:it's\s+)?(?:too\s+early|hard)\s+to\s+(?:tell|say)|maybe|we'll\s+see)|(?<no>(?:probably|likely|most\s+likely|almost\s+certainly|hopefully)\s+not|it\s+(?:won't|will\s+not|isn't|is\s+not)|not\s+(?:this\s+time|this\s+cycle|now)|no(?!\s+(?:surprise|doubt|wonder|matter|problem|big\s+deal|worries|news|change)s?\b)|nope|nah|not\s+likely|unlikely|i\s+(?:\w+\s+)?doubt\s+it|i\s+(?:\w+\s+)?(?:don't|do\s+not)\s+(?:think|expect|believe)\s+so|i\s+hope\s+not|not\s+if\s+i\s+can\s+help\s+it|(?:we|i)\s+(?:don't|do\s+not|won't|will\s+not)|not\s+any\s*more|no\s+longer|now\s+i\s+(?:don't|do\s+not)|that(?:'s|\s+is)\s+no\s+longer\s+(?:the\s+case|true|the\s+plan)|that(?:'s|\s+has)\s+changed|i\s+(?:was\s+wrong|changed\s+my\s+mind))|(?<yes>yes|yep|yup|yeah|no\s+doubt|that(?:'s|\s+is)\s+(?:still\s+)?(?:the\s+plan|the\s+idea|true|the\s+case)|that\s+(?:hasn't|has\s+not)\s+changed|(?:i'm\s+)?afraid\s+so|(?:we|i)\s+(?:still\s+)?(?:do|will)(?=\s*[.!]|$)|i\s+still\s+think\s+so|it\s+(?:will|is)|probably|likely|most\s+likely|almost\s+certainly|hopefully|i\s+(?:\w+\s+)?(?:think|expect|suspect|fear|believe|hope)\s+so|looks\s+like\s+it|it\s+looks\s+(?:that\s+way|like\s+it)))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Answer();

    // What was said or thought before, reported: "I said (that)", "I thought", "we expected" (Retold reads what follows
    // as if said now; not "as I said", which says it again).
    [GeneratedRegex(@"(?<!\bas\s)\b(?:i|we)\s+(?:\w+\s+)?(?:said|mentioned|stated|wrote|claimed|predicted|guessed|thought|expected|believed|figured)\b(?:\s+that\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ToldBefore();

    // Whether what was said before still holds, later in the same sentence: "…, and that's still the plan", "… and I
    // stand by that", "…, and that hasn't changed" (yes) or "…, but that's no longer the case", "… but not anymore"
    // (no).
    [GeneratedRegex(@"\b(?:and|but)\s+(?:(?<yes>that(?:'s|\s+is)\s+still\s+(?:the\s+plan|true|the\s+case)|that\s+(?:hasn't|has\s+not)\s+changed|i\s+(?:still\s+)?stand\s+by\s+(?:that|it)|(?:it|that)\s+still\s+(?:holds|stands))|(?<no>that(?:'s|\s+is)\s+no\s+longer\s+(?:the\s+case|true|the\s+plan)|that(?:'s|\s+has)\s+changed|not\s+any\s*more|i\s+(?:was\s+wrong|changed\s+my\s+mind)))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StillSo();

    // A statement ending in a tag is no question: "make this last week count, ok?", "that's the plan, right?".
    [GeneratedRegex(@",\s*(?:ok(?:ay)?|right|no|eh|yes|see|isn't\s+it|won't\s+it|don't\s+you\s+think)\s*\?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagQuestion();

    [GeneratedRegex(@"\bbut\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex But();

    // "… and I expect", "… and now we'll", "… so there's", "no big issues but I'll do an rc8 anyway", "rc7 was calm and
    // the final release comes next week": a clause with a subject of its own after "and", "so" or "but" ("and then"
    // stays with the step before it).
    [GeneratedRegex(@"\b(?:and|so|but)\s+(?:(?:now|still|honestly|frankly)\s+)?(?=(?:i|i'm|i'll|i'd|i've|we|we'll|we're|we'd|there|there's|there'll|it|it's|it'll|things|everything|nothing|nobody|the\s+(?:final|release|next|last)|-?rc\d+|v?\d+\.\d+)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NewClause();

    [GeneratedRegex(@"\b(?:and|so|but|while|though)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Conjunction();

    // A condition: "if", "in case" — not the "if" that means "whether" ("we'll see if an rc9 is needed").
    [GeneratedRegex(@"(?<!\b(?:see|know|tell|wonder|wondering|ask|asked|check|decide)\s)\b(?:if|in\s+case)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Condition();

    // A sentence ends after . ! ? before a capital, a digit or an rc, which Linus writes in lower case ("… unexpected. rc6
    // is tiny.").
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""'(]?(?:[A-Z0-9]|-?rc\d))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[""“”]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Quotes();

    // A quoted title of a change or a thread: the "Revert rc8 workaround" patch, the "rc8 timing" thread. A quoted
    // phrase that describes the release is Linus' own claim: one of those "we'll have an extra week and I'll make an
    // rc8" releases.
    [GeneratedRegex(@"[""“][^""“”]+[""”](?=\s+(?:patch(?:es)?|commits?|thread|series|pull(?:\s+request)?|fix(?:es)?|change|discussion)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedTitle();

    // What somebody else said, quoted after the verb that says so: Greg put it, "just do an rc8"; somebody said "6.18 will
    // surely need an rc8". Those are their words, not Linus' plan; the verb stays, the quote goes.
    [GeneratedRegex(@"(?<verb>\b(?:said|says|wrote|writes|put\s+it|asked|asks|suggested|suggests|argued|argues|claimed|claims|joked|quipped|complained|told\s+me))\s*[,:]?\s*[""“][^""“”]*[""”]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedSpeech();

    // A link or an address: "https://lore.kernel.org/…", "<…@…>", "someone@example.org". Each alternative starts only
    // where a word starts, so a long run without spaces is scanned once, not once per character.
    [GeneratedRegex(@"\b(?:https?|ftp)://\S+|(?<![^\s(])<[^<>\s]*@[^<>\s]*>|(?<![^\s(<])[^\s@<>]+@[^\s<>]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();

    // "rc 8", "rc-8", "release candidate 8", "release-candidate 8" (Normalise writes them "rc8").
    [GeneratedRegex(@"\b(?:rc[\s-]|release[\s-]+candidate\s+)(?<k>\d{1,2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpacedRc();

    // The dash of plain-text mail: a hyphen, or two, between spaces (Normalise writes "—", which ends a clause).
    [GeneratedRegex(@"(?<=\S)\s+-{1,2}\s+(?=\S)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainDash();

    // "Don't be surprised if …" expects what follows as "I wouldn't be surprised if …" does; its "don't" denies nothing
    // (Normalise writes it that way).
    [GeneratedRegex(@"\b(?:don't|do\s+not)\s+be\s+(?:\w+\s+)?surprised\s+if\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotSurprised();

    // "(the final release) won't happen / won't be next week / isn't going to come": the release named denied right after.
    [GeneratedRegex(@"^\s*(?:won't|will\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to|shouldn't|should\s+not|can't|cannot|wouldn't|would\s+not)\s+(?:be\b|happen|come|go\s+out)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotComing();

    // "There's no reason why 7.2 shouldn't be released", "I don't see any reason why we wouldn't be on the normal
    // schedule", "I see no reason the final release won't happen": a reason denied for a denial (Normalise writes "i
    // expect 7.2 should be released", "i expect we would be on …", "i expect the final release will happen"). So is a
    // small chance of a denial: "there's a small chance that this isn't the last rc" expects that it is.
    [GeneratedRegex(@"(?:(?:\bthere(?:'s|\s+is)\s+|\bi\s+(?:(?!don't\b|do\b|can't\b|cannot\b|see\b)\w+\s+)?)?(?:\bno|(?:don't|do\s+not|can't|cannot)\s+see\s+(?:any|a)|\bsee\s+no)\s+(?:\w+\s+)?reason\s+(?:why\s+|that\s+)?|(?:\bthere(?:'s|\s+is)\s+)?(?:(?:only\s+)?an?\s+)?\b(?:small|slight|tiny|slim|remote)\s+chance\s+(?:that\s+)?)(?<subject>(?:[\w'.]+\s+){0,4}?)(?<verb>(?:would|will|should|could|is|are)n't|won't|can't|(?:would|will|should|could|is|are|can)\s+not)\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoReasonWhyNot();

    /// <summary>"wouldn't" as "would", "won't" as "will", "can't" as "can", "is not" as "is".</summary>
    private static string Affirmed(string verb) => verb switch
    {
        "won't" => "will",
        "can't" => "can",
        _ => verb.Replace("n't", string.Empty, StringComparison.Ordinal).Replace(" not", string.Empty, StringComparison.Ordinal).Trim(),
    };

    // "no reason not to", "not any reason not to", "I don't see a reason not to", "I see no reason not to" (Normalise
    // writes "every reason to").
    [GeneratedRegex(@"\b(?:no|not\s+any|(?:(?:don't|do\s+not|can't|cannot)\s+see|see)\s+(?:any|a|no))\s+(?:(?:good|real|particular)\s+)?reason\s+not\s+to\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoubleNegation();

    // "It's not that we need an rc8 - it's that I want one", "it's not that the final is at risk, but rather that …":
    // what "it's not that" puts aside is not denied, only not the reason; the words after it stand (Normalise drops it).
    [GeneratedRegex(@"\b(?:it's|it\s+is)\s+not\s+that\s+(?=(?:[^.;]|\.(?=\d))*?(?:[,—]\s*|\s)(?:but\s+(?:rather\s+|more\s+|just\s+)?(?:that|because)|(?:it's|it\s+is)\s+(?:more\s+|rather\s+|just\s+|simply\s+|really\s+)?(?:that|because))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotThatButThat();

    // "nothing here makes me think this will be anything but a normal release", "I don't see this being anything other
    // than …": a denial of anything else affirms it (Normalise writes "i expect this will be a normal release").
    [GeneratedRegex(@"(?:\bnothing\s+(?:[\w']+\s+){0,6}?(?:makes?|suggests?|indicates?)\s+me\s+(?:think|believe|expect)|\b(?:i\s+)?(?:don't|do\s+not|can't|cannot)\s+(?:see|think|expect|imagine))\s+(?<rest>(?:[\w']+\s+){0,6}?)anything\s+(?:but|other\s+than|except)\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnythingBut();

    // "I can't see how we avoid an rc8", "I don't see a way to avoid an rc8", "I'm not sure how we'd avoid an rc8": no
    // way around it (Normalise writes "i expect we'll have an rc8").
    [GeneratedRegex(@"\b(?:(?:i\s+)?(?:can't|cannot|don't|do\s+not)\s+see|(?:i'm|i\s+am)\s+not\s+(?:\w+\s+)?sure)\s+(?:how|a\s+way|any\s+way)\s+(?:(?:we|i)(?:'d|'ll|\s+(?:can|could|would|will))?\s+|to\s+)(?:avoid(?:ing)?|skip(?:ping)?|get(?:ting)?\s+away\s+without)\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoWayAround();

    // "in about a week", "in roughly two weeks", "in about seven weeks", "~1 week": Normalise drops the word that makes
    // the time approximate.
    [GeneratedRegex(@"(?<=\bin\s)(?:about|roughly|around|approximately|some)\s+(?=(?:a|one|" + WeekCount + @"|\d+|a\s+couple\s+of)\s+(?:weeks?|days)\b)|~\s*(?=\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Approximately();

    // A contraction typed without its apostrophe: "dont", "wont", "isnt" (Normalise writes "don't", "won't", "isn't").
    [GeneratedRegex(@"\b(?:do|does|did|is|was|are|were|wo|ca|would|should|could|have|has|had|need)nt\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareContraction();

    // "(in) a fortnight" (Normalise writes "two weeks").
    [GeneratedRegex(@"\ba\s+fortnight\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Fortnight();

    // "next-next weekend", "two Sundays from now / away" (Normalise writes "the weekend / sunday after next").
    [GeneratedRegex(@"\bnext[\s-]+next\s+(?<unit>weekend|week|sunday)\b|\b(?:two|2)\s+(?<unit>weekend|sunday)s\s+(?:from\s+(?:now|today)|away|out)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterNext();

    // "in 1 week" (Normalise writes "in a week"), "1 more week" ("one more week").
    [GeneratedRegex(@"(?<in>\bin\s+1\s+week\b)|\b1(?=\s+more\s+weeks?\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneWeek();

    // The numbers of days that round to one or two weeks, from five on (InWeeks).
    private static readonly string[] DayWords = ["five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"];

    // "in 7 days", "in seven days", "14 days out / away / from now" (InWeeks writes them as weeks).
    [GeneratedRegex(@"(?<in>\bin\s+)(?<d>\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s+days\b|\b(?<d>\d{1,2}|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen)\s+days(?=\s+(?:out|away|from\s+(?:now|today))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InDays();

    // "an eighth rc", "the ninth release candidate", "an 8th rc" (Normalise writes them "an rc8", "the rc9").
    [GeneratedRegex(@"\b(?<a>an?|the)\s+(?<n>sixth|seventh|eighth|ninth|tenth|6th|7th|8th|9th|10th)\s+(?:-?rc|release\s+candidate)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrdinalRc();

    // "the odds of an rc8 are pretty low", "the chances for an rc8 seem slim": a denial around the claim.
    [GeneratedRegex(@"\b(?:odds|chances?|likelihood|probability)\s+(?:of|for)\s+(?:an?\s+)?-?rc\d{1,2}\s+(?:are|is|seem|seems|look|looks)\s+(?:\w+\s+)?(?:low|slim|small|remote|minimal)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LowOdds();

    // "there might be an rc8, but I doubt it / I wouldn't bet on it / I don't expect one", "an rc10 would be
    // unprecedented, and it's not happening", "Greg thinks we need an rc8, but I disagree / I don't see the need / I'm
    // not convinced", "we might need an rc8, but I'm hoping not" (not "though I'm hoping not to have to do an rc8",
    // which hopes against something else): the doubt or denial after the claim denies it — an rc, the last rc named
    // ("this might be the last rc, but I doubt it") or the release with its time.
    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?(?:\b(?:but|though|although)\s+i\s+(?:\w+\s+)?doubt\s+(?:it|that)\b|\b(?:i\s+)?(?:wouldn't|would\s+not|don't|do\s+not)\s+(?:bet|count)\s+on\s+(?:it|that)\b|\b(?:but|though|although)\s+i(?:\s+\w+)?\s+(?:disagree|(?:don't|do\s+not)\s+(?:agree|think\s+so|see\s+(?:the|a|any)\s+(?:need|point|reason)|(?:really\s+)?expect\s+(?:one|it|that|to)|think\s+(?:we'll|we\s+will|it'll|it\s+will)\s+(?:need|have|come\s+to|happen)(?:\s+(?:one|it|that))?)|(?:'m|am)\s+not\s+(?:convinced|so\s+sure))\b|\b(?:it|that)(?:'s|\s+is)\s+not\s+(?:going\s+to\s+)?happen(?:ing)?\b|\b(?:it|that)\s+(?:won't|will\s+not)\s+happen\b|\b(?:but|though|although)\s+(?:(?:right\s+now|for\s+now|at\s+this\s+point|honestly),?\s+)?(?:i'm\s+hoping|i\s+hope|hopefully|i'd\s+hope)\s+not\b(?=\s*(?:[.!;,)]|$)))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoubtedAfter();

    // "I could do an rc8, but I don't think it's warranted", "there's been talk of an rc8, but there's no real need for
    // one", "I could do the final next week, but I don't think it's a good idea": a possibility called needless after it
    // is denied (Needless).
    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?(?:\b(?:but|though|although)\s+(?:(?:honestly|frankly|really),?\s+)?(?:i\s+(?:don't|do\s+not)\s+(?:think|believe|feel\s+like)\s+(?:it's|it\s+is|that's|that\s+is|it\s+would\s+be|it'd\s+be|it\s+will\s+be|it'll\s+be)|(?:it's|it\s+is|that's|that\s+is)\s+not|(?:it|that)\s+(?:isn't|wouldn't\s+be|would\s+not\s+be)|(?:it|that)\s+(?:doesn't|does\s+not)\s+(?:seem|look|feel)(?:\s+like)?)\s+(?:(?:really|actually|strictly|all\s+that|particularly)\s+)?(?:warranted|needed|necessary|required|called\s+for|justified|worth\s+it|(?:a\s+)?(?:good|great|smart|wise)\s+idea)\b|\b(?:but|though|although)\s+there(?:'s|\s+is)\s+no\s+(?:real\s+)?need(?:\s+for\s+(?:it|one|that))?(?=\s*(?:[.!;,)]|$)))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NeedlessAfter();

    // A plan said plainly before the claim: "I'll do an rc8", "we're going to have", "there will be".
    [GeneratedRegex(@"\b(?:i'll|we'll|i\s+will|we\s+will|(?:i'm|we're)\s+(?:going\s+to|doing|having|cutting|releasing)|there'll\s+be|there\s+will\s+be)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainPlan();

    // "I don't think an rc8 is needed, but I'll do one anyway / just to be safe": what is done all the same after its
    // denial comes (RcDenied).
    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?\b(?:but|though|so)\s+(?:i'll|we'll|i\s+will|we\s+will|i'm\s+going\s+to|we're\s+going\s+to|i'm|we're)\s+(?:(?:just|still|probably|likely)\s+)?(?:do(?:ing)?|hav(?:e|ing)|mak(?:e|ing)|cut(?:ting)?|releas(?:e|ing)|tag(?:ging)?)\s+(?:one|it|another(?:\s+one)?)\s+(?:anyway|regardless|nonetheless|all\s+the\s+same|just\s+in\s+case|(?:just\s+)?to\s+be\s+(?:safe|sure)|out\s+of\s+caution)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AllTheSame();

    // "two more weeks", "another two weeks", "a couple more weeks", "in two weeks", "another week", "one more (calm)
    // week", "one week to go", "two weeks left".
    [GeneratedRegex(@"\b(?:(?:at\s+least\s+)?(?<n>one|" + WeekCount + @"|a\s+couple(?:\s+of)?|couple(?:\s+of)?)\s+more|(?<n>one|a|" + WeekCount + @")(?=\s+weeks?\s+(?:to\s+go|left|remaining)\b)|another(?:\s+(?<n>two|three|couple\s+of))?|in\s+(?<n>" + WeekCount + @"|a\s+couple\s+of)|just\s+one\s+more(?:\s+\w+)?|one\s+more\s+\w+)\s+weeks?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeeksToGo();

    // A later rc by number: "rc8", "-rc8", "an rc8" — not a compound word ("an rc8-worthy bug").
    [GeneratedRegex(@"(?<![\w.])-?rc(?<k>\d{1,2})\b(?!-[a-z])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LaterRc();

    // The words that make "another week" an extra one: "need / want another week", "give things another week".
    private const string ExtraWeekVerb = @"\b(?:needs?|wants?|give\s+[\w']+)\s+";

    // Another rc: "another / one more / one last rc", "an extra rc / week", "need another week", "I'll do one more",
    // "go one more round" (not "another round of testing"), "another week of rc's".
    [GeneratedRegex(@"\b(?:another|one\s+more|one\s+last|(?<extra>an?\s+(?:extra|additional)))\s+(?:-?rc|release\s+candidate)\b|\banother\s+week\s+of\s+(?:-?rc'?s|release\s+candidates)\b|\b(?<extra>an?\s+extra\s+week)\b|" + ExtraWeekVerb + @"(?:another|one\s+more|(?<extra>an\s+extra))\s+week\b|\bi'll\s+do\s+one\s+more\b|\b(?:go|do)\s+(?:another|one\s+more)\s+round\b(?!\s+of\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnotherRc();

    // Several rcs still to come: "two more rcs", "another couple of rcs", "one rc left", "two rcs to go".
    [GeneratedRegex(@"\b(?:(?:(?<n>two|three|2|3|a\s+couple(?:\s+of)?|couple\s+of)\s+more|another\s+(?<n>two|three|couple\s+of))\s+(?:-?rcs|-?rc's|release\s+candidates)|(?<n>one|two|three|2|3|a\s+couple\s+of)\s+(?:more\s+)?(?:-?rcs?|-?rc's|release\s+candidates?)\s+(?:left|to\s+go|remaining))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoreRcs();

    // What holds the release up, or that nothing does ("nothing holding up the release", "no issues that would hold up
    // the release").
    [GeneratedRegex(@"(?<none>\b(?:nothing|no\s+(?:\w+\s+)?(?:issues?|problems?|regressions?|bugs?))\s+(?:[\w']+\s+){0,3}?)?\b(?:holding|holds|hold)\s+up\s+(?:the|a)\s+(?:final\s+)?release\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HoldingUp();

    // The rc after this one: "the next rc", "the rc after this (one)", "next week's rc".
    private const string NextRcWords = @"\b(?:the\s+next\s+(?:-?rc|release\s+candidate)|the\s+(?:-?rc|one|release\s+candidate)\s+after\s+this(?:\s+one)?|next\s+week's\s+(?:-?rc|one|release\s+candidate))\b";

    [GeneratedRegex(NextRcWords, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextRc();

    // The next rc named the last ("the next rc will be the last one", "the rc after this one should be the final rc"),
    // or this one the last but one ("this is the second-to-last rc", "the penultimate rc").
    [GeneratedRegex(NextRcWords + @"\s+(?:will|should|is\s+going\s+to|'ll|is\s+likely\s+to)\s+(?:\w+\s+)?be\s+the\s+(?:last|final)(?:\s+(?:one|-?rc|release\s+candidate))?\b(?!\s+(?:release|version|kernel|v?\d))|\bthis\s+(?:one\s+|rc\s+)?(?:is|will\s+be|should\s+be)\s+(?:\w+\s+)?(?:the\s+)?(?:second[\s-]to[\s-]last|next[\s-]to[\s-]last|penultimate)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextRcLast();

    // "needs / want another week" and "give things another week" are an extra week (AnotherRc), not one week still to go
    // (WeeksToGo).
    [GeneratedRegex(ExtraWeekVerb + "$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NeedsMore();

    // Putting the release off: "delay(ed)", "wait another week", "will have to wait a bit longer", "hold (off on) the
    // release for a week", "gets bumped", "slides a week", "we need more time" (not "something that needs more time"),
    // "slip by a week", "extend the release by a week", "push it out" (not "I'll push it out next week", which
    // publishes it then), "the release got pushed out (a week)", "pushed out the release by a week" (not "I've tagged
    // and pushed out rc1" or "pushed out the release", which publish it, nor "those fixes got pushed out to stable":
    // what is pushed out is the release, "it", "this" or "things"), "drag this (release) out", "drag out the release",
    // "a week late(r)" — not what is "delayed (the rc) by a day / a few hours" (ShortWhile), which is late, nor what
    // "came in a week late", nor "delayed" before a noun of something else (the "delayed" work of 2.6.20's work_struct
    // split, "delayed allocation").
    [GeneratedRegex(@"\b(?:delay(?:ed(?!\s+(?!(?:releases?|final|rcs?|-?rc\d+|kernel|version|by|until|till|to|for|a|an|one|two|three|the|this|that|it|again|because|due|since|so|and|but|or|at|in|on|if|unless|then|further|anyway|now|too|as|more|even|either|yet|much)\b)[a-z]+\b)|ing)?(?!\s+(?:(?:the\s+(?:rc|release|announcement)|this(?:\s+rc)?|-?rc\d+|it)\s+)?by\s+" + ShortWhile + @")|wait(?:ing)?\s+(?:for\s+)?(?:another|one\s+more|an\s+extra|a)\s+week|(?:have|has)\s+to\s+wait\s+(?:a\s+(?:bit|little)\s+)?longer|hold(?:ing)?\s+(?:off\s+(?:on\s+)?)?(?:the\s+(?:\w+\s+)?release|it|this)\s+(?:for\s+)?(?:a|one|another)\s+(?:more\s+)?week|(?:get|gets|got|be)\s+bumped|bump(?:s|ed|ing)?\s+(?:it|this|the\s+(?:\w+\s+)?release)\s+(?:by\s+)?(?:a|one)\s+week|slid(?:e|es|ing)\s+(?:by\s+)?(?:a|one|another)\s+week|(?<=\b(?:we|i|it|this|things|release|final)(?:'ll|\s+(?:will|still|really|just|simply|do|does|may|might|don't|doesn't|won't|do\s+not))?\s+)(?:need|needs|want)\s+(?:a\s+bit\s+|some\s+|a\s+little\s+)?more\s+time|slip(?:s|ping)?|postpon(?:e|ing)|drag(?:ging)?\s+(?:[\w']+\s+){0,2}?out(?!\s+of\b)|(?<!\b(?:came|was|were|arrived|landed|showed\s+up|follow|follows|come|comes)(?:\s+in)?\s+)(?:a|one)\s+week\s+late(?:r)?|extend(?:ing)?\s+(?:\w+\s+){0,3}by\s+(?:a|one)\s+week|push(?:ing)?\s+(?:the\s+(?:\w+\s+)?release|it|things|this)\s+(?:\w+\s+)?out(?!\s+(?:next|this|on|tomorrow|today|tonight)\b)|(?<=\b(?:release|final|v?\d+\.\d+|it|this|things)\s+(?:\w+\s+){0,2})(?:got|gets?|was|were|is|be|been|being)\s+pushed\s+out(?!\s+(?:v?\d|-?rc\d*\b|the\s+(?:tag|rc)|tags?\b))|pushed\s+out\s+(?:by\s+)?(?:a|one|another|two|an\s+extra)\s+(?:more\s+)?weeks?|pushed\s+out\s+(?:to|until)\s+(?:next|the\s+following)|push(?:ed|ing)?\s+out\s+the\s+(?:\w+\s+)?release\s+(?:by\s+(?:a|one|another)\s+week|(?:to|until)\s+next))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Delay();

    // A step that comes after another one named before it: "an rc8 and then the final", "after that the final", "let's
    // hope next week is calmer, so that I can release 3.12", "let's hope next week is calm, at which point I'll tag the
    // final".
    [GeneratedRegex(@"\b(?:and\s+then|after\s+(?:that|which)|followed\s+by|so\s+that\s+(?:i|we)\s+can|at\s+(?:which|that)\s+point|by\s+(?:then|which\s+time))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterAnotherStep();

    // "(I'll tag 7.1) then", "(do the final release) then, unless …": a "then" that ends its clause points back to a
    // time; "then we'll open the merge window" goes on to a next step.
    [GeneratedRegex(@"^\s*(?:[\w']+\s+){0,2}?then\s*(?:[.,;:!?)]|—|$|(?:and|but|unless|assuming)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThenAfter();

    // "… the upcoming week is calm, and we can have a final release": what "we can" do after a clause with a time (the
    // clause of its own that Window starts after "and we").
    [GeneratedRegex(@"\band\s+(?:i|we)\s+can\s+(?:[\w']+\s+){0,3}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndThenCan();

    // The step a final can follow: a later rc, "another / one more / one last / an extra" (rc, week), a release candidate.
    [GeneratedRegex(@"(?<![\w.])-?rc(?<k>\d+)\b|\b(?:another|one\s+more|one\s+last|an?\s+extra|release\s+candidate)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnotherStep();

    // A bare "and" right before the release ("one more rc and we're done").
    [GeneratedRegex(@"\band\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndBefore();

    // ", then the final": a step in a list, right before the release.
    [GeneratedRegex(@",\s*then\s+(?:[\w']+\s+){0,3}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThenAfterComma();

    // "(the final release) after rc7", "(the final) following rc8": the rc the release comes after.
    [GeneratedRegex(@"^\s*(?:[\w']+\s+){0,2}?(?:after|following)\s+(?:the\s+|an?\s+)?-?rc(?<k>\d{1,2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterRc();

    // "… before the final": the release is what comes after the step named before it.
    [GeneratedRegex(@"\bbefore\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BeforeRelease();

    // "… of the patch series", "… of the firmware": the final version of something else (not "of 7.26", "of this
    // release", "of Linux").
    private const string NotOfOther = @"(?!\s+of\s+(?!v?" + Ver + @"\b|this\b|linux\b|the\s+(?:kernel|release)\b))";

    // The release named: "the final (5.8) (release)", "the final happening / coming" — not "the final patch" nor "the
    // final version of the patch series" —, a list line's "final:", "final release", "the / a release" (not its
    // candidates, notes or cycle), "the real thing", "get this thing out", or the version (group v, compared with the
    // cycle's) as what is released — "release/tag/have 5.8", "5.8 final", "5.8 release", "5.8 will be out", "wrap
    // things up", "to release next week" — or said alone ("in good shape for 5.8 next weekend"): FinalWithTime takes
    // each only with a time in its clause. Never "fixes for 5.8", "the 5.9 merge window", its rcs or stable updates.
    [GeneratedRegex(@"^final(?:\s+release)?(?=\s*:)|\bthe\s+final\b(?=\s*(?:$|[.,;:!?)]|v?" + Ver + @"|(?:release|version|kernel)\b" + NotOfOther + @"|(?:will|should|is|would|could|might|may|can|next|in|on|at|by|the|this|a|happen(?:s|ing)?|com(?:e|es|ing)|land(?:s|ing)?)\b|'s\b))|\bfinal\s+(?:release|version|kernel)\b" + NotOfOther + @"|\b(?:releas(?:e|ing)|tag(?:ging)?|cut(?:ting)?|have|do(?:ing)?|see|get)\s+(?:the\s+)?v?(?<v>" + Ver + @")(?![\w-]|\.\d)|(?<![\w.-])v?(?<v>" + Ver + @")(?=\s+final\b|\s+release\b|\s+(?:will|should|is\s+going\s+to|'ll)\s+(?:\w+\s+)?(?:be\s+)?(?:out|released|happen|come|ship)\b)|\bwrap(?:ping)?\s+(?:things|it|this(?:\s+(?:one|release))?|the\s+release)\s+up\b|\b(?:to|'ll|will|can|should)\s+(?:just\s+)?release(?=\s+(?:next|this|in\s+a|on)\b)|(?<bare>\b(?:the\s+(?:actual\s+|real\s+)?|a\s+(?:final\s+)?)release\b(?!\s+(?:candidate|notes|cycle|after|of|for|process)))|(?<bare>\bthe\s+real\s+(?:thing|deal)\b)|(?<bare>\bthe\s+finish\s+line\b)|(?<bare>\b(?:get|push|ship)(?:ting|ping)?\s+(?:this\s+(?:thing|one|release|kernel)|the\s+(?:thing|kernel|release))\s+out\b)|(?<!\b(?:fix(?:es)?|patch(?:es)?|pulls?|changes|regressions?|bugs?)\s+(?:for|in|to|against)\s+)(?<![\w.-])(?<bare>v?(?<v>" + Ver + @"))(?![\w-]|\.\d|\s+merge\s+window)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseEvent();

    // "it'll be out", "it will be released": the release named earlier in the sentence (FinalWithTime checks that).
    [GeneratedRegex(@"\bit(?:'ll|\s+will|\s+should)\s+(?:\w+\s+)?(?:be\s+)?(?:out|released|tagged)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleasePronoun();

    // The cycle as usual: "on track for a normal (release) schedule", "on the usual schedule", "we'll have a regular
    // schedule", "stick to the normal schedule", "the plan is for / I expect the usual rc schedule", "the schedule looks
    // normal", "the plan remains the usual one", "the usual seven rcs", "a normal seven-rc release" (the schedule is also
    // read by FinalWithTime as the release's time when the release is named; both claims say the same). "That shouldn't
    // affect the schedule" only implies the usual end, as index.csv's "unclear" mails do, and is no claim; nor is "a normal
    // release" (an early rc's general remark, often "with the usual seven or eight rcs"), which would carry to the silent
    // mails after it.
    [GeneratedRegex(@"\b(?:on\s+track\s+for|on|have|keep|stick\s+to|keep\s+to|follow|plan\s+is\s+for|planning\s+(?:on|for)|expect(?:ing)?|hop(?:e|ing)\s+for)\s+(?:a|the|our)\s+(?:normal|usual|regular)\s+(?:(?:release|rc)\s+)?(?:schedule|cycle)\b|\b(?:the\s+)?(?:schedule|plan)\s+(?:looks|is|seems|remains|stays)\s+(?:(?:entirely|completely|pretty|fairly|perfectly)\s+)?(?:normal|the\s+usual(?:\s+one)?|as\s+usual)\b|\bthe\s+(?:usual|normal|regular)\s+(?:seven|7)\s+(?:-?rcs|-?rc's|release\s+candidates)\b|\ba\s+(?:normal|usual|regular)\s+(?:seven|7)[\s-]rc\s+(?:release|cycle)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NormalSchedule();

    // A cycle longer than the usual: "a longer (release / rc) cycle than usual", "the release cycle will (probably) be
    // (a bit) longer than normal".
    [GeneratedRegex(@"\b(?:a\s+(?:bit\s+|slightly\s+)?longer\s+(?:(?:release|rc)\s+)?(?:cycle|release|schedule)\s+than\s+(?:usual|normal)|(?:cycle|release|schedule)\s+(?:will|would|might|may|is\s+going\s+to|looks\s+like\s+it(?:'ll|\s+will))\s+(?:\w+\s+)?be\s+(?:a\s+bit\s+|slightly\s+|a\s+week\s+)?longer\s+than\s+(?:usual|normal))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LongerCycle();

    // A time that names no Sunday: "in the middle of December", "mid-December", "early January", "by the end of the
    // month", "around Christmas", "later this month", "next month", "in January" (a date with its day is DatedWeeks'); the
    // month names are the travel dates' (Month), each after a word that makes it a month.
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:middle|end|start|beginning|(?:first|second)\s+half)\s+of\s+(?:the\s+month|" + Month + @")|(?:early|mid|late)[\s-]+" + Month + @"|around\s+(?:christmas|thanksgiving|new\s+year'?s?|the\s+holidays|" + Month + @")|(?:later\s+this|next)\s+month|in\s+" + Month + @"(?!\s+\d))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VagueTime();

    // When the release comes: next / the upcoming week, within a week or "imminent" (this rc is the last), the / a week
    // (weekend, Sunday) after, the week after next (two weeks from the mail's Sunday: the same, group afternext kept
    // apart so that "after" alone is not read inside it) or "(it) follows a week later" (one more rc), in w weeks (w − 1
    // more rcs), or on the normal schedule (rc7).
    [GeneratedRegex(@"\bnext\s+(?:weekend|week|sunday)\b|\b(?:the\s+)?upcoming\s+(?:weekend|week|sunday)\b|\bimminent\b|\b(?:in|within)\s+(?:a|one)\s+week\b|\b(?:a|one)\s+week\s+(?:away|out)\b|\b(?:on|this)\s+(?:saturday|sunday)\b|\ba\s+week\s+from\s+(?:now|today)\b|\bthis\s+coming\s+(?:weekend|week|sunday)\b|(?<afternext>\bthe\s+(?:week(?:end)?|sunday)\s+after\s+next\b)|(?<after>\b(?:the|a)\s+(?:week(?:end)?|sunday)\s+after\b|\b(?:follow|come)s?\s+(?:(?:just|only)\s+)?(?:a|one)\s+week\s+later\b)|\bin\s+(?<w>" + WeekCount + @")\s+weeks\b|\b(?<w>" + WeekCount + @")\s+weeks\s+(?:from\s+(?:now|today)|away|out)\b|(?<usual>\bon\s+(?:the\s+)?(?:normal\s+|usual\s+|regular\s+)?schedule\b|\bon\s+time\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeOfRelease();

    // Talk about the future: weeks "to go", "next", "will", "let's", "want to", "more weeks" …
    [GeneratedRegex(@"\b(?:will|'ll|going\s+to|let's|want\s+to|(?:'d|would)\s+like\s+to|next|upcoming|to\s+go|weeks?\s+(?:left|remaining)|in\s+(?:two|three|a\s+couple\s+of)\s+weeks|more\s+(?:\w+\s+)?weeks?|slated|expect|plan|keep)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Future();

    [GeneratedRegex(@"^\s*(?:has|have)\s+(?:gone|passed)|^\s*(?:went|passed)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GoneBy();

    // A claim about another release ("due to 5.9 dragging out an extra week") is not about this cycle.
    [GeneratedRegex(@"\b" + Ver + @"\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherRelease();

    // "the last rc was bigger", "the last rc of the 6.7 series had a similar size": the claim's words as the subject of a
    // past verb.
    [GeneratedRegex(@"^\s*(?:(?:of|in|for|from)\s+(?:the\s+)?[\w.\-]+(?:\s+(?:series|cycle|release|kernel))?\s+)?(?:was|were|had|did|ended|came)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TellsOfPast();

    // "the last rc of 6.7", "the final rc for 6.9": the release the claim's words belong to, named right after them.
    [GeneratedRegex(@"^\s*(?:of|for|in)\s+(?:the\s+)?v?(?<v>" + Ver + @")\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseAfter();

    // "last release's rc8", "the previous cycle's rc8", "5.17's rc8": the release whose rc it is, named in front (group
    // v: a version, else empty — another release).
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:last|previous|prior|earlier|other)\s+(?:release|cycle|kernel|one)|v?(?<v>" + Ver + @"))'s\s+(?:own\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Owner();

    // "the rc8 we had for 6.9", "the rc8 that we did last time": an rc told of in a relative clause in the past; "the
    // rc8 (diff) last time", "the rc8 back then", "the rc8 of last cycle": with the time it happened ("an rc8 like last
    // time" is a plan).
    [GeneratedRegex(@"^\s*(?:(?:that\s+|which\s+)?(?:we|i|it|they|you|v?" + Ver + @")\s+(?:\w+\s+)?(?:had|did|got|needed|saw|made|ended\s+up)\b|(?:(?!(?:like|as|again)\b)[\w']+\s+){0,3}?(?:last\s+time|back\s+then|in\s+the\s+past|last\s+(?:cycle|release|year)|the\s+previous\s+(?:cycle|release))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HadAfter();

    // "people keep asking me about an rc8", "questions about an rc8", "the joke about rc8 being a feature of …", "last
    // week's drama about rc8", "people ask me why we don't just skip rc8": the rc as the topic of what others ask, joke,
    // think or argue about.
    [GeneratedRegex(@"\b(?:ask(?:s|ed|ing)?|questions?|wonder(?:s|ed|ing)?|jokes?|joking|ideas?|notions?|rumou?rs?|myths?|drama|debates?|discussions?|talk|worr(?:y|ies)|concerns?|fuss|speculation|arguments?|chatter|confusion|complain(?:ts?|ing)?)\s+(?:[\w']+\s+){0,2}?about\s+(?:an?\s+|the\s+)?$|\bask(?:s|ed|ing)?\s+(?:(?:me|us)\s+)?(?:why|whether|if|how\s+come)\s+(?:[\w']+\s+){0,8}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AskedAbout();

    // "Only if something really bad happens will there be an rc8", "The only thing that might make me do an rc8 is if …":
    // what comes only then is not expected.
    [GeneratedRegex(@"^\s*only\s+(?:if|when|in\s+case)\b|^\s*(?:[\w']+,?\s+){0,2}?the\s+only\s+(?:thing|way)\s+(?:that\s+)?(?:would|could|might|will)\s+(?:make|force|get)\s+(?:me|us)\s+(?:to\s+)?(?:do|need|consider|cut|have)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OnlyIf();

    // What usually happens, or happens in every cycle: "the last rc before the holidays is usually the worst", "every
    // release should have an rc8".
    [GeneratedRegex(@"\b(?:usually|typically|generally|traditionally|historically|tends?\s+to|(?:every|each|most|all)\s+(?:releases?|cycles?|kernels?))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Habitual();

    // This cycle compared with the one told of: "… needed an rc8, but this one doesn't look like it will" (group not), "…,
    // and this one will / might too", "…; this time I don't expect one", "… without an rc8, but 6.18 won't be so lucky"
    // (group v: this cycle's version).
    [GeneratedRegex(@"\G(?:[^.]|\.(?=\d))*?(?:\b(?:but|and|while)\s+|;\s*)(?:this\s+(?:one|time|release|cycle|kernel)|(?<v>" + Ver + @"))\s+(?:[\w']+\s+){0,2}?(?:(?<not>doesn't|does\s+not|won't|will\s+not|isn't|is\s+not|shouldn't|should\s+not)\b|(?:will|does|should|is\s+going\s+to|might|may|could)\b(?:\s+[\w']+){0,4}?\s+(?:too|as\s+well)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisOneToo();

    // A later clause that asks the rc told of again of this cycle, by "one": "…, and I don't think we'll need one this time
    // either", "…; I don't expect one" (group clause: that clause, for its negation).
    [GeneratedRegex(@"\G(?:[^.]|\.(?=\d))*?(?:[;,]|\b(?:but|and|so)\b)\s*(?<clause>[^,;.]*?\b(?:i|we|i'll|we'll|i'd|we'd)\b[^,;.]*?\b(?:need|expect|want|have|do|see|get)\s+(?:an?\s+)?(?:one|another(?:\s+one)?)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneAgain();

    // A comparison that ends right before the claim: "… rather have that in an rc than in (the final release)". Negation
    // reads the same words as a denial; a final compared this way only leans (SentenceClaims).
    private const string ThanBefore = @"\bthan(?:\s+(?:in|with|for|to|into))?$";

    [GeneratedRegex(ThanBefore, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RatherThan();

    // The words between a delay and the rc it is done with: "drag this out with an rc8", "delay the final by another rc".
    [GeneratedRegex(@"^\s*(?:[\w']+\s+){0,4}?(?:with|by|through)\s+(?:an?|another|one\s+more)\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DelayMeans();

    // A doubt settled the other way by what follows it: "I'm not sure whether we'll need an rc8, but I think we will /
    // I think so" (as "…, but I doubt it" settles it against). A version's dot ("6.25") does not end the sentence.
    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?\b(?:but|though|although)\s+(?:right\s+now\s+|at\s+this\s+point\s+)?i\s+(?:\w+\s+)?(?:think|expect|suspect|believe|fear)\s+(?:so|it\s+will|we\s+will|we'll|it\s+does|we\s+do)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ResolvedAfter();

    // "The rc8 — if there is one — will be small", "the rc8, if any, …", "an rc8, should there be one": the rc is supposed,
    // not planned.
    [GeneratedRegex(@"^\s*[,—(]?\s*(?:if\s+(?:there\s+is|there's|there\s+will\s+be|we\s+(?:have|need|do|get)|i\s+(?:do|need\s+to\s+do|need)|it\s+(?:happens|comes))\s+(?:one|it|an?\s+rc\d*)|if\s+any|should\s+there\s+be\s+one|assuming\s+there\s+is\s+one)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IfAny();

    // "the rc8 question / debate / decision": the rc names what is talked about.
    [GeneratedRegex(@"^\s*(?:question|debate|discussion|decision|talk|topic|issue)s?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    // "this was the last rc": the mail's own rc, in the tense of a letter read later.
    [GeneratedRegex(@"\bthis(?:\s+(?:one|rc|-?rc\d+))?\s+was\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisWas();

    // "an rc8 isn't needed", "rc8: not needed", "… seems unlikely", "… is possible but unlikely", "… would surprise me",
    // "… is out of the question", also after a short relative clause ("the rc9 I was worried about seems unnecessary",
    // "the rc8 that some people were expecting isn't going to happen") — but "an rc8 is not out of the question" only
    // calls it possible (Hedge).
    [GeneratedRegex(@"^\s*(?:[:—-]\s*(?:not|no)\s+(?:needed|necessary|required|planned|happening|likely)\b|(?:(?:that\s+|which\s+)?(?:(?:some|many|most|a\s+few|several|other)\s+)?(?:i|we|you|people|folks|others)\s+(?:[\w']+\s+){0,4}?)?(?:(?:doesn't|does\s+not|isn't|is\s+not|won't|will\s+not|shouldn't|should\s+not)\b(?!\s+(?:\w+\s+)?(?:out\s+of\s+the\s+question|off\s+the\s+table|impossible|ruled\s+out)\b)|(?:is|seems)\s+(?:(?!not\b)\w+\s+)?(?:out\s+of\s+the\s+question|off\s+the\s+table)\b|(?:seems|looks|is|feels|(?:would|will|'d)\s+be)\s+(?:\w+\s+)?(?:(?:possible|conceivable|not\s+impossible),?\s+(?:but|though|yet)\s+(?:\w+\s+)?)?(?:unlikely|unnecessary|unneeded|overkill|pointless|superfluous)\b|(?:would|will)\s+(?:\w+\s+)?(?:surprise|be\s+(?:a\s+)?(?:surprise|surprising))\b))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeniedAfter();

    // "have done", "had", "we had / got / needed an rc8", "the 6.17 cycle, which needed an rc8", "the last release
    // needed an rc8" (the claim right after it; "if we needed an rc8" supposes), "ended up having / needing" (not "if
    // we ended up with", which supposes too), "was", "I thought I'd", "some of you expected": what happened, or was
    // believed before; "Greg mentioned that the stable team would prefer an rc8", "some people suggested that I should
    // do an rc8": what others said or want, not Linus' plan; "last week I said I'd do an rc8": what was said before, in
    // the future of then. ("We've got two weeks to go" is the present; "as I said, I'll do an rc8" says it again.)
    [GeneratedRegex(@"\b(?:have|has|had|'ve)\s+(?:\w+\s+)?(?:done|had|made|seen|gotten)\b|(?<!\b(?:if|whether)\s)\b(?:we|i|they|which|that|it|(?:last|previous|prior|earlier)\s+(?:\w+\s+)?(?:releases?|cycles?|ones?|kernels?))\s+(?:\w+\s+)?(?:had|got|needed|saw)(?:\s+(?:an?|the|one|another))?\s*$|(?<!\bif\s+(?:we|it|this|this\s+one|this\s+release|things|they)\s+)\bended\s+up\s+(?:having|with|doing|needing|getting|requiring|going\s+(?:to|with))\b|\bwas\b|\bwere\b|\bdid\b|\b(?:i|we|you|they|people|everybody|everyone|some)\s+(?:\w+\s+)?(?:had\s+)?(?:thought|hoped|expected|planned|wanted)\b|(?<!\b(?:i|we|i'd|we'd)\s+(?:\w+\s+)?)\b(?:suggested|proposed|mentioned|argued|(?:would\s+)?prefer(?:s|red)?)\b|\bi\s+(?:said|mentioned|stated|wrote|claimed|warned|predicted|guessed)\b(?:\s+[\w']+){0,3}?\s+(?:i'd|we'd|there'd|it'd|(?:i|we|there|it)\s+would)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastTense();

    [GeneratedRegex(@"\bthat\s+(?:one\s+|rc\s+)?(?:will|should|would|is\s+going\s+to|might|may)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThatOne();

    // What is said of an rc named right before it: that it (will / won't) be the last ("rc7 will not be the last one",
    // "rc7 being the last") — not "the last release" or "final kernel", which name a release.
    [GeneratedRegex(@"^\s*(?:(?:will|would|should|is|isn't|won't|wouldn't|shouldn't|is\s+going\s+to|isn't\s+going\s+to|may|might)\s+)?(?:(?:not|never)\s+)?(?:be\s+|being\s+)?the\s+(?:last|final)\b(?!\s+(?:release|version|kernel))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsTheLast();

    // "I never promised", "I didn't say", "I can't promise", "I'm not promising", "I'm not going to make any promises
    // about": what follows is not what he states.
    [GeneratedRegex(@"\b(?:never|didn't|did\s+not|don't|do\s+not|can't|cannot|won't)\s+(?:\w+\s+)?(?:promise[ds]?|say|said|claim(?:ed)?|guarantee[ds]?)\b|\bnot\s+(?:\w+\s+)?(?:promising|guaranteeing)\b|\b(?:not|never|won't|can't)\s+(?:going\s+to\s+)?mak(?:e|ing)\s+(?:any\s+)?(?:promises|guarantees)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotSaid();

    // A clause that takes back what it names: "forget the rc8 I mentioned", "scratch what I said about the final".
    [GeneratedRegex(@"^\s*(?:forget|scratch|ignore|disregard)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Retracted();

    [GeneratedRegex(@"\bhere\s+we\s+are\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HereWeAre();

    // "this is an extra rc because of the holidays", "it's just another rc": the extra rc named is the mail's own.
    [GeneratedRegex(@"\b(?:this|it)(?:'s|\s+is|\s+was)\s+(?:just\s+|simply\s+|purely\s+|basically\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisIsOne();

    // "I decided …", "we chose …" (not "I've decided", which may be news of the next step): a decision already carried out.
    [GeneratedRegex(@"\b(?:i|we)\s+(?:just\s+|finally\s+|eventually\s+|then\s+|ultimately\s+)?(?:decided|chose|opted|figured)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NarratedDecision();

    /// <summary>
    /// True when a sentence's doubt is about the schedule: the part of the sentence it stands in (up to a "but", ; or —)
    /// names an rc, the release (or its version), an extra week or the last one, or the doubt names nothing else ("I'm
    /// still undecided", "I'm still waffling about it", "I'll know more by the end of the week"); "who knows why the
    /// build broke" and "we'll know more about the drm issue next week" name something else, and so does "I'm not sure
    /// what caused the ext4 regression, but I expect the final next weekend", whose plan lies beyond the "but". A part
    /// that names only other releases (5.9 in a 5.10 mail; not the next merge window's, which opens with this release) is
    /// about them.
    /// </summary>
    private static bool DoubtOnSchedule(string sentence, Match doubt, string release)
    {
        var start = DoubtBreak().Matches(sentence[..doubt.Index]).LastOrDefault() is { } before ? before.Index + before.Length : 0;
        var end = DoubtBreak().Match(sentence, doubt.Index + doubt.Length) is { Success: true } after ? after.Index : sentence.Length;
        var part = sentence[start..end];
        // "I'm not entirely sure whether this is a general upward trend, or due to 5.9 dragging out an extra week" (5.10-rc1)
        // doubts the cause of this merge window's size: the extra week is another release's.
        var otherReleaseOnly = OtherRelease().Matches(part) is { Count: > 0 } named && named.All(v => v.Value != release);
        return (ScheduleWord().IsMatch(part) && !otherReleaseOnly) || NamesNothing().IsMatch(sentence[(doubt.Index + doubt.Length)..end]);
    }

    [GeneratedRegex(@"\bbut\b|;|—", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoubtBreak();

    // Words of the schedule, for a doubt to be about it ("scheduler" is not "schedule", "the final word" is no final).
    [GeneratedRegex(@"\b(?:-?rc\d*|-?rcs|release|releasing|final(?!\s+(?:word|fix(?:es)?|version|piece|bits?|patch(?:es)?|answer))|(?:extra|another)\s+week|schedule|the\s+last\s+one|merge\s+window)\b|(?<![\w.])v?\d+\.\d+(?:\.\d+)?(?![\w.]*\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScheduleWord();

    // The rest of a doubt that names nothing but a pronoun or a time: "… about it", "… yet", "… by the end of the
    // week", "… in a few days", "… how next week goes".
    [GeneratedRegex(@"^(?:[\s.,;:!?—-]|\b(?:about|on|it|that|this|things|yet|still|now|right|for|at|point|next|week|weekend|weeks|then|by|either|way|though|honestly|really|so|anyway|the|end|of|more|all|in|a|few|couple|days?|coming|soon|later|tomorrow|time|how|goes|go|looks|look|turns|out|shapes|up)\b)*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamesNothing();

    // "… when it happens", "… once it's out", "… whenever that is": the release's time is left to come.
    [GeneratedRegex(@"^\s*,?\s*(?:when|whenever|once)\s+(?:it|that)(?:'s|\s+is|\s+happens|\s+comes|\s+ships)?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhenItComes();

    [GeneratedRegex(@"^\s+after\s+this(?:\s+one|\s+rc)?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterThisOne();

    // "Another week, another rc." describes the mail itself.
    [GeneratedRegex(@"\banother\s+week,?\s+another\s+(?:-?rc|release\s+candidate)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Idiom();

    // The final next: "the last rc" (not "since / in / from / of the last rc", the one before, nor "the last rc fixes",
    // its contents), "this last rc", "next week's release", "the last of the rcs", "final 6.12 (release) next weekend",
    // "the final release", "ready/on track/slated for a final" (not "I think 6.2 is ready", which names no step, as
    // "we're in good shape" does not), "release the final 6.14", "the expected 5.4 release next weekend", "I expect the
    // next release to be the final 6.5", "make this last week count", "let's make this last week a quiet one", "the
    // final 4.11 is next", "next up: the final / 7.3 final", "this is it for / the end of the rc series", "this rc
    // marks the end of the 7.22 rc's", "we're at the finish line", "ready to call it", "that's it for this release" (in
    // an rc mail), "so the final it is", "the next thing you'll see from me is the 6.6 release", "(barring new issues,)
    // we're done" at the end of its sentence (not "we're done with the big stuff"), "this should be the last one",
    // "let's make this the last one", "rc9 it is, and hopefully the last one" (not "regressions in the last one we
    // did", "Vlastimil fixed the last one", "rc7 has often been the last one").
    [GeneratedRegex(@"(?<!since\s|than\s|after\s|in\s|from\s|of\s)\b(?:this|the)\s+(?:\w+\s+)?(?:last|final)\s+(?:-?rc|release\s+candidate)\b(?!\s+(?:fix(?:es)?|changes|patch(?:es)?|pulls?|regressions?|diffstat|shortlog|numbers|size|commits)\b)|\bnext\s+(?:week|sunday|weekend)'s\s+(?:final\s+)?(?:release|v?" + Ver + @")\b|\blast\s+-?rc\s+(?:before|for)\b|\bthe\s+last\s+of\s+the\s+(?:-?rc'?s|release\s+candidates)\b|\bfinal\s+(?:" + Ver + @"\s+)?(?:release\s+)?(?:will\s+be\s+)?(?:next\s+(?:weekend|week|sunday)|in\s+a\s+week)|\b(?:next\s+(?:weekend|week|sunday)\s+will\s+see\s+the\s+final|(?<bare>the\s+final\s+release)\b)|\b(?<bare>(?:ready|on\s+track|slated)\s+for\s+(?:a|the)\s+final)\b|\b(?<bare>releas(?:e|ing)\s+the\s+final)\b|\b(?:get|push|put|ship)(?:ting)?\s+(?:the\s+)?final\s+(?:v?" + Ver + @"\s+)?(?:release\s+)?out\s+(?:next\s+(?:weekend|week|sunday)|in\s+a\s+week)\b|\b" + Ver + @"\s+release\s+next\s+(?:weekend|week|sunday)\b|\blast\s+week\s+count\b|\bmake\s+(?:this|the)\s+(?:last|final)\s+week\b|\bthe\s+final(?:\s+v?" + Ver + @")?(?:\s+release)?\s+(?:is|comes)\s+next\b|\bnext\s+up\s*:?\s+(?:is\s+)?(?:the\s+final\b|(?:the\s+)?v?" + Ver + @"\s+(?:final|release)\b)|(?<=\b(?:be|is|isn't|'s|was|wasn't|being|and|make\s+(?:this|it|that)|call\s+(?:this|it|that))\s+(?:(?:probably|likely|hopefully|really|actually|indeed|definitely|almost\s+certainly)\s+)?)\bthe\s+last\s+one\b(?!\s+(?:we|i|you|they)\s+(?:did|had|made|released|saw|tagged))|\bnext\s+(?:release|weekend|sunday|week)\s+(?:will|should|is\s+going\s+to)\s+(?:\w+\s+)?be\s+(?:the\s+)?(?:final|v?" + Ver + @")\b|\bthe\s+next\s+(?:release|one)\s+to\s+be\s+(?:the\s+)?(?:final|v?" + Ver + @")\b|\b(?:this(?:\s+rc)?|that)(?:'s|\s+is|\s+should\s+be|\s+will\s+be|\s+marks)\s+(?:it\s+for|the\s+end\s+of)\s+(?:the\s+)?(?:v?" + Ver + @"\s+)?(?:-?rc'?s|-?rc\s+series|release\s+candidates)\b|\b(?<bare>(?:we're|we\s+are)\s+(?:\w+\s+)?at\s+the\s+finish\s+line|ready\s+to\s+call\s+it(?:\s+done)?)(?=\s*(?:[.!;]|$))|\b(?:that|this)(?:'s|\s+is|\s+should\s+be)\s+it\s+for\s+this\s+(?:release|cycle)\b|\b(?:the\s+)?final(?:\s+release)?\s+it\s+is\b(?!\s+not\b)|\b(?:no\s+more|done\s+with(?:\s+the)?)\s+(?:-?rcs|-?rc's|release\s+candidates|-?rc\s+series)\b|\b(?<bare>(?:we're|we\s+are|we'll\s+be|we\s+should\s+be)\s+(?:(?:pretty\s+much|basically|probably|hopefully)\s+)?done)(?=\s*(?:[.!;]|$))|\bnext\s+(?:weekend|week|sunday)\s+(?:is|will\s+be|should\s+be)\s+(?:the\s+)?(?:final\s+)?release\s+(?:time|day|weekend)\b|\brelease\s+(?:day|time)\s+(?:is|will\s+be|should\s+be)\s+next\s+(?:weekend|week|sunday)\b|\bthe\s+next\s+(?:thing|one|step|announcement|e?mail|release)\b(?:\s+[\w']+){0,5}?\s+(?:is|will\s+be|should\s+be)\s+(?:the\s+)?(?:(?:real|actual)\s+)?(?:final\b|(?<![\d.])v?" + Ver + @"(?:\s+(?:final|release|proper)\b|\s*(?:$|[.,;!?)]))|release\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FinalNext();

    // "Nothing here makes me think …", "nothing in this rc that would make me want …", "nothing pending that would
    // justify an rc8", "there's nothing that screams rc8", "none of the remaining issues look like they need an rc8",
    // "nobody has asked for an rc8": denies whatever its clause goes on to claim, however far on (ClauseNegation), not
    // only in the eight words before a claim.
    private const string NothingSuggests = @"\b(?:nothing|nobody|no\s+one|none\s+of)\s+(?:[\w']+\s+){0,6}?(?:makes?|suggests?|indicates?|points?|says?|justif(?:y|ies)|warrants?|requires?|calls?\s+for|merits?|screams?|looks?\s+like|seems?\s+like|needs?|wants?|asked\s+for)\b";

    [GeneratedRegex(NothingSuggests, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseNegation();

    // "nothing here makes me think we need an rc8", "none of them would hold up the release", "avoid an rc8", "I'd be
    // surprised if we needed an rc8", "I doubt we'll need an rc8", "I can't see any reason to do an rc8" (not "I can't
    // see how …") deny what follows as well, and so does a comparison right before the claim ("I'd rather have that in
    // an rc than in the final release"), and so do "it's unlikely that" and "a small / slight chance of" (which Hedge
    // hedges as well: a hedged denial), "hardly", "zero / little reason", "I'd hate to", "I'm against", "I wouldn't
    // say". "I'm not sure whether we'll need an rc8" doubts (Undecided), it does not deny, nor does "I'm not sure how
    // much testing rc7 will get"; "I'm not sure we'll need an rc8" does. "It's not impossible / not out of the
    // question" only calls it possible (Hedge).
    [GeneratedRegex(@"\b(?:no|(?:not|isn't)(?!\s+(?:\w+\s+)?sure\s+(?:whether|if|how|what|when|why)\b|\s+(?:entirely\s+|completely\s+)?(?:impossible|out\s+of\s+the\s+question|off\s+the\s+table|ruled\s+out|unlikely)\b)|none|neither|nobody|no\s+one|hardly|barely|scarcely|zero|(?<!\ba\s)little\s+(?:reason|need|point|cause)|(?:i'd|i\s+would)\s+hate\s+to|(?:i'm|i\s+am)\s+(?:\w+\s+)?against|don't|doesn't|won't|never|(?:wouldn't|would\s+not|shouldn't|should\s+not)\s+(?:say|think|expect|imagine)|without|rather\s+than|instead\s+of|nor|avoid(?:ing)?|" + NothingSuggests + @"|(?:i'd|i\s+would)\s+be\s+(?:\w+\s+)?surprised|i\s+(?:\w+\s+)?doubt|(?:can't|cannot|couldn't)\s+(?:see|think\s+of|find|imagine)(?!\s+(?:how|why|what|whether|if)\b)|(?:it's|it\s+is|it\s+seems|seems|looks|that's|that\s+is)\s+(?:\w+\s+)?unlikely|(?:small|slight|tiny|remote|outside|slim)\s+chances?)\b|" + ThanBefore, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Negation();

    // What Linus only calls possible, considers or wishes for: "might", "there's a (small) chance", "I can't rule out an
    // rc8", "I'm considering an rc8", "I'd like to release next weekend", "an rc8 wouldn't be the end of the world" (the
    // plan is what follows a "but").
    [GeneratedRegex(@"\b(?:might|may|maybe|could|possibly|possible|perhaps|(?:there's|there\s+is)\s+(?:a|some|an?\s+(?:small|slight|tiny|remote|outside))\s+chance|(?:i'm|i\s+am|i've\s+been)\s+(?:\w+\s+)?(?:considering|thinking\s+about|toying\s+with)|(?:i'd|i\s+would)\s+(?:really\s+)?(?:like|love)\s+to|i\s+was\s+hoping\s+to|always\s+an\s+option|an\s+option\s+if|(?:not|isn't|can't\s+be|cannot\s+be)\s+(?:\w+\s+)?(?:out\s+of\s+the\s+question|off\s+the\s+table|impossible|ruled\s+out)|(?:can't|cannot|couldn't)\s+rule\s+out|(?:wouldn't|would\s+not|won't|will\s+not)\s+be\s+(?:the\s+end\s+of\s+the\s+world|a\s+(?:big\s+|huge\s+)?(?:deal|disaster|tragedy)))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hedge();

    // Linus saying he has not decided ("we'll see" alone is a figure of speech beside a plain plan; "I'll know more by
    // the end of the week" and "who knows, maybe …" are not; "I'm not going to decide now about an rc8" puts the
    // decision off, its "not" denies no rc8). What holds whatever happens is decided: "I'll do an rc8 either way",
    // "whether or not the fix makes it, 6.18 comes next Sunday", "I haven't decided what the rc8 will look like"; what
    // "could go either way" is not. A "whether" reaches seven words to what it asks about: in "whether a userspace copy
    // actually goes to user space or kernel space goes back to pretty much the original release of Linux" (5.10-rc1)
    // nothing is undecided. "I can't see how this affects the release" wonders about nothing.
    [GeneratedRegex(@"\b(?:waffling|who\s+knows|(?:i'll|we'll|i\s+will|we\s+will|let's|i'm\s+going\s+to)\s+(?:just\s+)?wait\s+and\s+see|(?:i'll|we'll|i\s+will|we\s+will)\s+know\s+more|not\s+(?:\w+\s+)?sure\s+(?:yet|whether|if|that|the)|(?:i'm|i\s+am)\s+not\s+(?:\w+\s+)?sure(?=\s*(?:[.!]|$))|undecided|haven't\s+decided(?!\s+(?:what|how|which|who)\b)|can't\s+tell\s+yet|hard\s+to\s+(?:say|tell|know)|(?:haven't|have\s+not|not\s+yet)\s+(?:\w+\s+)?made\s+up\s+my\s+mind|make\s+up\s+my\s+mind|(?:don't|do\s+not|can't|cannot)\s+(?:\w+\s+)?(?:know|tell|say)\s+(?:\w+\s+)?(?:if|whether)\b|(?:maybe|might|may|possible|possibly|could)\b[^.!?]*\b(?:maybe|might|may|possible|possibly|could)\b(?:\s+[\w']+){0,3}?\s+(?:not|won't|wouldn't|don't|isn't|doesn't)\b|on\s+the\s+fence|^or\s+(?:maybe|perhaps|possibly)(?:\s+not)?\b|(?:i'll|we'll|i\s+will|we\s+will|let's)\s+(?:\w+\s+)?decide\b|(?:not\s+(?:going\s+to|ready\s+to)|won't|will\s+not|(?:don't|do\s+not)\s+want\s+to|can't|cannot)\s+(?:\w+\s+)?decide\b|torn\s+(?:between|about|on)|\bmake\s+(?:the|a|that)\s+(?:final\s+)?(?:call|decision)\b(?:\s+(?:about|on)\b(?:(?!\bbut\b)[^,;:—])*?\b(?:-?rc\d+|final|another\s+rc|extra\s+(?:rc|week)|release(?!\s+of\b)|last\s+(?:-?rc|one))\b)?|(?<!\bwhether\s)\bor\s+not\b|up\s+in\s+the\s+air|(?:go(?:es)?|going|went|feel(?:ing)?|swing|tip)\b(?:\s+[\w']+){0,3}?\s+either\s+way|early\s+to\s+(?:tell|say|know)|whether\b(?:\s+(?!but\b)[\w'.-]+){0,7}?\s+(?:-?rc\d+|final|another\s+rc|extra\s+(?:rc|week)|release(?!\s+of\b)|last\s+(?:-?rc|one))\b|remains\s+to\s+be\s+seen|(?:question|decision|call|-?rc\d+|final(?:\s+release)?)\s+(?:is|remains)\s+(?:still\s+)?(?:an\s+)?(?:open(?:\s+question)?|unanswered|undecided)\b|(?:(?<!\b(?:can't|cannot|don't)\s)see\s+(?:if|whether|how)|(?:decision|decide)\s+(?:\w+\s+)?(?:on|about))\b(?:(?!\bbut\b)[^,;:—])*?\b(?:-?rc\d+|final|another\s+rc|extra\s+(?:rc|week)|release(?!\s+of\b)|last\s+(?:-?rc|one))\b|(?:-?rc\d+|final)\s*[-–—,]?\s+(?:or|vs\.?|versus)\s+(?:the\s+|an?\s+)?(?:-?rc\d+|final)|whichever\s+(?:comes|is|happens)|\bor\s+the\s+(?:one|week(?:end)?)\s+after)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Undecided();

    private const string DismissalWords = @"(?:that's\s+|that\s+is\s+)?not\s+(?:happening|(?:gonna|going\s+to)\s+happen)|ain't\s+happening|no\s+way|nope|not\s+a\s+chance";

    // A sentence that opens by dismissing what the sentence before it said: "Not happening.", "Nope:", "No way.", "Not a
    // chance" — followed by a stop, not by what it denies ("No way we need an rc8" is a plain negation).
    [GeneratedRegex(@"^(?:(?:yeah|oh|well|so)\b,?\s+)*(?:" + DismissalWords + @"|forget\s+(?:about\s+)?it)\s*(?=[.!:;,—-]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dismissal();

    // An opening "No," or a dismissal: blanked (same length, so positions stay) before the sentence's claims are read.
    // The dash of "No -rc8 this time" belongs to the rc.
    [GeneratedRegex(@"^(?:(?:yeah|oh|well|so)\b,?\s+)*(?:no|nah|" + DismissalWords + @")\s*(?:[.!:;,—]|-(?![\w-]))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Interjection();

    // A sentence that opens by revising what was said before it: "Actually, …", "On second thought …", "Oh, wait, …",
    // "(No,) scratch that", "Change of plans", "Update:", "Correction:".
    [GeneratedRegex(@"^(?:(?:hmm+|oh|ok(?:ay)?|well|so|and|no)\b[,.!]?\s+)*(?:actually|on\s+second\s+thoughts?|wait|scratch\s+that|change\s+of\s+plans?|update|correction|never\s*mind)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Revision();

    // What says a cycle ends: "the last (one)", "the final (release)", "the release", "done", "see us through".
    [GeneratedRegex(@"\b(?:last|final|release|done|end|see\s+us\s+through|wrap\s+(?:it|things|this)\s+up)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndWord();

    // "see how", "see what", "wait and see whether" right before an rc: waiting for it, not planning it.
    [GeneratedRegex(@"\b(?:see|tell)\s+(?:how|what|if|whether)\s+(?:the\s+|next\s+week's\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WaitToSee();

    // A question told of: "people have asked (me) if / whether …", "some wonder whether …" (not "I wonder whether", a
    // doubt of Linus' own).
    [GeneratedRegex(@"\b(?:ask(?:s|ed|ing)?|(?<!\bi\s)wonder(?:s|ed|ing)?)\s+(?:(?:me|us)\s+)?(?:whether|if)\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReportedQuestion();

    // A hope, an expectation or a fear told in the past, which a "but" after it dashes: "I was (really) hoping", "I
    // had / I'd hoped", "I hoped", "I had expected / planned", "I was expecting / planning on", "I was going to (say)",
    // "I thought", "I was worried / afraid (about)", "I feared".
    [GeneratedRegex(@"\bi(?:\s+was\s+(?:really\s+|kind\s+of\s+|sort\s+of\s+)?(?:hoping|expecting|planning(?:\s+on)?|going\s+to(?:\s+say)?)|(?:\s+had|'d)\s+(?:really\s+)?(?:hoped|expected|planned(?:\s+on)?)|\s+(?:really\s+)?(?:hoped|expected|thought|feared)|\s+was\s+(?:a\s+bit\s+|really\s+|somewhat\s+)?(?:worried|afraid|concerned)(?:\s+about)?)\b(?:\s+that\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DashedHope();

    // A hope or expectation told in the past that comes true, said at the end of the sentence: "…, and it is", "and it
    // looks like it will be", "and it looks like we will" (not "and it's not", nor "and it's going to be a big one").
    [GeneratedRegex(@",?\s+and\s+(?:so\s+)?(?:it\s+looks\s+like\s+)?(?:it|we)(?:'s|\s+is|\s+will(?:\s+be)?|\s+do|\s+did|\s+looks\s+like\s+it(?:'ll|\s+will)?(?:\s+be)?)\s*(?=[.!;]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HopeKept();

    // The schedule a dashed hope was for: "(I had expected) the usual schedule", "(I was hoping for) a normal rc cycle".
    [GeneratedRegex(@"^\s*(?:for\s+)?(?:a|the|our)\s+(?:normal|usual|regular)\s+(?:(?:release|rc)\s+)?(?:schedule|cycle)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HopedSchedule();

    // "… and this time it is", "… but this time it isn't": whether what normally happens happens now.
    [GeneratedRegex(@"\bthis\s+time\s+(?:it\s+|that\s+)?(?:(?<not>isn't|is\s+not|won't\s+be|will\s+not\s+be)|is|will\s+be|it'll\s+be)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisTime();

    // Where a sentence turns from what would be to what is: "but", "as it is", "as things stand".
    [GeneratedRegex(@"\bbut\b|\bas\s+(?:it|things)\s+(?:is|are|stand)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AsItIs();

    // What would be but for something that is: "if it weren't for the holidays, this would be the last rc", "were it not
    // for the travel …", "without the travel, this would have been the last rc", and what would have been had things gone
    // otherwise: "so if everything had gone according to plan, this would have been the last rc" (it is not).
    [GeneratedRegex(@"^(?:(?:so|and|but|now|well|ok|okay)\s*,?\s+)?(?:if\s+(?:[\w']+\s+){1,5}?had(?:n't|\s+not)?\s+(?!to\b)\w+|had\s+(?:things|everything|it|this|we|i)\s+(?:\w+\s+)?(?:gone|been|stayed|worked))\b(?=.*\b(?:would|could|should)(?:\s+not|n't)?\s+have\b)|^(?:if\s+it\s+(?:weren't|wasn't|were\s+not|was\s+not|hadn't\s+been|had\s+not\s+been)\s+for|were\s+it\s+not\s+for|but\s+for|without\s+(?:the|my|all\s+the))\b(?=.*\b(?:would|'d)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ButFor();

    [GeneratedRegex(@"\b(?:would|'d)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Would();

    // What Linus would say in another situation ("normally", "in a normal cycle", "the usual schedule would have the final
    // next weekend, but …", "I would normally expect …",
    // "otherwise this would be the last rc"; "Otherwise, things look calm" without a "would" means "apart from that"),
    // wishes he could say ("I'd love to
    // say this is the last rc") or names as an option he could just take ("Sure, I could just release next weekend and
    // pretend everything is fine") is not what he says now.
    [GeneratedRegex(@"^(?:normally|usually|in\s+a\s+(?:normal|regular|usual)\s+(?:cycle|release))\b|\b(?:usual|normal|regular)\s+(?:schedule|plan|cadence|rhythm|timeline)\s+(?:would|'d)\b(?=.*\bbut\b)|^otherwise\b(?=.*\b(?:would|'d)\b)|\b(?:normally|usually)\s+i'd\b|\b(?:i|we)\s+(?:would|'d)\s+(?:normally|usually)\b|\bi\s+would\s+(?:normally\s+)?(?:just\s+)?(?:say|have\s+said)\b|\b(?:i'd|i\s+would)\s+(?:love|like)\s+to\s+(?:say|claim|think)\b|\bi\s+wish\s+i\s+could\s+say\b|\bi\s+could\s+(?:just|simply)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Counterfactual();

    // Words of travel and holidays ("I'll be offline", "away from the keyboard"); a place only where it is one: "I'll
    // be in Tokyo", "I'm in Europe this week" — not "I'm in Git maintenance mode", where a word follows the name.
    [GeneratedRegex(@"\b(?:travel(?:l)?ing|travel|on\s+the\s+road|vacation|holidays?|christmas|thanksgiving|new\s+year(?:'s)?|(?:labor|memorial|independence)\s+day|conference|flying|trip|be\s+away\b|be\s+(?:mostly\s+)?offline\b|away\s+from\s+(?:my|the)\s+(?:computer|keyboard|desk)\b|on\s+a\s+(?:plane|flight)|airport|i'll\s+be\s+at\s+\w+\s+in\s+\w+|(?:i'll|i\s+will|i'm\s+going\s+to)\s+be\s+in\s+(?-i:[A-Z])\w+|(?:i'm|i\s+am)\s+(?:currently\s+|still\s+|now\s+)?in\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?(?=\s*(?:[,.;:!)]|$|\s+(?:this|for|until|till|through|right|at|and|so|now|again|today|on)\b))|plumbers|lpc|kernel\s+recipes|(?:kernel|maintainers?|open\s+source)\s+summit|the\s+merge\s+window\s+will\s+be\s+shorter|shorter\s+merge\s+window)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Travel();

    // A holiday wished to the readers is no travel: "Happy new year!", "Merry Christmas", "enjoy the holidays", "I hope
    // everybody has a good Thanksgiving".
    [GeneratedRegex(@"\b(?:happy|merry|enjoy(?:ing)?\s+(?:the|your)|hope\s+(?:\w+\s+){1,2}?(?:has|have|had|have\s+had|enjoys?|enjoyed)\s+(?:a|the|their|your)\s+(?:\w+\s+)?)\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Greeting();

    // Travel denied: "I'm not traveling this time", "I won't be traveling", "no travel for me this cycle".
    [GeneratedRegex(@"\b(?:not|no|never|won't|(?:do|does|am|is|are)n't|without\s+any)\s+(?:be\s+|doing\s+any\s+|going\s+to\s+be\s+|planning\s+(?:any\s+|on\s+)?)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoTravel();

    // A late rc or release: "a day late", "a few hours late", "this rc is out later than usual" (not "the fixes came
    // later than usual"), "sorry / apologies for the delay", "I'm a bit behind schedule", "on Monday rather than
    // Sunday", "doing this on Monday", "this rc comes out on Monday", "my travel made this rc a bit late", "Monday
    // morning instead of Sunday", "it's Monday, not Sunday", "about 24 hours late", "Sorry, I'm late" (not "late to the
    // party"), "better late than never", "a slightly delayed rc", "the release is a bit delayed", "it's a couple of
    // days delayed / late" (not "the release is delayed by a week", a plan), "(I) delayed (the rc) by a day / a few
    // hours", "forgot to cut / send it", "a late rc", "Yes, I know, it's Tuesday", "I'm a day behind", "this should have
    // gone out yesterday", "Monday release instead of Sunday" — not "the late rc fixes", nor "late rc's", nor "nothing
    // is late".
    [GeneratedRegex(@"\b(?:(?:(?<!\b(?:nothing|nobody|none|not|much)\s)(?:is|was|comes|came)\s+|(?<=\b(?:it|this))'s\s+)(?:out\s+)?(?:a\s+(?:bit|little|day)\s+|slightly\s+|somewhat\s+|(?:(?:about|roughly|almost|nearly|over|more\s+than)\s+)?(?:a\s+few|a\s+couple\s+of|several|some|\d+)\s+hours\s+|(?:a\s+few|a\s+couple(?:\s+of)?|two|three|\d)\s+days\s+)?late\b|a\s+day\s+late|(?:\b(?:this|it|rc\d*|-rc\d+|release|announcement)\b[^.;]{0,40}?|\bi(?:'m|\s+am)\s+(?:\w+\s+){0,3}?)later\s+than\s+(?:usual|normal)|(?:sorry|apologies)\s+for\s+the\s+(?:delay|lateness)|\b(?:i'm|i\s+am|this\s+is|it's|this\s+rc\s+is)\s+(?:\w+\s+){0,2}?behind\s+schedule|(?:doing|releasing|cutting|sending|tagging)\s+(?:this|it|the\s+rc|-?rc\d+)\s+(?:out\s+)?on\s+(?:a\s+)?monday|\b(?:this(?:\s+rc)?|it|the\s+rc)\s+(?:comes?|came|is|goes|went)\s+out\s+on\s+(?:a\s+)?(?:monday|tuesday)|\bmade\s+(?:this(?:\s+rc)?|it|the\s+rc)\s+(?:a\s+(?:bit|little|day)\s+|slightly\s+|somewhat\s+)?late\b|(?:on\s+)?(?:monday|tuesday)(?:\s+(?:morning|afternoon|evening|night|release|rc))?\s*,?\s+(?:rather\s+than|instead\s+of|not)\s+(?:(?:on\s+)?the\s+usual\s+|on\s+)?sunday|\bit's\s+(?:monday|tuesday|wednesday)(?=\s*(?:[.,;!—]|$))|\b(?:i'm|i\s+am|we're|this\s+is|it's|this\s+rc\s+is)\s+(?:a\s+day|a\s+couple\s+of\s+days|(?:one|two|\d)\s+days?|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours)\s+behind\b|\bshould\s+have\s+(?:gone|been|come)\s+out\s+(?:yesterday|on\s+sunday|last\s+night)|\bi(?:'m|\s+am)\s+(?:a\s+(?:bit|little|day)\s+|slightly\s+|somewhat\s+|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours\s+)?late\b(?!\s+(?:to|for)\b)|better\s+late\s+than\s+never|\b(?:this(?:\s+(?:release|rc|-?rc\d+|one))?|it|the\s+(?:release|rc|-?rc\d+))(?:\s+(?:is|was|comes)|'s)\s+(?:out\s+)?(?:a\s+(?:bit|little|day)|slightly|somewhat|(?:a\s+few|a\s+couple(?:\s+of)?|two|three|\d)\s+days|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours)\s+delayed\b|\b(?:slightly\s+|a\s+bit\s+|somewhat\s+)?delayed\s+(?:-?rc\d*|announcement)\b|forgot\s+to\s+(?:actually\s+)?(?:cut|push|tag|do|send|announce|release)|late\s+(?:release|rc)\b(?!'s|s\b|\s+(?:fix(?:es)?|changes|pulls?|regressions?|patch(?:es)?))|delay(?:ed|ing)?\s+(?:(?:the\s+(?:rc|release|announcement)|this(?:\s+rc)?|-?rc\d+|it)\s+)?by\s+" + ShortWhile + @")\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Late();

    // The dates a travel sentence names: a day or a range ("Sep 18", "September 25-28", "Dec 10 to Dec 12", "October 14
    // through 17", "3rd and 4th of July", "the 5th and the 9th of December", "9/20-9/23"), part of a month ("the first
    // / 2nd week of October", "late August", "the end of September", "the middle of July", "this August"), a holiday
    // ("Christmas", "Christmas Eve", "New Year's", "Thanksgiving", "Easter", "Labor Day"), next / this week(end), "the
    // week after (next)", "the next two weeks", "the next ten days", "the week of the 20th", (later) this / next month,
    // the end / start / middle of the month, a weekday or a range of them ("on Sunday", "next Sunday", "from Friday to
    // Tuesday"), "the following week", a day of this month ("on the 14th", "from the 3rd to the 6th"), part of the
    // merge window ("the second half of the merge window", "the first few days" of it). An abbreviation keeps its dot
    // ("Sep.", "Sept."); a full name does not take the sentence's ("the end of September.").
    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:t\.|\.|[a-z]*)";
    private const string Weekday = @"(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private const string Day = @"\d{1,2}(?:st|nd|rd|th)?";
    private const string Ordinal = @"\d{1,2}(?:st|nd|rd|th)";

    [GeneratedRegex(@"\b(?:" + Day + @"(?:\s*(?:-|–|and|to|through|thru)\s*(?:the\s+)?" + Day + @")?\s+(?:of\s+)?" + Month + "|" + Month + @"\s+" + Day + @"(?:\s*(?:-|–|to|until|through|thru)\s*(?:" + Month + @"\s+)?" + Day + @")?|(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:week|weekend|half)\s+of\s+" + Month + @"|(?:early|mid|late|end\s+of|beginning\s+of|middle\s+of)[\s-]+" + Month + @"|(?:this|next|in|during)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)|christmas(?:\s+(?:eve|day))?|new\s+year(?:'s)?(?:\s+eve)?|thanksgiving|easter|(?:labor|memorial|independence)\s+day|next\s+(?:(?:two|three|four|few|couple\s+of)\s+)?weeks?(?:end)?|the\s+following\s+week(?:end)?|next\s+(?:few|couple\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|\d{1,2})\s+days|this\s+week(?:end)?|the\s+week\s+of\s+(?:the\s+)?" + Ordinal + @"|the\s+week(?:end)?\s+after(?:\s+(?:that|next))?|(?:(?:later|earlier|early|late)\s+)?(?:this|next)\s+month|later\s+in\s+the\s+month|(?:end|beginning|start|middle)\s+of\s+(?:the|this|next)\s+month|(?:next\s+)?" + Weekday + @"(?:\s*(?:-|–|to|through|thru|until)\s*" + Weekday + @")?|\d{1,2}/\d{1,2}(?:\s*[-–]\s*\d{1,2}/\d{1,2})?|(?:first|second|last)\s+(?:week|half)\s+of\s+the\s+merge\s+window|(?:first|last)\s+(?:few|couple\s+of)\s+days\b|the\s+" + Ordinal + @"(?:\s*(?:-|–|to|through|thru|until)\s*(?:the\s+)?" + Ordinal + @")?(?!\s+(?:of\s+)?" + Month + @"|\s+(?:week|weekend|half|time|day|rc|-?rc\d+|of)\b)(?!\s*(?:-|–|and|to|through|thru)\s*(?:the\s+)?\d))(?!\w)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dates();
}
