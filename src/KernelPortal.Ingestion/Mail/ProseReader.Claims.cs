using System.Globalization;
using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// The claims a sentence makes, each as the last rc it implies: the rcs, weeks, hold-ups and delays it names, and
/// the release with its time.
/// </summary>
public static partial class ProseReader
{
    private static IEnumerable<Claim> SentenceClaims(string s, int rc, string release)
    {
        // "This rc is a bit delayed" tells of the mail's own lateness (Late), not of a later release.
        var late = Late().Matches(s);
        // "The only thing that could delay the release is …" names what might delay it, not a delay, and "(the final next
        // Sunday,) unless I find a reason to delay it" the exception to the plan.
        var delays = Delay().Matches(s).Where(d => !late.Any(l => d.Index >= l.Index && d.Index < l.Index + l.Length)
            && !InException(s, d.Index)
            && !MightDelay().IsMatch(s[ClauseBounds(s, d.Index).Start..d.Index])
            && !OtherThingDelayed().IsMatch(s[ClauseBounds(s, d.Index).Start..d.Index])
            && !MergeWindowDelayed(s, d)).ToList();

        // Weeks still to go: from rc N, the release after w weeks follows rc N + w − 1. Only weeks ahead count:
        // "another week has gone by" looks back; "drag this out for another week" is the delay's length, and so are
        // weeks something is held up or pushed "by" ("hold up the release by another week": ByWeeks).
        if (Future().IsMatch(s))
        {
            foreach (Match m in WeeksToGo().Matches(s))
            {
                var words = Whitespace().Replace(m.Groups["n"].Success ? m.Groups["n"].Value : "one", " ").Trim();
                var weeks = Numbers.TryGetValue(words, out var n) ? n : 1;
                // "I'll let it go another week: expect an rc8" — a week beside a planned later rc is that rc's week.
                if (NotStatedNow(s, m.Index, release) || GoneBy().IsMatch(s[(m.Index + m.Length)..]) || ByWeeks().IsMatch(s[..m.Index])
                    || (weeks == 1 && (NeedsMore().IsMatch(s[..m.Index]) || WeekWeighed().IsMatch(s[(m.Index + m.Length)..])))
                    || (weeks == 1 && PlansLaterRc(s, rc, release))
                    || delays.Any(d => d.Index < m.Index && !DelayDenied(s, d.Index))
                    || WeeksOfSomethingElse(s, m))
                {
                    continue;
                }

                var negated = Negated(s, m.Index);
                // "The final release won't be in two weeks": a denied time of the release named before it in its clause
                // is FinalWithTime's (a week later), not weeks denied ("we won't need two more weeks": no more than that).
                if (negated && m.Value.StartsWith("in ", StringComparison.Ordinal)
                    && ReleaseEvent().IsMatch(s[ClauseBounds(s, m.Index).Start..m.Index]))
                {
                    continue;
                }

                yield return new Claim(negated ? rc : rc + weeks - 1, m.Index);
            }
        }

        // "This one won't go past rc7", "we should be done after rc7": the rc named is where the cycle ends (or not), read
        // here and not as an rc that comes.
        var bounds = EndsAtRc().Matches(s);
        foreach (Match m in bounds)
        {
            var k = int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture);
            var negated = Negated(s, m.Index) || (m.Groups["beyond"].Success && NothingAsSubject().IsMatch(Window(s, m.Index)));
            // "This one won't go past rc8" at rc7 bounds the cycle and claims neither an rc8 nor the final, as "I don't
            // expect an rc9" does; past the usual last rc (or this one) it is the end, as the rcs up to it come anyway.
            if (k < rc || NotStatedNow(s, m.Index, release) || (m.Groups["beyond"].Success && negated && k > Math.Max(rc, UsualLastRc)))
            {
                continue;
            }

            yield return new Claim(m.Groups["beyond"].Success ^ negated ? k + 1 : k, m.Index);
        }

        // "If rc7 is calm, it will be the last one", "I expect rc7 to be big, so that won't be the last one": "it" or "that"
        // before "the last (one)" stands for the later rc the sentence named before it, which is the claim.
        var antecedents = FinalNext().Matches(s)
            .Select(f => (Last: f, Rc: PronounSubject().IsMatch(s[ClauseBounds(s, f.Index).Start..f.Index])
                ? LaterRc().Matches(s[..ClauseBounds(s, f.Index).Start]).LastOrDefault(r => int.Parse(r.Groups["k"].Value, CultureInfo.InvariantCulture) > rc)
                : null))
            .Where(x => x.Rc is not null)
            .ToList();
        foreach (var (last, named) in antecedents)
        {
            var k = int.Parse(named!.Groups["k"].Value, CultureInfo.InvariantCulture);
            yield return new Claim(Negated(s, last.Index) ? k + 1 : k, last.Index);
        }

        foreach (Match m in LaterRc().Matches(s))
        {
            if (bounds.Any(b => m.Index >= b.Index && m.Index < b.Index + b.Length) || antecedents.Any(a => a.Rc!.Index == m.Index))
            {
                continue;
            }

            var k = int.Parse(m.Groups["k"].Value, CultureInfo.InvariantCulture);
            // "6.13 needed an rc8, but this one doesn't look like it will": the rc told of is compared with this cycle.
            // "the rc8 for 6.4" and "last release's rc8" are another release's.
            var toldOf = NotStatedNow(s, m.Index, release) || HadAfter().IsMatch(s[(m.Index + m.Length)..]) || OfAnotherRelease(s, m, release);
            if (k > rc && toldOf && ThisOneToo().Match(s, m.Index + m.Length) is { Success: true } compared
                && (!compared.Groups["v"].Success || compared.Groups["v"].Value == release))
            {
                // "6.20 didn't need an rc8, but 6.21 will", "6.20 had an rc8, but this one won't (either)", "6.17 got away
                // without an rc8, and 6.18 will too": a verb alone stands for what was told of the other cycle, less its
                // own "didn't" but with the "without". "6.17 got away without an rc8, but 6.18 won't be so lucky": a verb
                // with more says how this cycle fares beside the other, whose rc was denied.
                var extra = VerbAlone().IsMatch(s, compared.Index + compared.Length)
                    ? !DoneWithout().IsMatch(Window(s, m.Index)) ^ compared.Groups["not"].Success
                    : !Negated(s, m.Index) ^ compared.Groups["not"].Success;
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
            else if (k > rc && toldOf && HappensAgain().Match(s, m.Index + m.Length) is { Success: true } same)
            {
                // "5.4 ended up with an rc8, and I think that's what's going to happen this time too", "…, but I don't think
                // that will happen this time", "…, and this time will be no different": what was told of (or its
                // denial: "5.4 didn't need an rc8, and the same will happen this time"), said again of this cycle.
                var told = !(Negated(s, m.Index) || DoneWithout().IsMatch(Window(s, m.Index)) || DidNot().IsMatch(Window(s, m.Index)));
                var repeated = Negation().IsMatch(same.Groups["clause"].Value) == same.Groups["different"].Success;
                var extra = told == repeated;
                if (extra || k == rc + 1)
                {
                    yield return new Claim(extra ? k : rc, same.Groups["clause"].Index);
                }
            }
            else if (k > rc && !toldOf && k <= UsualLastRc && (WaitToSee().IsMatch(s[..m.Index]) || WillTell().IsMatch(s[(m.Index + m.Length)..])
                || !EndSaid(s, m, k, rc, release)))
            {
                // An rc of the usual cycle is coming anyway: naming it ("the rc2 should be out next Sunday as usual" at
                // rc1, "let's see how rc7 looks" or "rc7 will tell" at rc6) says nothing of where the cycle ends, unless
                // its clause or what follows up to a "but" says so (EndSaid).
                continue;
            }
            else if (k == rc && !toldOf && IsTheLast().Match(s[(m.Index + m.Length)..]) is { Success: true } ends
                && ends.Value.EndsWith("enough", StringComparison.Ordinal))
            {
                // "rc8 wasn't enough" in the rc8 mail: the mail's own rc found not enough means one more; "rc8 was enough"
                // ends the cycle. ("rc8 would be the last rc" is what was said of it before: ToldBefore.)
                yield return new Claim(NotOrNever().IsMatch(ends.Value) ? rc + 1 : rc, m.Index);
            }
            else if (k == rc && !toldOf && CalledLast().IsMatch(s[..m.Index]) && IsTheLast().Match(s[(m.Index + m.Length)..]) is { Success: true })
            {
                // "Let's call / make rc8 the last one" in the rc8 mail ends the cycle with it, as "this" would; "let's not
                // make rc8 the last one" goes on.
                yield return new Claim(Negated(s, m.Index) ? rc + 1 : rc, m.Index);
            }
            else if (k > rc && !toldOf)
            {
                // "no rc8", "not going to need an rc8", "an rc8 doesn't make sense" all say: no rc8.
                var after = s[(m.Index + m.Length)..];
                // ("The rc8 we had for 6.9" and "the rc8 diff last time" are told of, in toldOf; "an rc8 was always the
                // plan" is still the plan.) "People keep asking me about an rc8" and "the rc8 question" name the topic,
                // not a plan, and "an rc9 would be unusual" only says what one would be (unless it goes on to deny it:
                // "an rc10 would be unprecedented, and it's not happening", or to do it all the same: "…, but we need
                // one this time"); "the one thing that could still cause an rc8 (is the ext4 bug)" names what might
                // bring one about, as MightDelay does for a delay. "An rc8 was on the table last week" is what was
                // possible then (WasThen).
                if (AskedAbout().IsMatch(s[..m.Index]) || Topic().IsMatch(after) || IfAny().IsMatch(after) || WasThen().IsMatch(after) || (WouldBeRare().IsMatch(after) && !RcDenied(s, m) && !AllTheSame().IsMatch(after))
                    || MightCause().IsMatch(s[ClauseBounds(s, m.Index).Start..m.Index]))
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
                // "rc7 will not be the last" denies that the rc ends the cycle, not that it comes: one more rc after
                // it. So does "I expect rc7 not to be the last one", whose "not" stands after the rc.
                if (IsTheLast().Match(after) is { Success: true } last && (negated || NotOrNever().IsMatch(last.Value)))
                {
                    yield return new Claim(k + 1, m.Index);
                    continue;
                }

                // "The final won't come after rc7", "I don't expect 6.7 right after rc7" at rc6: the rc is when the release
                // comes, and the negation is the release's — one more rc after it.
                if (ReleaseComesAfter(s, m, k, rc, release))
                {
                    yield return new Claim(negated ? k + 1 : k, m.Index);
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
        // "The bug blocking the release is fixed" holds up nothing any more; "nothing holding up 6.6" in a 6.7 mail is
        // another release's; "it would take something bad to stop me from releasing" holds up nothing but that; "that
        // was the last thing holding up the release", past, says nothing holds it up now (WasTheLastHold).
        foreach (Match m in HoldingUp().Matches(s))
        {
            var heldUntilNow = WasTheLastHold().IsMatch(s[..m.Index]);
            if ((heldUntilNow || !NotStatedNow(s, m.Index, release))
                && (!m.Groups["v"].Success || m.Groups["v"].Value == release))
            {
                var denied = heldUntilNow || m.Groups["none"].Success
                    || Negation().IsMatch(s[ClauseBounds(s, m.Index).Start..m.Index])
                    || MendedAfter().IsMatch(s[(m.Index + m.Length)..]) || OnlyIf().IsMatch(s[..m.Index]);
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

        // "The extra week was enough" in the rc8 mail: the extra rc told of is this one, and it was the last (or, not
        // enough, the next one comes) — not an extra rc to come.
        var enough = rc > UsualLastRc ? ExtraWasEnough().Matches(s).ToList() : [];
        foreach (var m in enough)
        {
            yield return new Claim(m.Groups["not"].Success ? rc + 1 : rc, m.Index);
        }

        foreach (Match m in AnotherRc().Matches(s).Where(m => !enough.Any(e => e.Index <= m.Index && m.Index < e.Index + e.Length)))
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

            // Denied before it ("no extra rc") or after it ("another rc isn't needed", "another week wouldn't help").
            var denied = RcDenied(s, m);
            // "One more rc after rc7" at rc6: the rc named after it is what the extra one follows.
            if (AfterLaterRc().Match(s, m.Index + m.Length) is { Success: true } after
                && int.Parse(after.Groups["k"].Value, CultureInfo.InvariantCulture) is var k && k > rc)
            {
                yield return new Claim(denied ? k : k + 1, m.Index);
                continue;
            }

            // Before the usual last rc, an extra rc or week is one beyond the usual ("plan on an extra rc" in an rc1 mail
            // is an rc8), and so is one the cycle is kept to ("let's keep it to one extra week" in the rc8 mail itself);
            // "another rc" before rc6 is only the next step of the cycle, which says nothing of its end.
            if (m.Groups["extra"].Success && (rc < UsualLastRc || KeptTo().IsMatch(s[..m.Index])))
            {
                yield return new Claim(denied ? UsualLastRc : UsualLastRc + 1, m.Index);
            }
            else if (rc + 1 >= UsualLastRc)
            {
                yield return new Claim(denied ? rc : rc + 1, m.Index);
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
        foreach (Match m in FinalNext().Matches(s).Where(f => !antecedents.Any(a => a.Last.Index == f.Index)))
        {
            // "the last rc was bigger" speaks of the rc before; "an rc8 and then the final release" follows another step;
            // "rc8 will be the last rc" and "an rc8, and that should be the last one" are about the later rc.
            // "the final release the week after that" has its own time, which FinalWithTime reads, and so has "the final
            // release, which I expect in two weeks".
            var before = Window(s, m.Index);
            // "The next release will be 6.6" and "the last rc of 6.7" in a 6.8 mail name another release. Before the
            // usual last rc, the final named without its time ("please test before the final release", "on track for the
            // final" at rc5) is not next, nor is it anywhere when its time is left to come ("I'll write more about the
            // final release when it happens", "we'll talk about the final release at the summit"); with a time it is
            // FinalWithTime's.
            if (OtherRelease().Matches(m.Value).Any(v => v.Value != release) || OfAnotherRelease(s, m, release)
                || (m.Groups["bare"].Success && (rc < UsualLastRc || WhenItComes().IsMatch(s[(m.Index + m.Length)..]) || TalkedAbout().IsMatch(s[..m.Index]))))
            {
                continue;
            }

            // "this was the last rc" says the mail's own rc is the last, as "this is" does.
            if (!delayed && !HeldUpOrDelayed(s, m.Index, delays) && (!NotStatedNow(s, m.Index, release) || OwnRcWas(s[..m.Index], rc)) && !TellsOfPast().IsMatch(s[(m.Index + m.Length)..])
                && !FollowsAnotherStep(s, m.Index, rc) && !(m.Groups["bare"].Success && NamedAfterLaterRc(s, m.Index, rc))
                && !AboutAnotherRc(before, rc) && !HasLaterTime(s, m.Index) && !MoreWeeksFirst().IsMatch(s[..m.Index])
                && !ComesAfterLaterRc(s, m, rc) && !TimeOfRelease().Matches(s).Any(t => WhichTime(s, t, m)))
            {
                // "I'd rather have that in an rc than in the final release" prefers another rc; it leans, and a plain
                // plan beside it ("… came in that I'd rather have in an rc than in the final release. Anyway, the final
                // is coming next weekend") outweighs it.
                // "The final release won't happen next weekend" denies it as the negation in front would, and "this might
                // be the last rc, but I doubt it" as a doubt after it does.
                var after = s[(m.Index + m.Length)..];
                var negated = NegatedItself(s, m.Index, delays) || NotComing().IsMatch(PastItsTime(after))
                    || DoubtedAfter().IsMatch(after) || Needless(s, m.Index, after);
                // "I want the fix to get some testing before the final release" names the final only as the bound of
                // something else: it leans the same way, and a plain claim beside it ("…, so I expect an rc8") decides.
                var leans = RatherThan().IsMatch(before) || (m.Groups["bare"].Success && BoundBefore().IsMatch(before));
                yield return new Claim(negated ? rc + 1 : rc, m.Index) { Hedged = leans };
            }
        }

        // "The merge window will open next weekend": the next merge window opens with the release, so the time said of
        // its opening is the release's ("on time" says nothing of which rc is the last). The time may also open the
        // sentence before it ("Next week I'll open the merge window", "This time next week, the merge window will be
        // open").
        foreach (Match m in MergeWindowOpens().Matches(s))
        {
            var open = m.Groups["open"];
            if (m.Groups["pv"] is { Success: true } pv && pv.Value == release)
            {
                continue;
            }

            var (start, end) = ClauseBounds(s, open.Index);
            var times = TimeOfRelease().Matches(s).Where(t => !t.Groups["usual"].Success).ToList();
            var time = times.FirstOrDefault(t => t.Index > open.Index && t.Index < end)
                ?? times.FirstOrDefault(t => t.Index < open.Index && (FrontedTime(s, t, open) || (t.Index >= start && LeadWords().IsMatch(s[..t.Index]))));
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

        // "The only thing that could still cause an rc8 is the amdgpu hang, and that got fixed on Saturday": what might
        // have brought the rc or the delay about (MightCause, MightDelay: no claim by themselves) is gone, and the cycle
        // ends as usual (or with this rc, if later).
        foreach (Match m in CauseGone().Matches(s).Where(m => !NotStatedNow(s, m.Index, release)))
        {
            yield return new Claim(Math.Max(rc, UsualLastRc), m.Index);
        }

        foreach (var claim in FinalWithTime(s, rc, release, delays, delayed))
        {
            yield return claim;
        }

        // "The final will come after rc7" at rc7: the release comes after this rc, whatever time is named or not. "If rc7
        // looks like this, I'll do the final release right after it" at rc6: "it" is the later rc named before, which is
        // then the last.
        foreach (Match m in ReleaseEvent().Matches(s))
        {
            if (delayed || (m.Groups["v"].Success && m.Groups["v"].Value != release) || NotStatedNow(s, m.Index, release))
            {
                continue;
            }

            var after = s[(m.Index + m.Length)..];
            var denied = NegatedItself(s, m.Index, delays) || NotComing().IsMatch(after) || DoubtedAfter().IsMatch(after);
            if (ComesAfterThisRc(s, m, rc))
            {
                yield return new Claim(denied ? rc + 1 : rc, m.Index);
            }
            else if (AfterIt().IsMatch(after) && LaterRcBefore(s, m.Index, rc) is { } k)
            {
                yield return new Claim(denied ? k + 1 : k, m.Index);
            }
            else if (rc >= UsualLastRc && PlannedWithoutTime(s, m, rc))
            {
                yield return new Claim(denied ? rc + 1 : rc, m.Index);
            }
        }
    }

    /// <summary>
    /// True when Linus plans to make the release himself and names no time for it: "I'll do the final 6.7 from the
    /// road", "I'll tag the final", "I'm going to release 6.7", or says it comes whatever happens ("I'll be traveling,
    /// but the final will happen anyway") in an rc7 or later mail, where nothing else stands between this rc and the
    /// release (before rc7 the same words speak of the end of the cycle, not of next week). A time in its clause or
    /// after it is FinalWithTime's ("the final will happen anyway, just not next week"); a later rc ("I'll do the final
    /// after rc8"), a later time anywhere in the sentence ("Two more weeks of vacation for me, but I'll do the release
    /// from the beach"), "when it's ready", "at some point" or a bound ("before Christmas") leave the week open.
    /// </summary>
    private static bool PlannedWithoutTime(string sentence, Match release, int rc)
    {
        var (start, end) = ClauseBounds(sentence, release.Index);
        return (PlannedByLinus().IsMatch(sentence[start..release.Index]) || HappensRegardless().IsMatch(sentence[(release.Index + release.Length)..]))
            && !TimeOfRelease().Matches(sentence).Any(t => (t.Index >= start && t.Index < end) || t.Index > release.Index
                || t.Groups["after"].Success || t.Groups["afternext"].Success || t.Groups["w"].Success)
            && !VagueTime().IsMatch(sentence) && !ComesAfterLaterRc(sentence, release, rc)
            && !FollowsAnotherStep(sentence, release.Index, rc)
            && !WhenItComes().IsMatch(sentence[(release.Index + release.Length)..])
            && !SomeTimeOrBound().IsMatch(sentence);
    }

    // Anywhere in the sentence, a release said to come at no time at all ("we will release 6.7 at some point /
    // eventually"), before, by or after something the reader cannot count to a Sunday ("I'll release 6.21 before
    // Christmas" early in December), or weeks that may hold more than one Sunday ("two more weeks of vacation").
    [GeneratedRegex(@"\b(?:at\s+some\s+point|eventually|some\s*day|one\s+day|sometime|sooner\s+or\s+later|in\s+due\s+(?:time|course)|in\s+the\s+(?:end|future)|before|by|until|till|after|around|during|over\s+the|within|(?:" + WeekCount + @"|a\s+couple(?:\s+of)?|a\s+few)\s+(?:more\s+)?weeks)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SomeTimeOrBound();

    // Linus (or "we") planning to make the release, right before its words: "I'll (do / tag / cut)", "I'm going to",
    // "we will", "I plan / intend to", "I'm planning on (doing)", "I'll be doing".
    [GeneratedRegex(@"\b(?:i|we)(?:'ll|\s+will|'m\s+going\s+to|\s+am\s+going\s+to|'re\s+going\s+to|\s+are\s+going\s+to|\s+(?:plan|intend)\s+to|'m\s+planning\s+(?:on|to))\s+(?:(?:just|still|then|simply|probably|likely|definitely|\w+ly)\s+)?(?:be\s+)?(?:(?:do(?:ing)?|tag(?:ging)?|cut(?:ting)?|mak(?:e|ing)|push(?:ing)?\s+out|put(?:ting)?\s+out|send(?:ing)?\s+out)\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlannedByLinus();

    // The release said to come whatever happens, right after its words: "(the final) will happen anyway / regardless /
    // as usual / no matter what", "will still happen / come out". Without such a word "the final will happen" says
    // nothing of when, nor does "as planned" without the plan (round 220).
    [GeneratedRegex(@"^\s*(?:will|'ll|is\s+going\s+to|should)\s+(?:(?:still\s+)?(?:happen|come(?:\s+out)?|go\s+out|be\s+(?:out|released|tagged))\s+(?:anyway|regardless|as\s+usual|no\s+matter\s+what|all\s+the\s+same|just\s+the\s+same)\b|still\s+(?:happen|come(?:\s+out)?|go\s+out|be\s+(?:out|released|tagged))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HappensRegardless();

    // "Two more weeks and we're done": the end comes after the weeks counted before it, which the count itself claims.
    [GeneratedRegex(@"\b(?:one|" + WeekCount + @"|a\s+couple(?:\s+of)?|a\s+few)\s+more\s+(?:weeks?|-?rcs?|-?rc's)\s*,?\s+(?:and|then)\s+(?:then\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoreWeeksFirst();

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

            // "I'll be in Tokyo next week, which means the release will happen in my morning": a release said to happen,
            // drawn from the clause before that names the time, happens then (not "… will happen when it's ready").
            if (time is null && WillHappen().Match(s[(m.Index + m.Length)..]) is { Success: true } happens
                && !WhenItComes().IsMatch(s[(m.Index + m.Length + happens.Length)..])
                && times.LastOrDefault(t => t.Index < m.Index) is { } earlier && DrawnFrom().IsMatch(s[(earlier.Index + earlier.Length)..m.Index]))
            {
                time = earlier;
                linked = true;
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
            // comes up", or with the time before a comma: "A week from now, 7.9 should be out"; and a time that is a clause
            // of its own right after the release's names it again: "Expect the final right before Christmas, next Sunday";
            // so does a relative clause on the release: "the 6.13 release, which I expect next Sunday".
            time ??= times.FirstOrDefault(t => Heading(s, t, m) || Heading(s, m, t) || FrontedTime(s, t, m) || TrailingTime(s, t, m) || WhichTime(s, t, m));

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

            // "rc7 will be the last one, with the final the week after" at rc5: the week after is the later rc's, named
            // before the release, not the week after next.
            var lastRc = AfterOwnRc(s, time, rc) ? rc
                : time.Groups["after"].Success && LaterRcBefore(s, m.Index, rc) is { } later
                ? Math.Max(later, LastRcAt(time, rc))
                : LastRcAt(time, rc);
            // "The final 6.13 will not be on January 19" denies the time as the negation in front denies the release.
            // "The final should be next weekend, but I wouldn't count on it": a doubt after it denies it, hedged, and so
            // does a denial right after the release and its time ("the final next week is looking less likely").
            // So does one between them: "the final (release) is unlikely to be next weekend" — but "6.7 won't happen until
            // two weeks from now" denies every earlier time, and the time is the plan.
            var denied = NegatedItself(s, m.Index, delays)
                || (m.Index < time.Index && !NotUntilTime().IsMatch(Between(s, m, time))
                    && (Negation().IsMatch(Between(s, m, time)) || NotComing().IsMatch(ReleaseNoun().Replace(Between(s, m, time), string.Empty))))
                || DoubtedAfter().IsMatch(s[(m.Index + m.Length)..]) || Needless(s, m.Index, s[(m.Index + m.Length)..])
                || NotComing().IsMatch(s[Math.Max(m.Index + m.Length, time.Index + time.Length)..]);
            // A time denied is a week passed by: "the final release won't be in two weeks" at rc6 means an rc8.
            yield return new Claim(denied ? lastRc + 1 : lastRc, m.Index);
        }
    }

    /// <summary>
    /// True when the time is "the week after" the mail's own rc, named right after it: "The week after rc8 is release
    /// week" in the rc8 mail is next week (in the rc7 mail it is two weeks away).
    /// </summary>
    private static bool AfterOwnRc(string sentence, Match time, int rc) =>
        time.Groups["after"].Success && LaterRc().Match(sentence, time.Index + time.Length) is { Success: true } own
        && string.IsNullOrWhiteSpace(sentence[(time.Index + time.Length)..own.Index])
        && int.Parse(own.Groups["k"].Value, CultureInfo.InvariantCulture) == rc;

    /// <summary>The last rc later than the mail's own that the sentence names before <paramref name="index"/>, if any.</summary>
    private static int? LaterRcBefore(string sentence, int index, int rc) =>
        LaterRc().Matches(sentence[..index]).Select(r => int.Parse(r.Groups["k"].Value, CultureInfo.InvariantCulture)).Where(k => k > rc)
            .Cast<int?>().LastOrDefault();

    /// <summary>
    /// True when the release is said to come after a later rc: "the final release after rc7" at rc6 is no final next but
    /// the rc7 that <see cref="LaterRc"/> reads; "the final after this rc7" at rc7 is.
    /// </summary>
    private static bool ComesAfterLaterRc(string sentence, Match release, int rc) =>
        RcBefore(sentence[(release.Index + release.Length)..], rc) is { Rc: var k } && k > rc;

    /// <summary>
    /// True when the release is said to come right after the mail's own rc: "the final will come after rc7" at rc7, "the
    /// final will follow this rc" — not told of as past ("the final release after rc7 of 6.20 was smooth").
    /// </summary>
    private static bool ComesAfterThisRc(string sentence, Match release, int rc)
    {
        var rest = sentence[(release.Index + release.Length)..];
        return RcBefore(rest, rc) is { } before && before.Rc == rc && !TellsOfPast().IsMatch(rest[before.End..]);
    }

    /// <summary>
    /// The rc that the words after a release say it comes after ("after rc7": 7; "after this rc": the mail's own) and
    /// where those words end; null when they say none.
    /// </summary>
    private static (int Rc, int End)? RcBefore(string rest, int rc) =>
        AfterRc().Match(rest) is not { Success: true } after ? null
        : (after.Groups["k"].Success ? int.Parse(after.Groups["k"].Value, CultureInfo.InvariantCulture) : rc, after.Length);

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
    /// True when the release, named without its time, comes in a clause joined by "and" after a later rc by number: "I'm
    /// going to do an rc8, and Greg will do the final release" at rc7 tells who releases after the rc8, not a release
    /// next.
    /// </summary>
    private static bool NamedAfterLaterRc(string sentence, int index, int rc) =>
        AndAFewWordsBefore().Match(sentence[..index]) is { Success: true } and
        && AnotherStep().Matches(sentence[..and.Index]).Any(step => step.Groups["k"] is { Success: true } k && int.Parse(k.Value, CultureInfo.InvariantCulture) > rc);

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
            return StepToCome(sentence[ClauseBounds(sentence, index).Start..index], rc);
        }

        if (BeforeRelease().IsMatch(sentence[..index]))
        {
            return AnotherStep().IsMatch(sentence[..index]);
        }

        // "rc7 next week, then the final release" — but "if rc7 is calm, then the final" is a condition's "then", and
        // "rc8, and then the final release next weekend" in the rc8 mail names this rc before the final.
        if (ThenAfterComma().Match(sentence[..index]) is { Success: true } listed)
        {
            var steps = sentence[..listed.Index];
            return !Condition().IsMatch(steps) && StepToCome(steps, rc);
        }

        if (!AfterAnotherStep().IsMatch(Window(sentence, index)))
        {
            return false;
        }

        var then = AfterAnotherStep().Matches(sentence[..index])[^1];
        var earlier = sentence[..then.Index];
        return string.IsNullOrWhiteSpace(earlier) || StepToCome(earlier, rc);
    }

    /// <summary>
    /// True when <paramref name="text"/> names a step still to come: one more rc, or an rc past this one — not the
    /// mail's own rc ("So this is it: rc8, and then 6.9" in the rc8 mail has the release next).
    /// </summary>
    private static bool StepToCome(string text, int rc) =>
        AnotherStep().Matches(text).Any(step => step.Groups["k"] is not { Success: true } k || int.Parse(k.Value, CultureInfo.InvariantCulture) > rc);

    /// <summary>
    /// True when the weeks are not the cycle's: a time alone ("I'll be traveling in two weeks", "the conference is in
    /// three weeks") or weeks in a clause of travel ("I'll be away for another week") that names neither the release nor
    /// an rc. "Two more weeks to go" and "the final in two weeks" are the cycle's, and so is a time that is a clause of
    /// its own after the release's ("The release is planned for after the holidays, in two weeks").
    /// </summary>
    private static bool WeeksOfSomethingElse(string sentence, Match weeks)
    {
        var (start, end) = ClauseBounds(sentence, weeks.Index);
        var alone = TimeAlone().IsMatch(sentence[start..weeks.Index] + sentence[(weeks.Index + weeks.Length)..end]);
        var clause = alone ? sentence[..end] : sentence[start..end];
        return (weeks.Value.StartsWith("in ", StringComparison.Ordinal) || Travel().IsMatch(clause))
            && !EndWord().IsMatch(clause) && !LaterRc().IsMatch(clause);
    }

    /// <summary>
    /// What follows a release past the time right after it, if one stands there: "(the final release) next weekend (seems
    /// unlikely)", so that a denial after the time is read as one right after the release.
    /// </summary>
    private static string PastItsTime(string after) =>
        TimeOfRelease().Match(after) is { Success: true } time && string.IsNullOrWhiteSpace(after[..time.Index]) ? after[(time.Index + time.Length)..] : after;

    /// <summary>
    /// True when the clause of the rc named, up to a "but", says the cycle ends there: "rc7 will be the last", "rc7
    /// next week, then the final", "rc7 next week and then 6.12 the week after", "the final release / 6.12 after rc7"
    /// (ReleaseComesAfter) — not "I'm not sure how much testing rc7 will get, but the plan is …", nor "I'll write more
    /// about the final release after rc7", where the release is what is written about.
    /// </summary>
    private static bool EndSaid(string s, Match rcNamed, int k, int rc, string release)
    {
        var upToBut = UpToBut(s, rcNamed.Index);
        return EndNamed(s[ClauseBounds(s, rcNamed.Index).Start..upToBut]) || ThenThisRelease(s[rcNamed.Index..upToBut], release)
            || ReleaseComesAfter(s, rcNamed, k, rc, release);
    }

    /// <summary>
    /// True when a release of this cycle named before the rc in its clause is said to come after it: "the final (won't
    /// come) after rc7", "I expect 6.7 right after rc7" — not one talked about ("I'll write more about the final release
    /// after rc7").
    /// </summary>
    private static bool ReleaseComesAfter(string s, Match rcNamed, int k, int rc, string release)
    {
        var clauseStart = ClauseBounds(s, rcNamed.Index).Start;
        return ReleaseEvent().Matches(s).Any(r => r.Index >= clauseStart && r.Index < rcNamed.Index
            && (!r.Groups["v"].Success || r.Groups["v"].Value == release) && !TalkedAbout().IsMatch(s[clauseStart..r.Index])
            && RcBefore(s[(r.Index + r.Length)..], rc) is { Rc: var after } && after == k);
    }

    /// <summary>
    /// True when a word that ends the cycle stands in <paramref name="part"/> other than as what is talked or written
    /// about ("I'll talk about the final release after that").
    /// </summary>
    private static bool EndNamed(string part) =>
        EndWord().Matches(part).Any(e => !TalkedAbout().IsMatch(part[..e.Index]));

    /// <summary>True when this cycle's version follows as the next step: "(rc7 next week) and then 6.12", "followed by 6.12".</summary>
    private static bool ThenThisRelease(string text, string release) =>
        ThenRelease().Matches(text).Any(m => m.Groups["v"].Value == release);

    /// <summary>Where the sentence turns at the first "but" after <paramref name="index"/>, or its end.</summary>
    private static int UpToBut(string sentence, int index) =>
        But().Match(sentence, index) is { Success: true } but ? but.Index : sentence.Length;

    /// <summary>
    /// True when at most five words and no "and", "so", "but" or "while" stand between the release and its time; words
    /// that only say how sure or how current it is are not counted ("6.7 is no longer / definitely still on track for
    /// next weekend").
    /// </summary>
    private static bool Together(string sentence, Match release, Match time)
    {
        var between = Between(sentence, release, time);
        var counted = SureOrStill().Replace(between, " ").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return counted.Length <= 5 && !Conjunction().IsMatch(between);
    }

    [GeneratedRegex(@"\b(?:no\s+longer|still|now|really|actually|" + HowSure + @")\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SureOrStill();

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

    /// <summary>
    /// True when <paramref name="time"/> opens the sentence (after at most a "so", "and" or "this time") and a comma
    /// follows it, and <paramref name="release"/> stands in the clause right after that comma: "A week from now, 7.9
    /// should be out", "This time next week, the final should be out".
    /// </summary>
    private static bool FrontedTime(string sentence, Match time, Group release)
    {
        var end = time.Index + time.Length;
        return LeadWords().IsMatch(sentence[..time.Index]) && end < sentence.Length && sentence[end] == ','
            && release.Index > end && ClauseBounds(sentence, release.Index).Start == end + 1;
    }

    /// <summary>
    /// True when <paramref name="time"/> is a clause of its own (nothing but the time, maybe after "i.e." or "that is")
    /// right after the clause of <paramref name="release"/>: "I'd like to get 7.10 out before the holidays, next weekend".
    /// </summary>
    private static bool TrailingTime(string sentence, Match time, Match release)
    {
        var (start, end) = ClauseBounds(sentence, time.Index);
        var rest = sentence[start..time.Index] + sentence[(time.Index + time.Length)..end];
        return time.Index > release.Index && ClauseBounds(sentence, release.Index).End == start - 1 && TimeAlone().IsMatch(rest);
    }

    /// <summary>
    /// True when <paramref name="time"/> stands in a relative clause right after <paramref name="release"/> that says when
    /// it comes: "the 3.13 release, which I expect next Sunday", "the final, which should happen next weekend".
    /// </summary>
    private static bool WhichTime(string sentence, Match time, Match release) =>
        time.Index > release.Index + release.Length && WhichComes().IsMatch(sentence[(release.Index + release.Length)..time.Index]);

    // The words between a release and its time in a relative clause: ", which I (now) expect", ", which I plan for", ",
    // which should happen / come / be", ", which will (hopefully) be".
    [GeneratedRegex(@"^\s*(?:(?:release|final|kernel)\b)?\s*,?\s*(?:which|that)\s+(?:(?:i|we)\s+(?:\w+\s+)?(?:expect|plan|hope|intend|want)(?:\s+(?:to\s+(?:happen|come|do|make|have))|\s+(?:it\s+)?(?:for|on))?|(?:should|will|is\s+going\s+to|'ll|would|might|may)\s+(?:\w+\s+)?(?:happen|come|be|land))\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhichComes();

    // What may stand beside a time that is a clause of its own: "i.e.", "that is", "so", "probably".
    [GeneratedRegex(@"^[\s.!]*(?:(?:i\.e\.|that\s+is|so|probably|hopefully|likely)[\s,]*)?[\s.!)]*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeAlone();

    // What may stand before a time that opens a sentence: "so", "and", "this time", "ok", "anyway", "come (next
    // Sunday)", "by (next weekend)".
    [GeneratedRegex(@"^\s*(?:(?:so|and|then|ok|okay|anyway|this\s+time)[\s,]+)?(?:(?:come|by)\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadWords();

    // The noun after "the final" that the release's match leaves out: "the final (release) is unlikely …".
    [GeneratedRegex(@"^\s*(?:release|version|kernel)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseNoun();

    /// <summary>The words between two matches, in whichever order they stand.</summary>
    private static string Between(string sentence, Match one, Match other)
    {
        var (first, second) = one.Index < other.Index ? (one, other) : (other, one);
        return second.Index > first.Index + first.Length ? sentence[(first.Index + first.Length)..second.Index] : string.Empty;
    }

    /// <summary>
    /// True when the claim's words belong to another release named right after or in front of them: "the rc8 for 6.4",
    /// "the last rc of 6.7", "last release's rc8", "5.17's rc8" — or to another project: "the gcc rc8", "the rc8 of the
    /// btrfs tools".
    /// </summary>
    private static bool OfAnotherRelease(string sentence, Match claim, string release) =>
        ReleaseAfter().Match(sentence[(claim.Index + claim.Length)..]) is { Success: true } after && after.Groups["v"].Value != release
        || Owner().Match(sentence[..claim.Index]) is { Success: true } owner && owner.Groups["v"].Value != release
        || ProjectBefore().IsMatch(sentence[..claim.Index]) || ProjectAfter().IsMatch(sentence[(claim.Index + claim.Length)..]);

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
    // "no reason to delay" does, and so does a denial after the delay and what it delays ("delaying the release would be
    // pointless") and what it would only take ("only a major regression would make me delay the release").
    private static bool DelayDenied(string sentence, int index) =>
        Negated(sentence, index) || NothingWill().IsMatch(sentence[ClauseBounds(sentence, index).Start..index]) || OnlyIf().IsMatch(sentence[..index])
        || DelayedThing().Match(sentence, index) is { Success: true } what && DeniedAfter().IsMatch(sentence[(what.Index + what.Length)..])
        || NeedlessDelay().Matches(sentence).Any(n => n.Index <= index && index < n.Index + n.Length);

    // A time the release does not come before, right after the negation: "won't happen until", "not before", "won't be
    // out till".
    [GeneratedRegex(@"\b(?:until|till|before)\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotUntilTime();

    // An rc denied by the words of what was done, not by a "didn't": "without", "avoided", "skipped", "no".
    [GeneratedRegex(@"\b(?:without|avoid(?:ed|ing)?|skip(?:ped|ping)?|no|escaped?)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoneWithout();

    // What an extra rc or week follows: "(one more rc) after rc7", "(an extra week) beyond rc7".
    [GeneratedRegex(@"\G\s*(?:(?:to\s+go|needed)\s+)?(?:after|beyond|past|on\s+top\s+of)\s+(?:the\s+|an?\s+)?-?rc(?<k>\d{1,2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterLaterRc();

    // A pronoun as the subject right before "the last (one)": "it will be", "that won't be", "it's probably".
    [GeneratedRegex(@"\b(?:it|that)(?:'ll|'s|\s+(?:will|would|should|is|isn't|won't|shouldn't|wouldn't|might|may|is\s+going\s+to|isn't\s+going\s+to))?(?:\s+not)?\s+(?:(?:probably|likely|hopefully|really|then|also|definitely)\s+)?(?:be\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounSubject();

    // A "not" or "never" in what is said of an rc ("wasn't enough", "won't be the last one").
    [GeneratedRegex(@"\b(?:not|never)\b|n't\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotOrNever();

    // The past denied, which Negation leaves to the tenses: "5.4 didn't need an rc8", "we never had an rc8"; so is a
    // habit of not, which Negation leaves to the habits: "we seldom need an rc8".
    [GeneratedRegex(@"\b(?:didn't|did\s+not|never|rarely|seldom|wasn't|was\s+not|weren't|were\s+not)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DidNot();

    // Nothing after the verb that compares this cycle but "either", "too" or "as well": "(but 6.21) will.", "(this one)
    // won't either".
    [GeneratedRegex(@"\G\s*(?:either|too|as\s+well)?\s*(?:[.!;,]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VerbAlone();

    // "(the only) thing that could / anything that might (delay)": what might delay, before the delay — not "(I don't
    // think there's) anything that would (merit delaying the release)", a delay denied.
    [GeneratedRegex(MightWhat + @"(?:\w+\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MightDelay();

    // What might cause an rc or a delay (MightWhat), and after it that the cause is gone ("…, and that got fixed / has
    // been resolved / was reverted / went in / has been fine since"; "anything that might have caused an rc8 has been
    // fixed"). A cause still there ("…, but that's still open / hasn't been fixed") may yet be fixed within the week,
    // and says nothing (round 222), nor does one that only "looks fixed".
    [GeneratedRegex(MightWhat + MightLead + @"(?:" + CauseVerb + @"|delay(?:ed)?|held\s+up|hold\s+up|push(?:ed)?\s+back)\s+(?:an?\s+|the\s+)?(?:-?rc\d{1,2}\b|(?:extra|additional)\s+(?:-?rc|release\s+candidate|week)\b|(?:final\s+)?release\b|final\b|things\b|it\b)(?:[^;:—.]*?,?\s+(?:and|but)\s+(?:that|it|this|the\s+latter|those|they)(?:'s|\s+is|\s+are|'re|\s+has|\s+have|\s+got|\s+was|\s+were)?|\s+(?:has|have|is|are|was|were|got)(?=\s))\s+(?:(?:now|since|already|just|finally)\s+)?(?:(?:been|got|gotten)\s+)?(?:(?:fixed|resolved|sorted(?:\s+out)?|solved|reverted|handled|taken\s+care\s+of|gone|dealt\s+with|went\s+in|landed|merged|fine))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CauseGone();

    // What might bring about a later rc, before it: "(the one) thing that could still cause / force / mean (an rc8)",
    // "anything that might have caused (an rc8)".
    [GeneratedRegex(MightWhat + MightLead + CauseVerb + @"\s+(?:an?\s+|the\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MightCause();

    // "(the only) thing that could", "something that might", "anything that would" — not "anything" after a denial.
    // What may stand between "could / might" and what it might do: "still", "yet", "possibly", "have (caused)".
    private const string MightLead = @"(?:(?:still|yet|possibly|conceivably)\s+)?(?:have\s+)?";

    // The verbs of what brings a later rc about: "cause / force / trigger / mean / require / necessitate / lead to /
    // result in", and their past ("might have caused").
    private const string CauseVerb = @"(?:caused?|forced?|triggered|trigger|meant|mean|required?|necessitated?|led\s+to|lead\s+to|resulted\s+in|result\s+in)";

    private const string MightWhat = @"\b(?:thing|things|(?<!\b(?:don't|do\s+not|can't|cannot|isn't|not|no)\b[^,;:—]*)anything|something|what)\s+(?:that\s+)?(?:could|might|would|can|may)\s+";

    /// <summary>
    /// True when the delay is the merge window's, named last before it and taken up by "which" or "it": "… and then
    /// we'll have the merge window over the holidays, which I'll probably extend by a week", "The merge window is over
    /// the holidays, so I'll extend it by a week" — its length, not the release's delay.
    /// </summary>
    private static bool MergeWindowDelayed(string s, Match delay) =>
        MergeWindowLast().IsMatch(s[..delay.Index])
        && (WhichOpens().IsMatch(s[..delay.Index]) || ItTakenUp().IsMatch(delay.Value));

    // The merge window named with no release step after it: the last thing named.
    [GeneratedRegex(@"\bmerge\s+window\b(?:(?!\b(?:releas\w*|final|-?rc\d+)\b)(?:[^.;]|\.(?=\d)))*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MergeWindowLast();

    // A relative clause on what was named before, opened a few words back: ", which I'll probably …".
    [GeneratedRegex(@",\s*which\s+(?:[\w']+\s+){0,3}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WhichOpens();

    // "it" in the delay's own words ("extend it by a week"), standing for what was named before.
    [GeneratedRegex(@"\bit\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItTakenUp();

    // "(Greg is away, so) stable will be a bit delayed", "my replies / responses from me may be delayed", "pull requests
    // might get delayed": what is delayed is named before the delay, and it is not the release.
    [GeneratedRegex(@"\b(?:stable(?:\s+(?:releases?|updates?|kernels?|trees?|queues?|reviews?))?|(?:the\s+|my\s+|some\s+|your\s+)?(?:pull\s+requests?|pulls|replies|responses|answers|reviews|e-?mails?|mails?|backports|linux-next|merging)(?:\s+(?:from|by)\s+(?:me|us))?)\s+(?:(?:will|'ll|may|might|could|would|can|is|are|was|were|(?:is|are)\s+going\s+to)\s+)?(?:(?:be|get|got)\s+)?(?:(?:a\s+bit|a\s+little|somewhat|slightly|probably|likely|also|even)\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherThingDelayed();

    // What a release is said to do without a time of its own: "(the release) will happen / will be done / will come".
    [GeneratedRegex(@"^\s+(?:will|should|is\s+going\s+to|'ll)\s+(?:(?:still|then|probably|likely)\s+)?(?:happen|be\s+(?:done|cut|tagged|made|out)|come|go\s+out)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WillHappen();

    // The words between a time and a release that follows from the clause of the time: "(next week) for a conference,
    // so / which means (that) / and (the release …)".
    [GeneratedRegex(@"^(?:\s+[\w']+){0,4}?\s*,\s*(?:(?:and\s+)?so|which\s+means(?:\s+that)?|and)\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DrawnFrom();

    // A delay called needless: "(another rc) would only / just delay things", "… would delay the release for no good
    // reason / for nothing / needlessly" — not "I'd just delay the release a week", a plan of Linus' own.
    [GeneratedRegex(NeedlessDelayWords, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NeedlessDelay();

    // A delay and what it delays, before a denial after them: "delaying the release (would be pointless)", "holding
    // off on 6.21 (seems unnecessary)".
    [GeneratedRegex(@"\G\w+(?:\s+(?:off|on|back))*\s+" + TheRelease + @"\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DelayedThing();

    [GeneratedRegex(@"\bnothing\s+(?:[\w']+\s+){0,6}?(?:should|will|would|could|is\s+going\s+to|seems\s+to)\s+(?:[\w']+\s+){0,3}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NothingWill();

    /// <summary>True when the sentence plans a later rc by number ("expect an rc8 next Sunday"), not denied nor past.</summary>
    private static bool PlansLaterRc(string sentence, int rc, string release) =>
        LaterRc().Matches(sentence).Any(r => int.Parse(r.Groups["k"].Value, CultureInfo.InvariantCulture) > rc
            && !NotStatedNow(sentence, r.Index, release) && !RcDenied(sentence, r));

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
}
