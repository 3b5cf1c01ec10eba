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
/// <para>This file holds the reading of a whole mail (<see cref="Read"/>); the rules are in partial files named after
/// what they read: ProseReader.Sentences (sentences, clauses, <see cref="Normalise"/>), .Claims (a sentence's claims),
/// .Steps (the steps named), .Times (when the release comes), .Negation (what turns a claim around), .Tense (what is
/// not stated now), .Doubt (doubts, hedges, hopes, revisions), .Conditions (what a claim stands under) and .Travel
/// (travel and lateness).</para>
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

    // The release as what a verb acts on: "(delay / rush) the (final) release", "the final", "the 6.21", "6.21",
    // "things", "it", "this (one / release)".
    private const string TheRelease = @"(?:the\s+(?:final\s+)?(?:release|final|v?" + Ver + @")|v?" + Ver + @"(?![\w-]|\.\d)|things|it|this(?:\s+(?:one|release))?)";

    // How sure Linus says he is, one word or two ("probably", "most likely", "almost certainly"): read around an rc's "be
    // the last" (IsTheLast) and not counted between a release and its time (Together).
    private const string HowSure = @"(?:probably|(?:most\s+)?likely|(?:almost\s+)?certainly|definitely|hopefully|surely|clearly)";

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

    /// <summary>An rc's number spelt out ("release candidate number eight"), which <see cref="Normalise"/> writes in digits.</summary>
    private static readonly Dictionary<string, int> SpelledRcNumbers = new(StringComparer.Ordinal)
    {
        ["five"] = 5, ["six"] = 6, ["seven"] = 7, ["eight"] = 8, ["nine"] = 9, ["ten"] = 10,
    };

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
    public static ScheduleHint Read(KernelVersion? version, string prose, DateTimeOffset? sentOn = null) =>
        PatternTimeLimit.TryTwice(() => ReadOnce(version, prose, sentOn));

    private static ScheduleHint ReadOnce(KernelVersion? version, string prose, DateTimeOffset? sentOn)
    {
        var plain = Sentences(prose);
        var sentences = JoinDashedHopes(plain);
        var ownWords = sentences.Where(s => !Reported(s)).ToList();
        var travel = ownWords.Select(s => (Sentence: s, Match: Travel().Matches(s).FirstOrDefault(m => TravelAhead(s, m.Index)))).FirstOrDefault(x => x.Match is not null);
        var travelNote = travel.Sentence is null ? null : new TravelNote(travel.Sentence, TravelDates(travel.Sentence));
        var late = ownWords.FirstOrDefault(s => IsLate(s, version?.Rc));
        if (version?.Rc is not { } rc)
        {
            return ScheduleHint.None with { Travel = travelNote, Late = late, MergeWindow = version is null ? null : MergeWindowPlan(plain, sentOn) };
        }

        var release = version.Value.Release.ToString();
        var claims = new List<Claim>();
        List<Claim> previous = [];
        var previousLower = string.Empty;
        // The last sentence that named an rc, which a "one" up to two sentences on stands for.
        var rcNamedIn = -1;
        var rcNamedLower = string.Empty;
        int lastUndecided = -1, lastClaim = -1;
        // An open answer is quoted with its question: "Will there be an rc8? I honestly don't know yet."
        var openAnswers = new Dictionary<int, string>();
        Question? asked = null;
        for (var i = 0; i < sentences.Count; i++)
        {
            var before = previous;
            previous = [];
            var normal = Normalise(sentences[i]);
            var own = Idiom().Replace(sentOn is { } day ? DatedWeeks.Rewrite(normal, day) : normal, " ");
            // "I was on the fence about an rc8. I've decided to do one.", "Was I worried about an rc8? A bit. Do we need
            // one? No.": "one" stands for the rc a sentence just before named, and the claim is quoted from there.
            var lower = i - rcNamedIn <= 2 ? OneNamedInSentenceBefore(own, rcNamedLower, rc) : own;
            var quoted = lower == own ? sentences[i] : string.Join(' ', sentences.Skip(rcNamedIn).Take(i - rcNamedIn + 1));
            if (RcNamed().IsMatch(lower))
            {
                (rcNamedIn, rcNamedLower) = (i, lower);
            }

            var earlier = previousLower;
            previousLower = lower;
            // "We'll see if an rc9 is needed, but I doubt it": the doubt after the open question settles it. A doubt
            // about something else ("Who knows why the ARM build broke") leaves the plan as it was.
            // "I was on the fence about an rc8 (, but …)", "I wasn't sure whether we'd need one": a doubt in the past is
            // over, whatever settled it; the first doubt still held is the one read.
            // A doubt quoted from somebody else's mail is theirs ("> I don't know if we need an rc8").
            IReadOnlyList<Match> doubts = Reported(sentences[i]) ? [] : Undecided().Matches(lower);
            var pastDoubts = doubts.Where(u => PastDoubt().IsMatch(lower[ClauseBounds(lower, u.Index).Start..u.Index])).ToList();
            var undecidedAt = doubts.FirstOrDefault(u => !pastDoubts.Contains(u)) ?? Match.Empty;
            if (undecidedAt.Success && (DoubtedAfter().IsMatch(lower[undecidedAt.Index..]) || ResolvedAfter().IsMatch(lower[undecidedAt.Index..]) || !DoubtOnSchedule(NextMergeWindow(lower, version.Value.Release), undecidedAt, release, before.Count > 0)))
            {
                undecidedAt = Match.Empty;
            }

            // "This is the point where I usually start to look at whether the release is on track": a doubt he has every
            // cycle is no doubt about this one — unless this cycle is said to be no different.
            var same = ThisTime().Match(lower);
            if (undecidedAt.Success && Habitual().IsMatch(lower[ClauseBounds(lower, undecidedAt.Index).Start..undecidedAt.Index])
                && !(same.Success && !same.Groups["not"].Success))
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

            // "I could do an rc8. But I won't." (or "We won't."): a short denial of what the sentence before it claimed
            // turns it around, as an answer would.
            if (asked is null && before.Count > 0 && ButNot().IsMatch(lower))
            {
                claims.RemoveAll(before.Contains);
                claims.AddRange(Denied(before, rc).Select(c => c with { Sentence = $"{sentences[i - 1]} {sentences[i]}", Index = i, Hedged = false, Proviso = Proviso.None }));
                lastClaim = i;
            }

            // "Will there be an rc8? Probably not.": the answer states what the question only asks.
            if (asked is not null)
            {
                var answered = Answered(asked, lower, rc, release, sentences[i]);
                claims.AddRange(answered.Select(c => c with { Index = i }));
                lastClaim = answered.Count > 0 ? i : lastClaim;
                if (answered.Count == 0 && AnswerIn(lower).Groups["open"].Success)
                {
                    lastUndecided = i;
                    openAnswers[i] = $"{asked.Sentence} {sentences[i]}";
                }
                asked = null;
            }

            // What would normally happen is no claim — unless the sentence goes on to say whether it happens this time:
            // "Normally this would be the last rc, and I think this time it is" (or "… but this time it isn't"), or
            // that what he would like to say is so: "I'd like to say this is the last rc, and I think it is"
            // (HopeKept).
            var butFor = ButFor().IsMatch(lower);
            var sayThisTime = ThisTime().Match(lower);
            // "We usually release after rc7, and this time is no different", "Most releases end with rc7, but this one
            // won't": a habit that names the end of the cycle, with this time told after it, is what would be, as
            // "Usually rc7 is the last rc, …" is.
            var counterfactual = Counterfactual().IsMatch(lower) || butFor
                || (sayThisTime.Success && HabitOfEnd(lower[..sayThisTime.Index], rc));
            var thisTime = sayThisTime.Success || !counterfactual ? sayThisTime : HopeKept().Match(lower);
            var asItIs = AsItIs().Match(lower);
            // "Normally I'd release next weekend, but I'll do an rc8": what follows the "but" (or "as it is") is this time's
            // plan. "If it weren't for the holidays, this would be the last rc": what would be without them is turned
            // around.
            var plannedFrom = !counterfactual || thisTime.Success ? 0 : asItIs.Success ? asItIs.Index : butFor ? 0 : -1;
            if (plannedFrom < 0)
            {
                // "Usually rc7 is the last rc. This time it isn't.": the habit waits for what this time does.
                asked = HabitAsked(lower, rc, release, sentences[i]);
                continue;
            }

            // Only the clause that says what would be is turned: "Without the late fix, this would have been a quiet week,
            // and I expect the final release next weekend" plans the final. "I would release next week, but the btrfs
            // regression is still open": what he would do, with a "but" after it, is not done (unless the words after
            // the claim already deny it: "I could do an rc8, but I don't think it's warranted").
            var wouldBut = WouldBut().Match(lower);
            // "Usually we don't need an rc8, but this time we do" turns the usual around.
            var unlikeUsual = UnlikeUsual(thisTime, lower[..thisTime.Index]);
            // "The final could come next week if the btrfs fix lands today, and it won't": what stands under a condition
            // answered no is turned, or stands plainly if the condition denies ("an rc8 if the fix isn't in, and it
            // won't be").
            var conditionAnswered = ConditionAnswered().Match(lower);
            bool UnderAnswered(Claim c) =>
                conditionAnswered.Success && c.Proviso != Proviso.None && c.At < conditionAnswered.Groups["at"].Index;
            bool Turned(Claim c) => (counterfactual && unlikeUsual)
                || (UnderAnswered(c) && !conditionAnswered.Groups["denies"].Success)
                || (butFor && !thisTime.Success && !asItIs.Success && Would().IsMatch(lower[ClauseRange(lower, c.At)]))
                || (wouldBut.Success && !thisTime.Success && c.At < wouldBut.Groups["but"].Index
                    && !DoubtedAfter().IsMatch(lower[c.At..]) && !NeedlessAfter().IsMatch(lower[c.At..]));

            // "No, we'll have an rc8": an opening "no," or dismissal answers what came before; it does not negate what
            // follows.
            var stated = NextMergeWindow(Interjection().Replace(lower, m => new string(' ', m.Length)), version.Value.Release);
            // "Usually rc7 is the last rc, and this time it is": the usual end of the cycle, said to come this time, is
            // stated now (NotStatedNow would put the habit aside). Only a habit that names the rc or the final is the
            // schedule's: "Usually the last rc before the holidays is the worst, and this one is no exception" is not.
            if (counterfactual && thisTime.Success)
            {
                stated = Habitual().Replace(stated, m => HabitNamesEnd(stated, m) ? AsIfNow(m) : m.Value);
                // "Usually rc7 is the last rc, and this time that's not going to happen": the denial is this time's,
                // which Turned reads; read again as a denial of the habit's claim it would turn the claim back.
                if (sayThisTime.Groups["not"].Success)
                {
                    stated = Blanked(stated, sayThisTime.Index, sayThisTime.Length);
                }
            }

            var found = ClaimsOf(stated, rc, release)
                .Where(c => c.At >= plannedFrom)
                .Select(c => Turned(c)
                    ? c with { Sentence = quoted, LastRc = c.LastRc == rc ? rc + 1 : rc, Proviso = Proviso.None }
                    : UnderAnswered(c) ? c with { Sentence = quoted, Proviso = Proviso.None } : c with { Sentence = quoted })
                .ToList();
            // "I'd rather have an extra week, but the final comes next week": a wish that the "but" answers with a plan the
            // other way gives way to it.
            if (Wish().Match(lower) is { Success: true } wish && But().Match(lower, wish.Index) is { Success: true } wishBut)
            {
                var wished = found.Where(c => c.At < wishBut.Index).ToList();
                var planned = found.Where(c => c.At > wishBut.Index).ToList();
                if (planned.Count > 0 && wished.All(w => planned.All(p => (p.LastRc == rc) != (w.LastRc == rc))))
                {
                    found.RemoveAll(c => c.At < wishBut.Index);
                }
            }

            // "I was hoping this would be the last rc, but the networking regression is still open": a hope that did not
            // come true says the other way, as a lean; what follows the "but" is read as it stands. "I was hoping this
            // would be the last rc, and it looks like it will be": a hope that comes true is the plan, as plainly as it
            // stands.
            var hope = DashedHope().Match(lower);
            var dashed = hope.Success ? Dashing().Match(lower, hope.Index) : Match.Empty;
            var came = hope.Success && !dashed.Success ? HopeKept().Match(lower, hope.Index) : Match.Empty;
            if (dashed.Success || came.Success)
            {
                // What was hoped for is read as if stated now; "I had expected the usual schedule" names only the
                // schedule (HopedSchedule), whose verb the hope holds.
                var from = hope.Index + hope.Length;
                var end = dashed.Success ? dashed.Index : came.Index;
                // "I hoped rc8 would be the last, but …": the comma before the "but" ends what was hoped, as a full
                // stop would.
                var what = lower[from..end].TrimEnd(' ', ',');
                var hoped = ClaimsOf(what, rc, release)
                    .Concat(HopedSchedule().IsMatch(what) ? [new Claim(Math.Max(rc, UsualLastRc), 0)] : [])
                    .Select(c => c with { Sentence = sentences[i], At = from + c.At, Proviso = Proviso.None })
                    .Select(c => dashed.Success ? c with { LastRc = Dashed(c.LastRc, rc), Hedged = true } : c);
                found = [.. found.Where(c => c.At < hope.Index || c.At >= end), .. hoped];
            }
            else if (!hope.Success && Unfulfilled().Match(lower) is { Success: true } meant)
            {
                var (start, end, meantClaims) = Meant(lower, meant, rc, release, sentences[i]);
                found = [.. found.Where(c => c.At < start || c.At >= end), .. meantClaims];
            }

            var byColon = AsksByColon(lower.TrimEnd());
            if ((lower.TrimEnd().EndsWith('?') && !TagQuestion().IsMatch(lower)) || byColon)
            {
                // What the question asks is no claim; what stands before its last ; : or — still is ("I'm not doing an
                // rc8 — why would I?"), and so does a statement with a tag ("make this last week count, ok?"). A step
                // asked by its colon ("rc8:") is the question whole.
                var start = byColon ? 0 : lower.LastIndexOfAny([';', ':', '—']) + 1;
                var question = found.Where(c => c.At >= start).ToList();
                found.RemoveAll(c => c.At >= start);
                // "Remember how I said last week that rc7 would be the last rc?": a question that recalls what was told
                // before asks it again, for the next sentence to answer ("Yeah, that's not going to happen.").
                if (question.Count == 0 && ToldBefore().Match(stated, start) is { Success: true } recalled)
                {
                    question = [.. Retold(stated, recalled, rc, release).Select(c => c with { Sentence = sentences[i] })];
                }

                // "What's next?" and "And next week?" ask the step without naming it, for the answer to name ("The
                // final.", "6.7.").
                asked = question.Count > 0 || NextStepAsked().IsMatch(lower) ? new Question(sentences[i], question) : null;
            }
            else if (ReportedQuestion().Match(stated) is { Success: true } reported)
            {
                // "People have asked if we'll have an rc8. The answer is no.": a question told of is asked all the same,
                // and the next sentence may answer it (what it asks is no claim of its own: AskedAbout).
                // The question reaches to a "but", a semicolon, colon or dash, or a clause of Linus' own ("People asked
                // whether we should do an rc8, but I expect to release next weekend" plans the release).
                var askedFrom = reported.Index + reported.Length;
                var askedTo = OthersWordsEnd().Match(stated, askedFrom) is { Success: true } end ? end.Index : stated.Length;
                var told = stated[..reported.Index] + new string(' ', reported.Length) + stated[askedFrom..];
                var question = found.Where(c => c.At >= askedFrom && c.At < askedTo)
                    .Concat(ClaimsOf(told, rc, release)
                        .Where(c => c.At >= askedFrom && c.At < askedTo && !found.Any(f => f.At == c.At))
                        .Select(c => c with { Sentence = sentences[i] }))
                    .ToList();
                found.RemoveAll(c => c.At >= askedFrom && c.At < askedTo);
                asked = question.Count > 0 ? new Question(sentences[i], question) : null;
                // "Ted wonders whether we should do an rc8, and I think he's right": answered in the sentence itself —
                // the question read as far as it goes, so that the answer is not weighed twice.
                var askedAlone = askedTo < stated.Length
                    ? ClaimsOf(told[..askedTo], rc, release).Where(c => c.At >= askedFrom).Select(c => c with { Sentence = sentences[i] }).ToList()
                    : [];
                if (askedAlone.Count > 0
                    && Answered(new Question(sentences[i], askedAlone), AnswerLead().Replace(stated[askedTo..], string.Empty), rc, release, sentences[i]) is { Count: > 0 } here)
                {
                    found.AddRange(here.Select(c => c with { Sentence = sentences[i] }));
                    asked = null;
                }
            }
            else if (OthersThink().Match(stated) is { Success: true } opinion)
            {
                // "Greg thinks we'll need an rc8": what somebody else thinks, says or expects is no claim of Linus'. Read
                // as if said, it is what his answer takes up — in the sentence (OpinionRead) or in the next one ("I
                // don't.", "I agree."), as a question told of is.
                var (read, answered) = OpinionRead(stated, opinion, rc, release, sentences[i]);
                found.RemoveAll(c => c.At >= opinion.Index);
                if (answered)
                {
                    found.AddRange(read);
                }
                else
                {
                    asked = read.Count > 0 ? new Question(sentences[i], read) : null;
                }
            }
            else if (found.Count == 0 && ToldBefore().Match(stated) is { Success: true } told)
            {
                // "Last week I said I'd probably do an rc8": an rc told of before is no claim now — unless the sentence
                // goes on to say whether it still holds ("…, and that's still the plan", "…, but that's no longer the
                // case"), or the next sentence answers it as a question ("Not anymore.", "That's still the plan.").
                var retold = Retold(stated, told, rc, release).Select(c => c with { Sentence = sentences[i] }).ToList();
                if (retold.Count > 0 && StillSo().Match(stated, told.Index + told.Length) is { Success: true } still)
                {
                    found = still.Groups["no"].Success ? Denied(retold, rc) : retold;
                }
                else if (retold.Count > 0)
                {
                    asked = new Question(sentences[i], retold);
                }
            }
            else if (found.Count == 0 && HabitAsked(stated, rc, release, sentences[i]) is { } habit)
            {
                asked = habit;
            }
            else if (found.Count > 0 && !hope.Success && ToldBefore().Match(stated) is { Success: true } toldNow && found.All(c => c.At > toldNow.Index)
                && StillSo().Match(stated, toldNow.Index + toldNow.Length) is { Success: true } noLonger && noLonger.Groups["no"].Success
                && found.All(c => c.At < noLonger.Index))
            {
                // "I said last week that this would likely be the last rc, but it isn't": what was said before and reads as
                // a claim now is turned around when the sentence goes on to say it no longer holds (a hope or fear that
                // did not come true is DashedHope's, above).
                found = Denied(found, rc);
            }

            // "We're going to need an rc8, and maybe I'll know more next week about whether the final happens then or the
            // week after": the doubt in the later clause is about what follows the rc8, which stands; what that clause
            // only wonders about is no claim.
            // Not when a "but" parts them: "An rc8 would be the traditional thing, but I haven't decided yet" is open; nor
            // when the doubt names nothing of its own, and so doubts the claim before it: "Two more rcs, I can't tell yet".
            if (undecidedAt.Success && found.Any(c => !c.Hedged && c.LastRc > rc && ClauseBounds(lower, c.At).End <= undecidedAt.Index && !But().IsMatch(lower[c.At..undecidedAt.Index]))
                && !NamesNothing().IsMatch(lower[(undecidedAt.Index + undecidedAt.Length)..]))
            {
                lastUndecided = undecidedBefore;
                found.RemoveAll(c => c.At >= undecidedAt.Index);
            }

            // "I'll make the decision about the final release from the road", "I'll decide whether we need an rc8":
            // what the decision is about is no claim, beside whatever later sentences say; nor is what a past doubt was
            // about ("I wasn't sure whether we'd need an rc8").
            foreach (var doubt in pastDoubts.Append(undecidedAt).Where(u => u.Success))
            {
                found.RemoveAll(c => c.At >= doubt.Index && c.At < doubt.Index + doubt.Length);
            }

            // "I haven't decided yet, but I'll probably do an rc8": a lean after a "but" comes after the doubt, as in "I'm
            // still waffling. I'll probably do an rc8"; "I'll probably do an rc8, but I haven't decided yet" stays open.
            // So does a plan drawn from the doubt: "I'm a bit nervous about releasing next week, so I'll do an rc8" — not a
            // doubt again ("I'm not sure yet, so we'll see whether we need an rc8"). A semicolon and a "though" do what a
            // "but" does: "I haven't decided yet; realistically, though, it'll be an rc8".
            if (undecidedAt.Success && found.Any(c => c.At > undecidedAt.Index
                && (But().IsMatch(lower[undecidedAt.Index..c.At]) || SoThen().IsMatch(lower[undecidedAt.Index..c.At]) || ThoughAfterBreak().IsMatch(lower[undecidedAt.Index..c.At]))
                && !Undecided().Matches(lower).Any(u => u.Index > undecidedAt.Index && u.Index <= c.At)))
            {
                lastUndecided = undecidedBefore;
            }

            // "If the fix comes in, this is the last rc. Otherwise there will be an rc8.": the sentence after a
            // conditional plan that opens with "otherwise" (or "if not") is the other turn of that condition.
            if (before.FirstOrDefault(c => c.Proviso != Proviso.None) is { } conditional && Otherwise().Match(lower) is { Success: true, Index: 0 })
            {
                // The other turn of trouble in general ("If anything comes up, there'll be an rc8. Otherwise, …") is
                // nothing coming up: the plan itself.
                var other = conditional.Proviso switch { Proviso.Trouble => Proviso.None, Proviso.BadTurn => Proviso.Other, _ => Proviso.BadTurn };
                found = [.. found.Select(c => c with { Proviso = other })];
            }
            else if (TakenUpFrom(earlier, lower) is { } takenUp)
            {
                // "Barring any last-minute regressions, this is the last rc. If there are any, I'll do an rc8.", "I'm not
                // expecting anything big to show up. If it does, we'll do an rc8.": a sentence that opens with a condition
                // taking up the sentence before it stands under that one's other (or same) turn.
                found = [.. found.Select(c => c with { Proviso = takenUp })];
            }

            // "Actually, on second thought, I'll do an rc8": a sentence that revises the plan replaces what was said
            // before it.
            if (found.Count > 0 && Revision().IsMatch(lower))
            {
                claims.Clear();
            }

            found = [.. found.Select(c => c with { Index = i })];
            claims.AddRange(found);
            previous = found;
            lastClaim = found.Count > 0 ? i : lastClaim;
        }

        // "I'm still waffling … I'll probably do an rc8" leans one way; "… So we'll see. I'm still waffling." ends
        // undecided.
        var undecided = lastUndecided >= lastClaim && lastUndecided >= 0;

        // "So I'll decide next weekend. If the week is calm, it's the final. If not, there will be an rc8.": what follows
        // the doubt only spells out what the decision hangs on — the final on a good turn, an rc8 on a bad one, or the
        // bad turn alone — and the doubt stands. (A plain plan after it, "I'll probably do an rc8", "I expect the final,
        // but if something comes up there will be an rc8", still leans.)
        if (!undecided && lastUndecided >= 0)
        {
            var after = claims.Where(c => c.Index > lastUndecided).ToList();
            undecided = after.Count > 0
                && after.All(c => IsBadTurn(c.Proviso) || (c.LastRc == rc && OpensWithCondition().IsMatch(c.Sentence.ToLowerInvariant())));
        }

        // "I expect the final next week, but if something comes up, there'll be an rc8": beside a plan the other way said
        // without a condition, what happens only if things go wrong is no plan. "If the fix comes in, the final next
        // week; if not, an rc8" stays split: both ways hang on a condition.
        // Not when that plan comes before both turns of a condition, which then spell out what it hangs on: "I'm still
        // hoping this will be the last rc. If the regressions get resolved, the final next weekend. If they don't,
        // there's always rc8" is split; "…; if not, an rc8. I'd put the odds at 60/40 for the normal schedule" is not.
        // At rc6 the usual end is rc7 as the last: "rc7 will be the last rc, but if something comes up, there'll be an
        // rc8" plans rc7.
        bool AtUsualEnd(Claim c) => c.LastRc <= Math.Max(rc, UsualLastRc);
        var fallbacks = claims.Where(c => IsBadTurn(c.Proviso)).ToList();
        if (fallbacks.Count > 0 && fallbacks.Select(AtUsualEnd).Distinct().Count() == 1)
        {
            var otherWay = claims.Where(c => AtUsualEnd(c) != AtUsualEnd(fallbacks[0])).ToList();
            var unconditional = otherWay.Where(c => c.Proviso == Proviso.None).ToList();
            var goodTurn = otherWay.FirstOrDefault(c => c.Proviso == Proviso.Other);
            bool Before(Claim a, Claim b) => (a.Index, a.At).CompareTo((b.Index, b.At)) < 0;
            if (unconditional.Count > 0 && !(goodTurn is not null && unconditional.All(c => Before(c, goodTurn))))
            {
                claims.RemoveAll(fallbacks.Contains);
            }
        }

        // "If something comes up, there'll be an rc8" and nothing else: an extra rc only if things go wrong means the
        // usual end if they do not — the final next at rc7, rc7 as the last at rc6. (What is turned around, "if it
        // weren't for the holidays, this would be the last rc", is no condition; "I might need an rc9 if the btrfs issue
        // isn't fixed" is a worry, and stays the lean it is — but "if anything comes up, I might end up delaying things"
        // names no worry, only the fallback.)
        if (claims.Count > 0 && claims.All(c => (c.Proviso == Proviso.Trouble || (c.Proviso == Proviso.BadTurn && !c.Hedged)) && c.LastRc > Math.Max(rc, UsualLastRc)))
        {
            claims = [.. claims.Select(c => c with { LastRc = Math.Max(rc, UsualLastRc), Proviso = Proviso.None })];
        }

        // What Linus says plainly outweighs what he calls possible ("another rc is always an option if some last-minute
        // thing comes up") — unless what he says plainly hangs on a good turn and the same sentence goes on to the bad
        // one: "If things calm down, the final next weekend, but if they don't, we may end up with an rc8" names both
        // ways of one condition, and is split as it is with "there will be an rc8".
        var said = claims.Where(c => !c.Hedged).ToList();
        if (said.Count > 0)
        {
            var onGoodTurn = said.All(c => c.Proviso == Proviso.Other);
            claims.RemoveAll(c => c.Hedged && !(onGoodTurn && c.Proviso == Proviso.BadTurn && said.Any(p => p.Sentence == c.Sentence)));
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
                : claims.Count > 0 ? claims.MaxBy(c => c.Index)!.Sentence
                : null;
            return new ScheduleHint(null, null, null, null, travelNote, late) { LeftOpen = openSentence is not null, OpenSentence = openSentence };
        }

        // All claims point the same way; the most definite (latest) rc they name decides, with its sentence — the first
        // that names that rc plainly, if one does: "So my current plan is to do an rc8 next weekend" is quoted before "I'm
        // not entirely comfortable calling this the final rc", which only implies it. So is the first that names the
        // release for a final: "The final 6.2 will happen next weekend" before "So this is it" — with its time, if one
        // does: "So the plan is the final 6.21 next weekend" before "There's nothing here that would make me want to
        // delay the release".
        var latest = more.Count > 0 ? more.Max(c => c.LastRc) : 0;
        var namingRelease = finals.Where(c => ReleaseEvent().IsMatch(Normalise(c.Sentence))).ToList();
        var decisive = finals.Count > 0
            ? namingRelease.FirstOrDefault(c => TimeOfRelease().IsMatch(Normalise(c.Sentence))) ?? namingRelease.FirstOrDefault() ?? finals[0]
            : more.Where(c => c.LastRc == latest).FirstOrDefault(c => NamesRc(Normalise(c.Sentence), latest)) ?? more.First(c => c.LastRc == latest);
        var lastRc = decisive.LastRc;
        return new ScheduleHint(
            lastRc > Math.Max(UsualLastRc, rc),
            lastRc == rc ? "final" : $"rc{rc + 1}",
            lastRc,
            decisive.Sentence,
            travelNote,
            late)
        {
            ReleaseWeekday = lastRc == rc ? finals.Select(c => WeekdayOfRelease(Normalise(c.Sentence))).FirstOrDefault(d => d is not null) : null,
        };
    }

    /// <summary>
    /// "This should have been the last rc", "this was supposed to be the last rc (, but …)": what was meant to be, and is
    /// not said to have come ("…, and it is", "…, and it still will be"), did not; read as if said now ("this is the last
    /// rc", "we will release next week"), it says the other way, as a lean. What follows a "but" stands as it is. Returns
    /// the part of the sentence the claims replace, and the claims.
    /// </summary>
    private static (int Start, int End, List<Claim> Claims) Meant(string lower, Match meant, int rc, string release, string sentence)
    {
        var but = Dashing().Match(lower, meant.Index);
        var kept = but.Success ? Match.Empty : HopeKept().Match(lower, meant.Index);
        var start = ClauseBounds(lower, meant.Index).Start;
        var end = but.Success ? but.Index : kept.Success ? kept.Index : lower.Length;
        var verb = meant.Value.EndsWith("to", StringComparison.Ordinal) ? "will" : "is";
        // "I'd have liked this to be the last rc" is read as "this is the last rc"; the subject, "I", liked it.
        var subject = meant.Groups["what"].Success ? meant.Groups["what"].Value : lower[start..meant.Index].TrimEnd();
        var what = $"{subject} {verb} {lower[(meant.Index + meant.Length)..end]}";
        var claims = ClaimsOf(what, rc, release)
            .Select(c => c with { Sentence = sentence, At = meant.Index, Proviso = Proviso.None })
            .Select(c => kept.Success ? c : c with { LastRc = Dashed(c.LastRc, rc), Hedged = true });
        return (start, end, [.. claims]);
    }

    /// <summary>True when the sentence names rc <paramref name="k"/> itself ("an rc8", "rc8 it is").</summary>
    private static bool NamesRc(string sentence, int k) =>
        LaterRc().Matches(sentence).Any(m => int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture) == k);

    /// <summary>
    /// The claims a short answer makes of the question before it: "Probably not" and "I doubt it" turn them around,
    /// "Yes" and "I think so" keep them, "I don't know yet" leaves it open (no claims). A question that asks two ways
    /// ("the last rc, or will there be an rc8?") has no yes or no; an answer that names the step is that step ("rc8 or
    /// final? Final, I think").
    /// </summary>
    private static List<Claim> Answered(Question asked, string answer, int rc, string release, string sentence)
    {
        // "Most releases don't need an rc8. This one does.", "Sometimes we need an rc8. But not this time.": a habit is
        // answered only by what this time does, which is like the usual or not by its own "not" against the usual's.
        if (asked.Habit)
        {
            var same = ThisTime().Match(answer);
            if (!same.Success || !AnswerOpening().IsMatch(answer[..same.Index]) || !VerbAlone().IsMatch(answer, same.Index + same.Length))
            {
                return [];
            }

            return [.. (UnlikeUsual(same, asked.Sentence.ToLowerInvariant()) ? Denied(asked.Claims, rc) : asked.Claims).Select(c => c with { Sentence = $"{asked.Sentence} {sentence}" })];
        }

        // The statement the answer takes up, less the answer itself when both are one sentence ("Greg doesn't see the
        // need for an rc8, but I do"); none when the answer cannot be told apart from it.
        var told = asked.Sentence.ToLowerInvariant().TrimEnd();
        var said = answer.Trim();
        var answerAt = told.EndsWith(said, StringComparison.Ordinal) ? told.Length - said.Length : asked.Sentence == sentence ? 0 : told.Length;
        told = told[..answerAt].TrimEnd();
        var deniedStatement = !told.EndsWith('?') && NegativeWord().IsMatch(told);

        // "Greg doesn't want an rc8. Neither do I.", "…, and neither do I", "Me neither.": "neither" agrees with a denial
        // told of, where to a question it is a no.
        if (deniedStatement && Neither().IsMatch(answer))
        {
            return [.. asked.Claims.Select(c => c with { Sentence = $"{asked.Sentence} {sentence}" })];
        }

        var match = AnswerIn(answer);
        var final = asked.Claims.All(c => c.LastRc == rc);
        // "rc8 or final? Final, I think.": an answer that names the step is that step — the release by its number too
        // ("What's next? 6.7."), not another one.
        if (StepNamed().Match(answer) is { Success: true } step && (!step.Groups["v"].Success || step.Groups["v"].Value == release))
        {
            var last = step.Groups["final"].Success ? rc : step.Groups["k"].Success ? int.Parse(step.Groups["k"].Value, CultureInfo.InvariantCulture) : rc + 1;
            return last < rc ? [] : [new Claim(last, 0) { Sentence = $"{asked.Sentence} {sentence}", Hedged = Hedge().IsMatch(answer) }];
        }

        if (!match.Success || match.Groups["open"].Success || (!final && asked.Claims.Any(c => c.LastRc == rc)))
        {
            return [];
        }

        // "Greg thinks we don't need an rc8. We don't.": an answer that echoes a denial told of agrees with it, and "We
        // do." disputes it — the echo's "not" answers the statement's, where to a question it would be a plain no.
        var no = match.Groups["no"].Success;
        if (Echo().Match(answer) is { Success: true } echo && deniedStatement)
        {
            no = !echo.Groups["not"].Success;
        }

        var claims = no ? Denied(asked.Claims, rc) : asked.Claims;
        return [.. claims.Select(c => c with { Sentence = $"{asked.Sentence} {sentence}" })];
    }

    /// <summary>
    /// The short answer in <paramref name="text"/>: where it starts ("Probably not, …"), or as its last clause when
    /// something of Linus' own comes first ("Having looked at the shortlog, I don't think so", "I looked at the numbers,
    /// and I think we do", "after a quiet week I really don't see the need"). Such a last clause must end the text and
    /// follow no condition ("If the fix lands, no" is no plain answer); it starts after a comma, a dash or "and / but /
    /// so / then", or at an "I".
    /// </summary>
    private static Match AnswerIn(string text)
    {
        var match = Answer().Match(text);
        if (match.Success)
        {
            return match;
        }

        foreach (Match lead in AnswerTailStart().Matches(text))
        {
            var at = lead.Index + lead.Length;
            if (Answer().Match(text[at..]) is { Success: true } tail
                && AnswerEnd().IsMatch(text[(at + tail.Length)..]) && !ConditionWord().IsMatch(text[..at]))
            {
                return tail;
            }
        }

        return match;
    }

    /// <summary>
    /// Somebody else's opinion ("Greg thinks we'll need an rc8"), from <paramref name="opinion"/> on, read as if said.
    /// When the sentence goes on past it, it is answered there: with a claim of its own ("Greg asked for an rc8, but I
    /// won't do one") the answer decides; a short answer after its own lead ("…, but looking at the fixes, I disagree")
    /// is weighed against the opinion read alone, as far as it goes; otherwise ("…, but I don't", "…, and I agree",
    /// "…, but I don't think it's needed") the opinion is read with what follows, as a claim with a doubt after it is.
    /// Unanswered, the claims are the question the next sentence may answer.
    /// </summary>
    private static (List<Claim> Claims, bool Answered) OpinionRead(string stated, Match opinion, int rc, string release, string sentence)
    {
        var from = opinion.Index + opinion.Length;
        var to = OthersWordsEnd().Match(stated, from) is { Success: true } end ? end.Index : stated.Length;
        // "Greg doesn't think we need an rc8" is read as "i don't think we need an rc8": the denial is the opinion's. (Its
        // subject and "doesn't" are never shorter than "i don't", so the words keep their places.)
        var denial = ("i don't " + opinion.Groups["denied"].Value).PadLeft(opinion.Length);
        var said = opinion.Groups["denied"].Success && denial.Length == opinion.Length ? denial : new string(' ', opinion.Length);
        var asIfSaid = stated[..opinion.Index] + said + stated[from..];
        var asRead = ClaimsOf(asIfSaid, rc, release).Where(c => c.At >= from).Select(c => c with { Sentence = sentence }).ToList();
        if (to == stated.Length)
        {
            // "Even Greg doesn't think we need an rc8", "he doesn't think we need one either": Linus joins the denial,
            // which is his claim too; otherwise the next sentence may answer it.
            var joined = opinion.Groups["denied"].Success && (JoinedDenial().IsMatch(stated[..opinion.Index]) || JoinedDenial().IsMatch(stated[from..]));
            return (asRead, joined);
        }

        var answer = asRead.Where(c => c.At >= to).ToList();
        if (answer.Count > 0)
        {
            return (answer, true);
        }

        var opined = ClaimsOf(asIfSaid[..to], rc, release).Where(c => c.At >= from).ToList();
        if (opined.Count > 0
            && Answered(new Question(sentence, opined), AnswerLead().Replace(stated[to..], string.Empty), rc, release, sentence) is { Count: > 0 } shortAnswer)
        {
            return ([.. shortAnswer.Select(c => c with { Sentence = sentence })], true);
        }

        // "Some people wanted an rc9, but whatever", "…, but the final will happen as planned": what Linus sets against
        // the opinion with a "but" is not taken up as his own when it leaves the opinion as it stood; it says nothing
        // the reader can weigh.
        return stated[to..].StartsWith("but", StringComparison.Ordinal) && asRead.Select(c => c.LastRc).SequenceEqual(opined.Select(c => c.LastRc))
            ? ([], true)
            : (asRead, true);
    }

    /// <summary>
    /// Claims turned around: a final next becomes one more rc, an rc beyond this one the final next. Before the usual
    /// last rc the turn is about the usual end: at rc6, "rc7 will be the last" denied is an rc8, and "an rc8" denied
    /// leaves rc7 the last.
    /// </summary>
    private static List<Claim> Denied(IReadOnlyList<Claim> claims, int rc)
    {
        var final = claims.All(c => c.LastRc == rc);
        var usual = Math.Max(rc, UsualLastRc);
        return [.. claims.Select(c => c with { LastRc = final ? rc + 1 : c.LastRc <= usual ? usual + 1 : usual })];
    }

    /// <summary>
    /// The later rcs a report of what was said or thought before names ("last week I said I'd probably do an rc8", "I
    /// thought we wouldn't need an rc8"), read as if said now. Only rcs named by number count: "next week" or "this"
    /// said a week ago meant another week and another rc. So does what was said of an rc named by number, this one or a
    /// later one ("I said that rc8 would be the last rc" in the rc8 mail). The plan told in the past ("my original plan
    /// was to release next week") is this week's, and all it names counts.
    /// </summary>
    private static List<Claim> Retold(string sentence, Match told, int rc, string release)
    {
        var now = Blanked(sentence, told.Index, told.Length);
        var named = LaterRc().Matches(now).Where(m => int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture) >= rc).ToList();
        var clauses = named.Select(m => ClauseBounds(now, m.Index)).ToHashSet();
        var plan = told.Groups["plan"].Success && !LastWeek().IsMatch(sentence[..told.Index]);
        // "I said the final would be next week": the release said to come, as ToldWould reads it, is retold too.
        var would = ToldWould().Matches(sentence);
        return [.. ClaimsOf(now, rc, release).Where(c => plan || clauses.Contains(ClauseBounds(now, c.At))
            || would.Any(m => m.Index <= c.At && c.At < m.Index + m.Length))];
    }

    /// <summary>The schedule claims of one sentence (lower case), as the last rc each implies.</summary>
    private static List<Claim> ClaimsOf(string s, int rc, string release) =>
        LastWordAfterBut(s, rc, [.. SentenceClaims(s, rc, release)
            .Where(c => !InCondition(s, c.At) && !InException(s, c.At))
            .Select(c => c with
            {
                Hedged = c.Hedged || Hedge().IsMatch(HedgeScope(s, c.At)) || WishedAgainst().IsMatch(s[ClauseBounds(s, c.At).Start..c.At]),
                Proviso = ProvisoOf(s, c.At),
            })]);

    /// <summary>
    /// "I don't think any of this warrants an extra rc, but I'll just do an rc8": where a plan said plainly after the
    /// sentence's last "but" ("I'll", "we're going to", "there will be") turns against what it said before, the "but" has
    /// the last word. A plan after it that is only possible, hangs on a condition or is no plan ("but I wouldn't be
    /// surprised by an rc8") leaves both standing for <see cref="Read"/> to weigh.
    /// </summary>
    private static List<Claim> LastWordAfterBut(string s, int rc, List<Claim> claims)
    {
        if (But().Matches(s).LastOrDefault() is not { } but)
        {
            return claims;
        }

        var after = claims.Where(c => c.At > but.Index).ToList();
        if (after.Count == 0 || after.Any(c => c.Hedged || c.Proviso != Proviso.None || !PlainPlan().IsMatch(s[but.Index..ClauseBounds(s, c.At).End]))
            || after.Select(c => c.LastRc == rc).Distinct().Count() > 1)
        {
            return claims;
        }

        var final = after[0].LastRc == rc;
        return [.. claims.Where(c => c.At > but.Index || (c.LastRc == rc) == final)];
    }

    /// <summary>
    /// True when the claim stands inside an if-clause that a comma closes: "If we end up needing an rc8, so be it"
    /// supposes an rc8, it does not plan one. The plan after the comma is a claim ("If things stay calm, this is the
    /// last rc"), and so is one in a sentence without the comma ("If things stay calm I'll do the final next week").
    /// </summary>
    private static bool InCondition(string sentence, int index) =>
        Condition().IsMatch(sentence[ClauseBounds(sentence, index).Start..index]) && sentence.IndexOf(',', index) >= 0;

    /// <summary>
    /// True when the text tells of a habit in a clause that names the end of the cycle ("we usually release after rc7",
    /// "most releases end with rc7"); not one of something else ("the last rc before the holidays is usually the
    /// worst"), nor one of an rc after <paramref name="rc"/>, which <see cref="ClaimsOf"/> compares with this cycle
    /// itself ("some releases need an rc8, but this one doesn't": ThisOneToo).
    /// </summary>
    private static bool HabitOfEnd(string text, int rc) =>
        Habitual().Matches(text).Any(m => HabitNamesEnd(text, m)
            && !LaterRc().Matches(text[HabitReach(text, m.Index)]).Any(r => int.Parse(r.Groups["k"].Value, CultureInfo.InvariantCulture) > rc));

    /// <summary>True when what the habit tells of (<see cref="HabitReach"/>) names the end of the cycle (<see cref="UsualEnd"/>).</summary>
    private static bool HabitNamesEnd(string text, Match habit) => UsualEnd().IsMatch(text[HabitReach(text, habit.Index)]);

    /// <summary>
    /// The words of a <see cref="Habitual"/> match that read the habit as said of this cycle: none ("we usually release
    /// after rc7" as "we release after rc7"), or "never" for a habit of not ("we rarely go past rc8" as "we never go
    /// past rc8"), whose echo <see cref="VerbDenied"/> answers as it answers a "not".
    /// </summary>
    private static string AsIfNow(Match habit) =>
        habit.Value is "rarely" or "seldom" ? "never ".PadRight(habit.Length) : new string(' ', habit.Length);

    /// <summary>
    /// What a habit told of claims when read as said of this cycle ("Most releases don't need an rc8" as "don't need an
    /// rc8"): no claim itself, but the question the next sentence may answer by what this time does ("This one does.").
    /// Null when the sentence tells of no habit or the habit names no step.
    /// </summary>
    private static Question? HabitAsked(string stated, int rc, string release, string sentence)
    {
        var habit = Habitual().Match(stated);
        if (!habit.Success)
        {
            return null;
        }

        var asIfNow = stated[..habit.Index] + AsIfNow(habit) + stated[(habit.Index + habit.Length)..];
        var usual = ClaimsOf(asIfNow, rc, release)
            .Select(c => c with { Sentence = sentence })
            .ToList();
        return usual.Count > 0 ? new Question(sentence, usual) { Habit = true } : null;
    }

    /// <summary>
    /// A question's sentence and the claims it asks about, waiting for the answer in the next sentence. A habit told of
    /// ("Most releases don't need an rc8") waits the same way, for what this time does ("This one does.").
    /// </summary>
    private sealed record Question(string Sentence, List<Claim> Claims)
    {
        public bool Habit { get; init; }
    }

    /// <summary>A claim: the rc it implies to be the last, where in the sentence it stands, and whether it is only called possible.</summary>
    private sealed record Claim(int LastRc, int At)
    {
        public bool Hedged { get; init; }

        /// <summary>The condition the claim stands under (<see cref="ProvisoOf"/>).</summary>
        public Proviso Proviso { get; init; }

        public string Sentence { get; init; } = string.Empty;

        /// <summary>
        /// The number of the sentence the claim was read in, which <see cref="Sentence"/> may quote with the one
        /// before it (an answer with its question).
        /// </summary>
        public int Index { get; init; }
    }
}
