using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// What turns a claim around: a negation before it ("no rc8"), a denial or doubt after it ("an rc8 seems unlikely",
/// "but I doubt it"), and the double negations and denials of anything else that <see cref="Normalise"/> writes as
/// the plain claim they mean.
/// </summary>
public static partial class ProseReader
{
    /// <summary>
    /// True when a negation stands in the few words before the claim ("no rc8", "not going to need an rc8", "rather than
    /// the final") or opens its clause ("nothing here makes me think …", "things haven't been calm enough to …"), or
    /// when a denied opinion or a denied kind reaches it from further back (<see cref="DeniedOpinionFar"/>, <see
    /// cref="KindDenied"/>) — unless both do, and turn each other around. The claim that is the content of a plan
    /// changed right before it is denied when the change is not: "I'm changing the plan of releasing on the 19th" denies
    /// the release, "I see no reason to change the plan of releasing on the 19th" keeps it (PlanChanged).
    /// </summary>
    private static bool Negated(string sentence, int index)
    {
        if (DeniedByPlan(sentence, index) is { } byPlan)
        {
            return byPlan;
        }

        // "… is not the final but an rc8": the "not" is the other step's; the words after the "but" are the claim's.
        var window = NotThisButThat().Match(sentence[..index]) is { Success: true } contrast
            ? contrast.Groups["that"].Value
            : Window(sentence, index);
        var near = Negation().IsMatch(window) || ClauseNegation().IsMatch(sentence[ClauseBounds(sentence, index).Start..index]);
        return DeniedOpinionFar(sentence, index) is not null || KindDenied(sentence, index) ? !near : near;
    }

    /// <summary>
    /// Whether the claim at <paramref name="index"/> is denied when it is the content of a plan changed right before it
    /// (<see cref="PlanChanged"/>): exactly when the change itself is not denied. Null when no such plan stands there.
    /// </summary>
    private static bool? DeniedByPlan(string sentence, int index) =>
        PlanChanged().Match(sentence[..index]) is { Success: true } plan ? !Negated(sentence, plan.Index) : null;

    // The plan whose content the claim is, changed or given up right before it: "change / alter / rethink / drop /
    // scrap / give up (on) the plan (of / to / for)", "change my plans to" ("to release" may be the claim's own words).
    [GeneratedRegex(@"\b(?:chang(?:e|es|ed|ing)|alter(?:s|ed|ing)?|rethink(?:s|ing)?|rethought|abandon(?:s|ed|ing)?|drop(?:s|ped|ping)?|scrap(?:s|ped|ping)?|giv(?:e|es|ing)\s+up(?:\s+on)?|gave\s+up(?:\s+on)?)\s+(?:the|my|our|this)\s+plans?\s+(?:(?:of|to|for)\s+(?:an?\s+|the\s+)?)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlanChanged();

    [GeneratedRegex(@"\bnot\s+(?:[\w'.-]+\s+){1,4}?but\s+(?<that>(?:[\w'-]+\s+){0,2})$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotThisButThat();

    /// <summary>
    /// True when the claim stands in what "one of those" cycles do, and the cycle is denied to be one of them from
    /// further back than the eight words of <see cref="Window"/>: "This is not going to be one of those releases that
    /// need an rc8", "this doesn't look like it's going to be one of those cycles that end at rc7". ("I don't think this
    /// is one of those …" is a denied opinion, read by <see cref="DeniedOpinionFar"/>.)
    /// </summary>
    private static bool KindDenied(string sentence, int index) =>
        OneOfThoseDenied().Match(sentence[..index]) is { Success: true } kind && kind.Index < WindowStart(sentence, index);

    [GeneratedRegex(@"(?:\bnot|n't|\bnever)\b(?:\s+(?!(?:think|expect|believe|imagine|suspect)\b)[\w']+){0,6}?\s+one\s+of\s+(?:those|these|the)\s+(?:[\w-]+\s+){1,2}?(?:that|which|where|when)\b[^,;:—]*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneOfThoseDenied();

    /// <summary>
    /// The end of a denied opinion that opens the sentence (or what follows its last "but", or a clause of its own
    /// after "and" or "so") and reaches the claim at <paramref name="index"/> from further than the eight words of <see
    /// cref="Window"/>: "I honestly don't think that at this point in time we'll need an rc8", "I really don't think
    /// that, given how calm things have been, we'll need an rc8", "I'm not expecting that anything that comes in this
    /// coming week will push things to an rc8". It reaches over commas only after "that" ("I don't think it matters,
    /// we'll have an rc8 anyway" denies no rc8), and not into a clause of its own ("…, and I'll do an rc8") or a
    /// conclusion drawn from it ("I don't expect anything to change that, so barring any surprises, we'll have 6.12
    /// next Sunday"), a clause within its own ("I don't think anybody will be surprised that we'll have an rc8") nor
    /// past a semicolon, colon or dash, nor to a claim named as the time of something else ("I don't expect any big
    /// changes between now and the final release next weekend"), nor, with <paramref name="release"/>, to a release
    /// that something else is for or in (<see cref="ReleaseAsObject"/>). A negation of the claim's own near it turns it
    /// back: "I don't think the pending fixes are few enough to skip an rc8" expects the rc8. Null when there is none.
    /// </summary>
    private static int? DeniedOpinionFar(string sentence, int index, bool release = false)
    {
        // It opens the sentence, what follows its last "but", or a clause of its own ("So rc7 is out, and I honestly don't
        // think that …").
        var afterBut = But().Matches(sentence[..index]).LastOrDefault() is { } but ? but.Index + but.Length : 0;
        var afterAnd = NewClause().Matches(sentence[..index]).LastOrDefault() is { } joined ? joined.Index + joined.Length : 0;
        var from = Math.Max(afterBut, afterAnd);
        if (DeniedOpinion().Match(sentence[from..index]) is not { Success: true } opinion)
        {
            return null;
        }

        // Only a negation that stands before the window reaches from further back; one in the window is near already.
        var negation = from + opinion.Groups["neg"].Index;
        var end = from + opinion.Index + opinion.Length;
        var reach = sentence[end..index];
        // "I don't think (there's any chance) that, after all the work this week, we'll need an rc8": a "that" before the
        // first comma opens the clause the parenthesis stands in.
        var comma = reach.IndexOf(',', StringComparison.Ordinal);
        var overCommas = opinion.Groups["that"].Success || (comma > 0 && ThatAtEnd().IsMatch(reach[..comma]));
        return negation < WindowStart(sentence, index) && reach.IndexOfAny(overCommas ? [';', ':', '—'] : [',', ';', ':', '—']) < 0
            && !NewClause().IsMatch(reach) && !SoThen().IsMatch(reach) && !AndAnRc().IsMatch(reach) && !NestedClause().IsMatch(reach) && !TimeBefore().IsMatch(reach)
            && !(release && ReleaseAsObject().IsMatch(reach)) ? end : null;
    }

    // "I (honestly / really) don't think / expect / believe / imagine / see (that)", "I'm not expecting / anticipating
    // (that)", "I'd / I'll be (very) surprised if", "I (really) doubt (that)", "there's no way / chance / indication /
    // sign / reason to think (that)", opening the sentence or what follows its last "but" (group that: the "that" or
    // "if" after the verb, which carries the opinion over a parenthesis between commas; group neg: where the negation
    // begins).
    [GeneratedRegex(@"^\s*(?:(?:so|and|well|honestly|frankly|anyway|now)\b,?\s+)*(?:(?:i|we)\s+(?:(?:honestly|really|just|still|simply|frankly|personally|genuinely)\s+)?(?<neg>don't|do\s+not|can't|cannot)\s+(?:really\s+|honestly\s+)?(?:think|expect|believe|imagine|foresee|anticipate|see)|(?:i'm|i\s+am)\s+(?:really\s+|honestly\s+)?(?<neg>not)\s+(?:expecting|anticipating|convinced))\b(?<that>\s+that\b(?!'s|\s+(?:is|was|would|will)\b))?|^\s*(?:(?:so|and|well|honestly|frankly|anyway|now)\b,?\s+)*(?:(?<neg>" + SurpriseFelt + @")\s+(?:\w+\s+)?be\s+(?:\w+\s+)?surprised(?<that>\s+if)|(?<neg>i)\s+(?:really\s+|honestly\s+|seriously\s+)?doubt(?<that>\s+(?:that|whether|if))?|(?:there's|there\s+is)\s+(?:just\s+|simply\s+)?(?<neg>no)\s+(?:way|chance|indication|sign|evidence|reason\s+to\s+(?:think|believe|expect))(?<that>\s+that)?)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeniedOpinion();

    // A clause within the opinion's, whose claim the opinion does not deny: "I don't think anybody will be surprised
    // (when I say) that we'll have an rc8", "I don't think anyone will complain if we have an rc8".
    [GeneratedRegex(@"\b(?:if|when|whether|because|since|than|surprised|shocked|complain|object|mind|care|notice)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NestedClause();

    [GeneratedRegex(@"\bthat\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThatAtEnd();

    // "(I don't think that's unusual for an rc7) and an rc8 (is likely)": a clause whose subject is the rc itself.
    [GeneratedRegex(@"\b(?:and|so)\s+an?\s+$|\b(?:and|so)\s+an?\s+-?rc\d", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndAnRc();

    // What stands before the claim as a time, not as what is denied: "I don't expect any big changes between now and (the
    // final release next weekend)", "… to show up in the last week before (the final release)".
    [GeneratedRegex(@"\b(?:before|until|till|between\s+now\s+and|ahead\s+of|leading\s+up\s+to)\s+(?:the\s+|a\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeBefore();

    // The release as what something else is for or in: "I don't expect that the networking fixes will be a problem for
    // (the final release next weekend)", "… will cause problems in (the final release)" — not "fixed in time for (a
    // release next weekend)" or "comfortable with (releasing next weekend)", which are what the opinion denies. (An rc
    // stays denied: "enough reason for an rc8".)
    [GeneratedRegex(@"(?<!\bin\s+time\s)(?<!\b(?:comfortable|happy|ok|okay|fine|confident)\s)\b(?:for|in|into|of|with|about|on|at)\s+(?:the\s+|a\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseAsObject();

    /// <summary>
    /// True when the negation before a release is its own: in "I don't see any reason to delay the final release" it
    /// denies the delay standing between them, and the release is next. What has not been enough for the release in its
    /// clause denies it however far back it stands ("things haven't calmed down enough for me to feel comfortable
    /// releasing next week"). A plan changed decides as in <see cref="Negated"/>.
    /// </summary>
    private static bool NegatedItself(string sentence, int index, IReadOnlyList<Match> delays)
    {
        if (DeniedByPlan(sentence, index) is { } byPlan)
        {
            return byPlan;
        }

        if (TakesSomethingNotTo().IsMatch(sentence[..index]))
        {
            return false;
        }

        var window = Window(sentence, index);
        var near = (Negation().IsMatch(window) && !delays.Any(d => d.Index < index && d.Index >= index - window.Length - 1))
            || NotEnoughFor().IsMatch(sentence[ClauseBounds(sentence, index).Start..index]);
        // A denied opinion from further back is the release's unless a delay stands between ("I honestly don't think that
        // at this point we should delay the release" lets it stand); so is a denied kind ("this isn't going to be one of
        // those releases where the final comes after rc7").
        var opinion = DeniedOpinionFar(sentence, index, release: true);
        var far = (opinion is not null && !delays.Any(d => d.Index >= opinion && d.Index < index)) || KindDenied(sentence, index);
        return far ? !near : near;
    }

    /// <summary>
    /// True when the rc named is denied: by a negation before it ("no rc8", "I doubt we'll need an rc8"), a denial
    /// right after it ("an rc8 seems unlikely"), a doubt later in its sentence ("there might be an rc8, but I doubt
    /// it", "Greg thinks we need an rc8, but I disagree"; of an rc's avoiding, the doubt turns the denial around:
    /// "I'd like to avoid an rc8, but that's not going to happen"), a sentence that opens with "only if" ("Only if
    /// something bad happens will there be an rc8"), low odds around it ("the odds of an rc8 are pretty low") or
    /// reluctance right before it with no "but" after ("I'm reluctant to do an rc8 just for one driver fix") —
    /// unless it is done all the same ("I don't think an rc8 is needed, but I'll do one anyway") or only put off
    /// ("there won't be an rc8 until the week after": it comes later), and not by the "not" of what only something else
    /// would bring about ("it'd take a real disaster for us not to need an rc8").
    /// </summary>
    private static bool RcDenied(string sentence, Match rc)
    {
        var after = sentence[(rc.Index + rc.Length)..];
        // "Skipping rc8 would be a mistake", "not doing an rc8 would be silly": what is called unwise is the rc's
        // skipping, and the two denials cancel; "it'd take a miracle for us not to need an rc8" denies nothing.
        if ((SkippingIt().IsMatch(sentence[..rc.Index]) && DeniedAfter().IsMatch(after)) || TakesSomethingNotTo().IsMatch(sentence[..rc.Index]))
        {
            return false;
        }

        // "I'd like to avoid an rc8, but that's not going to happen": the doubt is of the avoiding.
        if (AvoidedRc().IsMatch(sentence[..rc.Index]) && DoubtedAfter().IsMatch(after))
        {
            return false;
        }

        // Reluctance with a "but" after it is done all the same: "I'm reluctant to do an rc8, but the alternative is
        // releasing with a known regression".
        return (Negated(sentence, rc.Index) || DeniedAfter().IsMatch(after) || DoubtedAfter().IsMatch(after) || Needless(sentence, rc.Index, after)
            || OnlyIf().IsMatch(sentence[..rc.Index]) || (ReluctantTo().IsMatch(Window(sentence, rc.Index)) && !ButAfter().IsMatch(after))
            || LowOdds().Matches(sentence).Any(o => o.Index <= rc.Index && rc.Index < o.Index + o.Length))
            && !AllTheSame().IsMatch(after) && !PutOffUntil().IsMatch(after);
    }

    // Reluctance right before an rc, not denied: "I'm reluctant / hesitant / loath to do / go to an rc8". ("Not happy
    // about needing an rc9" presupposes the rc, and is no reluctance to do it: see Negation.) Denied, "I'm not reluctant
    // to do an rc8 when it's needed" leaves the rc standing, and the "not" denies nothing (Negation).
    private const string ReluctantToDo = @"(?:reluctant|hesitant|loath|disinclined)\s+to\s+(?:(?:just|really|actually)\s+)?(?:do|have|cut|make|add|tag|go\s+(?:to|for))(?:\s+(?:an?|another|one\s+more))?(?:\s+extra)?\s*$";

    [GeneratedRegex(@"(?<!\b(?:not|never)\s+(?:\w+\s+)?|n't\s+(?:\w+\s+)?)\b" + ReluctantToDo, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReluctantTo();

    // What sets a "but" against the reluctance: "but", "and yet", "though", "however".
    [GeneratedRegex(@"\b(?:but|and\s+yet|though|however)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ButAfter();

    // The rc's skipping as what a sentence goes on to call unwise: "skipping (the) rc8", "not doing an rc8", "going
    // without an rc8".
    [GeneratedRegex(@"(?:^|[,;:—]\s*|\b(?:but|and|that|think|say)\s+)(?:(?:just|simply)\s+)?(?:skipping|avoiding|not\s+(?:doing|having|cutting|making)|going\s+without)\s+(?:the\s+|an?\s+|another\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SkippingIt();

    // "(there won't be an rc8) until the week after / until I'm back / till after the holidays": the rc denied only until
    // a later time comes then.
    [GeneratedRegex(@"^\s*(?:(?:out|done|tagged|released)\s+)?(?:until|till)\s+(?:the\s+week(?:end)?\s+after|after|next|i(?:'m|\s+am|\s+get)\s+back|i\s+return|the\s+following)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PutOffUntil();

    /// <summary>
    /// True when what is named at <paramref name="index"/> is only a possibility that the words after it call needless
    /// ("I could do an rc8, but I don't think it's warranted"). Said as a plan, it comes all the same: "I'll do an rc8,
    /// though it's not strictly needed".
    /// </summary>
    private static bool Needless(string sentence, int index, string after) =>
        NeedlessAfter().IsMatch(after) && !PlainPlan().IsMatch(Window(sentence, index));

    // "Don't be surprised if …" expects what follows as "I wouldn't be surprised if …" does; its "don't" denies nothing
    // (Normalise writes it that way).
    [GeneratedRegex(@"\b(?:don't|do\s+not)\s+be\s+(?:\w+\s+)?surprised\s+if\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotSurprised();

    // What it would be unwise to do: "(releasing next week) would be a mistake / premature / the wrong call", "it would
    // be silly to (do an rc8)".
    private const string Unwise = @"(?:a\s+(?:bad\s+|big\s+|real\s+)?mistake|a\s+bad\s+idea|premature|unwise|irresponsible|reckless|foolish|silly|too\s+(?:early|soon|risky)|the\s+wrong\s+(?:call|choice|thing(?:\s+to\s+do)?|move|decision))";

    // "(the final release) won't happen / won't be next week / isn't going to come / isn't happening / is no longer on
    // track (for next Sunday)", "(the final next week) is looking less likely / seems unlikely / improbable / is not
    // (very) likely / would be a mistake / is a no-go / is out of the question": the release named denied right after
    // ("releasing next week is not a mistake" is no denial).
    [GeneratedRegex(@"^\s*(?:(?:won't|will\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to|shouldn't|should\s+not|can't|cannot|wouldn't|would\s+not)\s+(?:be\b|happen|come|go\s+out)|(?:isn't|is\s+not|is\s+no\s+longer)\s+(?:happening|coming|going\s+out|(?:(?:really|quite|currently)\s+)?on\s+track)\b|(?:is\s+looking|looks|seems|is|(?:is\s+)?getting)\s+(?:less\s+and\s+less|ever\s+less|less|(?:increasingly|very|quite|pretty|rather)\s+(?:unlikely|improbable)|unlikely|improbable|not\s+(?:very\s+|too\s+|all\s+that\s+)?likely)(?:\s+likely)?\b|isn't\s+(?:looking\s+)?(?:very\s+|too\s+|all\s+that\s+)?likely\b|(?:seems|looks|is|feels|(?:would|will|'d)\s+be)\s+(?:(?!not\b)\w+\s+)?(?:" + Unwise + @"|(?:a\s+)?no[\s-]?go|out\s+of\s+the\s+question|off\s+the\s+table)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotComing();

    // "There's no reason why 7.2 shouldn't be released", "I don't see any reason why we wouldn't be on the normal
    // schedule", "I see no reason the final release won't happen": a reason denied for a denial (Normalise writes "i
    // expect 7.2 should be released", "i expect we would be on …", "i expect the final release will happen"). So is a
    // small chance of a denial: "there's a small chance that this isn't the last rc" expects that it is, and so does
    // nothing that makes one think it is not: "nothing here makes me think this won't be a normal seven-rc release".
    [GeneratedRegex(@"(?:(?:\bthere(?:'s|\s+is)\s+|\bi\s+(?:(?!don't\b|do\b|can't\b|cannot\b|see\b)\w+\s+)?)?(?:\bno|(?:don't|do\s+not|can't|cannot)\s+see\s+(?:any|a)|\bsee\s+no)\s+(?:\w+\s+)?reason\s+(?:why\s+|that\s+)?|(?:\bthere(?:'s|\s+is)\s+)?(?:(?:only\s+)?an?\s+)?\b(?:small|slight|tiny|slim|remote)\s+chance\s+(?:that\s+)?|\bnothing\s+(?:[\w']+\s+){0,4}?(?:makes?|made)\s+me\s+(?:think|believe|expect|suspect)\s+(?:that\s+)?)(?<subject>(?:[\w'.]+\s+){0,4}?)(?<verb>(?:would|will|should|could|is|are)n't|won't|can't|(?:would|will|should|could|is|are|can)\s+not)\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoReasonWhyNot();

    /// <summary>"wouldn't" as "would", "won't" as "will", "can't" as "can", "is not" as "is".</summary>
    private static string Affirmed(string verb) => verb switch
    {
        "won't" => "will",
        "can't" => "can",
        _ => verb.Replace("n't", string.Empty, StringComparison.Ordinal).Replace(" not", string.Empty, StringComparison.Ordinal).Trim(),
    };

    // "It doesn't / wouldn't / can't / never hurts to wait a week": no harm in it is a reason for it (Normalise writes
    // "it's better to").
    [GeneratedRegex(@"\b(?:it\s+)?(?:doesn't|does\s+not|wouldn't|would\s+not|won't|will\s+not|can't|cannot|never)\s+hurts?\s+to\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoHarmIn();

    // "It would be / it's / it seems silly / irresponsible / a mistake not to (do an rc8)", "I'd be remiss not to", "I
    // can't not do an rc8": not doing it is ruled out, so it is done (Normalise, and the merge window's reading, write
    // "i'll").
    [GeneratedRegex(@"\b(?:(?:(?:it|i)(?:'d|\s+would)\s+be|it(?:'s|\s+is|\s+seems|\s+would\s+seem|\s+feels))\s+(?:\w+\s+)?(?:silly|irresponsible|foolish|stupid|crazy|insane|reckless|negligent|unwise|wrong|remiss|a\s+mistake|a\s+bad\s+idea|madness)\s+not\s+to|(?:i|we)\s+(?:can't|cannot)\s+(?:really\s+)?not)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnwiseNotTo();

    // "no reason not to", "not any reason not to", "I don't see a reason not to", "I see no reason not to" (Normalise
    // writes "every reason to").
    [GeneratedRegex(@"\b(?:no|not\s+any|(?:(?:don't|do\s+not|can't|cannot)\s+see|see)\s+(?:any|a|no))\s+(?:(?:good|real|particular)\s+)?reason\s+not\s+to\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoubleNegation();

    // "It's not that we need an rc8 - it's that I want one", "it's not that the final is at risk, but rather that …":
    // what "it's not that" puts aside is not denied, only not the reason; the words after it stand (Normalise drops it).
    [GeneratedRegex(@"\b(?:it's|it\s+is)\s+not\s+that\s+(?=(?:[^.;]|\.(?=\d))*?(?:[,—]\s*|\s)(?:but\s+(?:rather\s+|more\s+|just\s+)?(?:that|because)|(?:it's|it\s+is)\s+(?:more\s+|rather\s+|just\s+|simply\s+|really\s+)?(?:that|because))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotThatButThat();

    // "(I wouldn't be) shocked / amazed / astonished / stunned if": surprise by another word (Normalise writes
    // "surprised").
    [GeneratedRegex(@"(?<=\bbe\s+(?:\w+\s+)?)(?:shocked|amazed|astonished|stunned)(?=\s+if\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SurprisedLike();

    // Who would or will be surprised, Linus: "I'd / I would / I'll / I will (be surprised)" — the one list for the
    // denied opinion (DeniedOpinion), the surprise at a denial (SurprisedIfNot) and the denial before a claim.
    private const string SurpriseFelt = @"(?:i'd|i\s+would|i'll|i\s+will)";

    // "(be …) surprised if we / it / this (one) / things / the final / 6.7 didn't / won't …": the denial that surprise,
    // or none, is felt at (SurprisedIfNot, NotSurprisedIfNot).
    private const string SurprisedIfDenied = @"surprised\s+if\s+(?<subject>we|it|this(?:\s+(?:one|rc|release))?|things|the\s+(?:final(?:\s+release)?|release)|v?" + Ver + @"(?:\s+release)?)\s+(?:didn't|did\s+not|don't|do\s+not|doesn't|does\s+not|won't|will\s+not|wouldn't|would\s+not)\s+";

    // "I wouldn't be surprised if we didn't need an rc8 after all": no surprise at a denial calls it possible (Normalise
    // writes "possibly we won't need an rc8").
    [GeneratedRegex(@"\b(?:i\s+)?(?:wouldn't|would\s+not)\s+be\s+(?:\w+\s+)?" + SurprisedIfDenied, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotSurprisedIfNot();

    // "An rc8 is not unlikely", "not entirely unlikely": the litotes says likely (Normalise writes "likely").
    [GeneratedRegex(@"\bnot\s+(?:(?:entirely|completely|at\s+all|all\s+that|totally)\s+)?(?:unlikely|improbable)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotUnlikely();

    // "I'd / I'll be surprised if we didn't need an rc8": surprise at a denial expects what it denies (Normalise writes
    // "i expect we will need an rc8").
    [GeneratedRegex(@"\b" + SurpriseFelt + @"\s+be\s+(?:\w+\s+)?" + SurprisedIfDenied, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SurprisedIfNot();

    // Not rushing the release is taking the time it needs: "I don't want to rush the release", "I'd rather not rush
    // things", "let's not rush it", "(there's) no point in rushing 6.21", "rushing the release would be a mistake", "it
    // would be unwise to rush it" (Normalise writes "i'd rather have an extra week", a lean to the extra rc).
    private const string RushedThing = @"rush(?:ing)?\s+" + TheRelease + @"\b";

    [GeneratedRegex(@"\b(?:(?:i|we)\s+)?(?:don't|do\s+not|won't|will\s+not|wouldn't|would\s+not|shouldn't|should\s+not|(?:i'd|i\s+would)\s+rather\s+not|(?:i'm|i\s+am|we're|we\s+are)\s+not\s+going\s+to|let's\s+not|(?:(?:there's|there\s+is|i\s+see)\s+)?no\s+(?:point|reason|need)\s+(?:in|to))\s+(?:want\s+to\s+|like\s+to\s+)?" + RushedThing + @"|\b" + RushedThing + @"\s+(?:seems|looks|is|feels|(?:would|will|'d)\s+be)\s+(?:\w+\s+)?" + Unwise + @"|\b(?:it\s+)?(?:would|will|'d)\s+be\s+" + Unwise + @"\s+to\s+" + RushedThing, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotRushed();

    // An aversion to what follows, which ends the words before the claim: "I'd feel (a bit) bad about (releasing next
    // weekend / another rc)", "I have a bad feeling about (releasing next weekend)", "the size of rc7 makes me unhappy
    // about", "I'm reluctant / hesitant / loath to (release)". It denies the claim as "not happy about releasing" does;
    // a worry ("nervous about releasing") only leaves it open (Undecided). Not "reluctant to do an rc8", which is
    // reluctance before the rc (RcDenied).
    private const string AverseTo = @"(?:feel(?:s|ing)?\s+(?:[\w']+\s+){0,2}?bad\s+about|(?:have|had|got|get)\s+(?:a\s+)?(?:(?:really|very|pretty)\s+)?bad\s+feeling\s+about|unhappy\s+(?:about|with)|reluctant|hesitant|loath|disinclined)";

    // "I'm not (too) worried about the release next weekend", "nothing here makes me nervous about releasing next
    // week": a worry denied about the release lets it stand; the denial is the worry's, not the release's (Normalise
    // writes "i expect the release next weekend"). So does an aversion denied ("I'm not reluctant to release next
    // weekend", "I don't / wouldn't feel bad about releasing", "nothing here / the fixes don't make me unhappy about
    // releasing"), whose "to" stays for the claim ("i expect to release next weekend"). Not "I'm not worried about an
    // rc8", which may mean either.
    [GeneratedRegex(@"(?:\b(?:i'm|i\s+am|we're|we\s+are)\s+not|\b(?:nothing\s+(?:[\w']+\s+){0,6}?makes?|(?:don't|doesn't|do\s+not|does\s+not|won't|wouldn't)\s+make)\s+(?:me|us))\s+(?:(?:too|that|very|really|particularly|terribly|overly|at\s+all)\s+)?(?:(?:worried|worry|concerned|nervous|uneasy|anxious)\s+(?:about|over)|" + AverseTo + @")\s+(?=(?:to\s+)?(?:the\s+)?(?:final|release|releasing|v?" + Ver + @"(?![\w-]|\.\d)))|\b(?:i|we)\s+(?:don't|do\s+not|wouldn't|would\s+not|won't|will\s+not)\s+(?:really\s+)?feel\s+(?:(?:too|that|very|at\s+all)\s+)?bad\s+about\s+(?=(?:the\s+)?(?:final|release|releasing|v?" + Ver + @"(?![\w-]|\.\d)))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoWorryAbout();

    // "nothing here makes me think this will be anything but a normal release", "I don't see this being anything other
    // than …", "I'm not expecting anything but the usual rc7", "nothing here suggests anything but a normal release
    // cycle", "there's no reason to expect anything else than a final release next weekend": a denial of anything else
    // affirms it (Normalise writes "i expect this will be a normal release").
    [GeneratedRegex(@"(?:\bnothing\s+(?:[\w']+\s+){0,6}?(?:makes?|suggests?|indicates?)\s+me\s+(?:think|believe|expect)|\bnothing\s+(?:[\w']+\s+){0,6}?(?:suggests?|indicates?|points\s+to)|\b(?:i\s+)?(?:don't|do\s+not|can't|cannot)\s+(?:see|think|expect|imagine)|\b(?:i'm|i\s+am)\s+not\s+(?:really\s+)?(?:expecting|anticipating|seeing|planning(?:\s+on)?)|\bno\s+reason\s+to\s+(?:expect|think|believe))\s+(?<rest>(?:[\w']+\s+){0,6}?)anything\s+(?:else\s+(?:but|than)|but|other\s+than|except)\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnythingBut();

    // "I can't see how we avoid an rc8", "I don't see a way to avoid an rc8", "I'm not sure how we'd avoid an rc8", "we
    // can't skip / avoid rc8", "I doubt / don't think we can avoid an rc8", "there's no way we can avoid an rc8", "I
    // don't see us avoiding an rc8", "I don't want to skip rc8", "there's no way around / no avoiding an rc8", "I don't
    // see any way around an rc8": no way around it (Normalise writes "i expect we'll have an rc8"; a negation and the
    // avoiding in the same few words would otherwise count once).
    [GeneratedRegex(@"\b(?:there's|there\s+is)\s+no\s+(?:(?:real\s+)?way\s+around|avoiding|getting\s+around|escaping|(?:real\s+)?way\s+to\s+avoid)\s+|\b(?:we|i)\s+(?:can't|cannot|couldn't|won't\s+be\s+able\s+to)\s+(?:really\s+)?(?:avoid(?:ing)?|skip(?:ping)?|get\s+away\s+without|escape)\s+|\b(?:i\s+(?:really\s+|seriously\s+)?doubt|(?:i|we)\s+(?:really\s+)?(?:don't|do\s+not)\s+(?:think|believe|expect)|(?:there's|there\s+is)\s+no\s+way)\s+(?:that\s+|whether\s+)?(?:we|i)(?:'ll|\s+(?:can|could|will|would))\s+(?:really\s+)?(?:be\s+able\s+to\s+)?(?:avoid|skip|get\s+away\s+without|escape)\s+|\b(?:i|we)\s+(?:don't|do\s+not|can't|cannot)\s+see\s+(?:us|me)\s+(?:avoiding|skipping|getting\s+away\s+without|escaping)\s+|\b(?:i|we)\s+(?:really\s+)?(?:don't|do\s+not)\s+want\s+to\s+(?:avoid|skip)\s+|\b(?:(?:i\s+)?(?:can't|cannot|don't|do\s+not)\s+see|(?:i'm|i\s+am)\s+not\s+(?:\w+\s+)?sure)\s+(?:how|a\s+way|any\s+way)\s+(?:(?:we|i)(?:'d|'ll|\s+(?:can|could|would|will))?\s+|to\s+)(?:avoid(?:ing)?|skip(?:ping)?|get(?:ting)?\s+away\s+without)\s+|\b(?:i\s+)?(?:can't|cannot|don't|do\s+not)\s+see\s+(?:a|any)\s+(?:real\s+|good\s+)?way\s+around\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoWayAround();

    // "I'm not ruling out an rc8", "I won't rule out releasing next weekend", "I can't rule out an rc8", "I haven't ruled out
    // an rc8", "I'm not excluding an rc8": a possibility left open, not a denial (Normalise writes "possibly", a hedge).
    [GeneratedRegex(@"\b(?:(?:i|we)\s+(?:can't|cannot|couldn't|won't|will\s+not|wouldn't|would\s+not|don't|do\s+not|haven't|have\s+not)|(?:i'm|i\s+am|we're|we\s+are)\s+not(?:\s+(?:going\s+to|gonna))?)\s+(?:(?:completely|entirely|totally|yet)\s+)?(?:rul(?:e|ed|ing)\s+out|exclud(?:e|ed|ing))\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotRuledOut();

    // "rc6 is small, which makes an rc8 unlikely", "…, which makes it unlikely that we need an rc8", "that makes a release
    // right after rc7 more likely": what is made (un)likely is said to be so (Normalise writes "which means an rc8 is
    // unlikely", "which means it's unlikely that …"), so that the denial after it turns it as "an rc8 is unlikely" does.
    [GeneratedRegex(@"\bmak(?:es|ing)\s+(?:(?<it>it)\s+(?<how>" + HowLikely + @")(?=\s+that\b)|(?<what>(?!(?:it|that|this|me|us|them)\s)(?:[\w'.-]+\s+){1,8}?)(?<how>" + HowLikely + @")(?=\s*(?:[.,;!:—]|$)))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MadeLikely();

    // How likely something is made: "(very) unlikely", "more / less likely", "improbable".
    private const string HowLikely = @"(?:(?:very|quite|pretty|rather|increasingly|much|far|a\s+lot|even)\s+)?(?:(?:un|more\s+|less\s+)?likely|(?:im)?probable)";

    // "the odds of an rc8 are pretty low", "the chances for an rc8 seem slim": a denial around the claim.
    [GeneratedRegex(@"\b(?:odds|chances?|likelihood|probability)\s+(?:of|for)\s+(?:an?\s+)?-?rc\d{1,2}\s+(?:are|is|seem|seems|look|looks)\s+(?:\w+\s+)?(?:low|slim|small|remote|minimal)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LowOdds();

    // "there might be an rc8, but I doubt it / I'd be surprised / I wouldn't bet on it / I don't expect one / I'm not
    // expecting it to", "an rc10 would be unprecedented, and it's not happening", "Greg thinks we need an rc8, but (or
    // and) I disagree / but (honestly,) I don't see the need / why / I don't think it's needed / it will be / but I
    // don't", "…, but I'm not convinced", "we might need an rc8, but I'm hoping not", "…, but it doesn't look likely /
    // that seems unlikely", "I could release next week, but I'd rather not", "this is almost the last rc, but not
    // quite", "I'm not ruling out an rc8, but it's not the plan (either) / but I'm not planning on one", "the plan was
    // to release after rc7, but that's not what I'll do / what's going to happen" (not "though I'm hoping not to have
    // to do an rc8", which hopes against something else): the doubt or denial after the claim denies it — an rc, the
    // last rc named ("this might be the last rc, but I doubt it") or the release with its time or after this rc. So
    // does a wish that he cannot have: "I'd like to release next week, but (so far it looks like) I can't / but it
    // doesn't look like I can / but I don't think I can". And what the facts say the other way: "…, but the regressions
    // / the numbers / reality say otherwise". And a reason for it found wanting: "the only reason for an rc8 would be
    // the holidays, and I don't think that's enough (of a reason) / but that's not a good enough reason".
    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?(?:\b(?:and|but|though|although)\s+(?:(?:honestly|frankly),?\s+)?(?:i\s+(?:don't|do\s+not)\s+think\s+(?:that|it)(?:'s|\s+is)|(?:that|it)(?:'s\s+not|\s+is\s+not|\s+isn't))\s+(?:really\s+|quite\s+)?(?:(?:a\s+)?(?:good|strong|big)\s+enough\s+reason|enough(?:\s+of\s+a\s+reason|\s+(?:of\s+a\s+|a\s+)?reason)?|reason\s+enough|sufficient|(?:a\s+)?(?:good|real|valid)\s+reason)(?:\s+(?:for|to)\s+[^.;,]*)?(?=\s*(?:[.!;,)]|$))|\b(?:but|though|although)\s+(?:the\s+|my\s+)?(?:remaining\s+|open\s+)?(?:regressions?|numbers|data|stats|bug\s+reports?|reports|reality|facts|tests?|testing|gut|experience)\s+(?:says?|tells?\s+(?:me|us)|suggests?)\s+otherwise\b|\b(?:but|though|although)\s+(?:(?:so\s+far|right\s+now|for\s+now|at\s+this\s+point|honestly|sadly),?\s+)?(?:(?:(?:it\s+)?(?:looks|seems)\s+like\s+|i\s+(?:don't|do\s+not)\s+think\s+)?(?:i|we)\s+(?:can't|cannot|(?:won't|will\s+not)\s+be\s+able\s+to)|it\s+(?:doesn't|does\s+not)\s+(?:look|seem)\s+like\s+(?:i|we|it)(?:\s+can|\s+will|'ll)(?:\s+be(?:\s+able\s+to)?)?)(?=\s*(?:[.!;,)]|$))|\b(?:but|though|although)\s+i\s+(?:\w+\s+)?doubt\s+(?:it|that)\b|\b(?:but|though|although)\s+(?:i'd|i\s+would)\s+be\s+(?:\w+\s+)?surprised(?=\s*(?:[.!;,)]|$))|\b(?:i\s+)?(?:wouldn't|would\s+not|don't|do\s+not)\s+(?:bet|count)\s+on\s+(?:it|that)\b|\band\s+i(?:\s+(?:strongly|completely|totally|respectfully))?\s+disagree\b|\b(?:but|though|although)\s+(?:(?:honestly|frankly|personally|to\s+be\s+honest),?\s+)?i(?:\s+\w+)?\s+(?:disagree|(?:don't|do\s+not)(?=\s*(?:[.!;)]|$))|(?:don't|do\s+not)\s+(?:agree|think\s+so|think\s+(?:(?:it|that|this|one)(?:\s+(?:will|would|is)|'ll|'s)(?:\s+be)?|(?:i|we)\s+(?:can|will|could|would))(?=\s*(?:[.!;,)]|$))|see\s+(?:the|a|any)\s+(?:need|point|reason)|(?:really\s+)?expect\s+(?:one|it|that|to)|think\s+(?:we'll|we\s+will|it'll|it\s+will|that'll|that\s+will|(?:it's|that's|it\s+is|that\s+is)\s+going\s+to)\s+(?:need|have|come\s+to|happen)(?:\s+(?:one|it|that))?|see\s+(?:that|it|this)\s+happening|think\s+(?:it's|it\s+is|that's|that\s+is|one\s+is)\s+(?:really\s+)?(?:needed|necessary|warranted|called\s+for|required)|see\s+why|see\s+how(?=\s*(?:[.!;)]|$)))|(?:'m|am)\s+not\s+(?:convinced|so\s+sure))\b|\b(?:but|though|although)\s+(?:(?:right\s+now|for\s+now|at\s+this\s+point|honestly|frankly),?\s+)?(?:i\s+(?:can\s+)?see\s+no\s+way|i\s+(?:don't|do\s+not|can't|cannot)\s+see\s+(?:a|any)\s+way|there's\s+no\s+way)\b(?:\s+(?:to\s+make\s+(?:that|it|this)\s+happen|(?:that|it|this)\s+(?:will\s+|can\s+|could\s+)?happens?))?(?=\s*(?:[.!;,)]|$))|\b(?:but|though|although)\s+i(?:'m|\s+am)\s+not\s+(?:really\s+)?(?:expecting\s+(?:one|it|that|to)|convinced|so\s+sure)\b|\b(?:it|that)(?:'s|\s+is)\s+not\s+(?:going\s+to\s+)?happen(?:ing)?\b|\b(?:it|that)\s+(?:won't|will\s+not)\s+happen\b|\b(?:but|though|although)\s+(?:i'd|i\s+would)\s+rather\s+not\b|\b(?:but|though|although)\s+(?:it|that|this|one)\s+(?:(?:doesn't|does\s+not)\s+(?:look|seem)\s+(?:(?:very|all\s+that|too|particularly)\s+)?(?:likely\b(?!\s+to\b)|(?:possible|doable|realistic|feasible)\b|like\s+it(?=\s*(?:[.!;,)]|$)))|(?:seems|looks|is|sounds)\s+(?:(?:very|quite|pretty|fairly|rather|increasingly)\s+)?(?:unlikely\b(?!\s+to\b)|(?:impossible|unrealistic)\b))|\b(?:but|though|although)\s+(?:(?:right\s+now|for\s+now|at\s+this\s+point|honestly),?\s+)?(?:i'm\s+hoping|i\s+hope|hopefully|i'd\s+hope)\s+not\b(?=\s*(?:[.!;,)]|$))|\bbut\s+not\s+(?:quite|yet|quite\s+yet)\b(?=\s*(?:[.!;:,)—]|$))|\b(?:but|though|although)\s+(?:(?:it|that|one)(?:'s\s+not|\s+is\s+not|\s+isn't)\s+(?:(?:really|currently|necessarily)\s+)?(?:the\s+plan|my\s+plan|what\s+i(?:'m|\s+am)\s+(?:planning(?:\s+(?:on|for))?|expecting)|what\s+(?:i'll|i\s+will|i'm\s+going\s+to|we'll|we\s+will|we're\s+going\s+to)\s+do|what(?:'s|\s+is)\s+going\s+to\s+happen|what\s+will\s+happen)|i(?:'m|\s+am)\s+not\s+(?:really\s+|currently\s+)?planning\s+(?:on|for)\s+(?:one|it|that))(?:\s+(?:either|right\s+now|at\s+this\s+point|yet))?(?=\s*(?:[.!;,)]|$)))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoubtedAfter();

    // "I could do an rc8, but I don't think it's warranted", "there's been talk of an rc8, but there's no real need for
    // one", "I could do the final next week, but I don't think it's a good idea", "an rc8 would be unusual, and I don't
    // think it's warranted": a possibility called needless after it is denied (Needless).
    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?(?:\b(?:but|though|although|and)\s+(?:(?:honestly|frankly|really),?\s+)?(?:i\s+(?:don't|do\s+not)\s+(?:think|believe|feel\s+like)\s+(?:it's|it\s+is|that's|that\s+is|it\s+would\s+be|it'd\s+be|it\s+will\s+be|it'll\s+be)|(?:it's|it\s+is|that's|that\s+is)\s+not|(?:it|that)\s+(?:isn't|wouldn't\s+be|would\s+not\s+be)|(?:it|that)\s+(?:doesn't|does\s+not)\s+(?:seem|look|feel)(?:\s+like)?)\s+(?:(?:really|actually|strictly|all\s+that|particularly)\s+)?(?:warranted|needed|necessary|required|called\s+for|justified|worth\s+it|(?:a\s+)?(?:good|great|smart|wise)\s+idea)\b|\b(?:but|though|although)\s+there(?:'s|\s+is)\s+no\s+(?:real\s+)?need(?:\s+for\s+(?:it|one|that))?(?=\s*(?:[.!;,)]|$)))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NeedlessAfter();

    // A plan said plainly before the claim: "I'll do an rc8", "we're going to have", "there will be".
    [GeneratedRegex(@"\b(?:i'll|we'll|i\s+will|we\s+will|(?:i'm|we're)\s+(?:going\s+to|doing|having|cutting|releasing)|there'll\s+be|there\s+will\s+be)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainPlan();

    // "I don't think an rc8 is needed, but I'll do one anyway / just to be safe", "…, but I'm going to do one because
    // of my travel", "…, but there will be one", "(an rc9 isn't something I do lightly,) but this time it's needed / I
    // think it's the right call", "(it's not like I want an rc8,) but I think / it looks like / I'm afraid we need
    // one": what is done all the same after its denial comes (RcDenied). ("I'll release it" needs the "anyway".)
    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?\b(?:but|though|so)\s+(?:(?:i'll|we'll|i\s+will|we\s+will|i'm\s+going\s+to|we're\s+going\s+to|i'm|we're)\s+(?:(?:just|still|probably|likely)\s+)?(?:do(?:ing)?|hav(?:e|ing)|mak(?:e|ing)|cut(?:ting)?|releas(?:e|ing)|tag(?:ging)?)|there(?:'ll|\s+will)\s+(?:still\s+)?be)\s+(?:(?:one|it|another(?:\s+one)?)\s+(?:anyway|regardless|nonetheless|all\s+the\s+same|just\s+in\s+case|(?:just\s+)?to\s+be\s+(?:safe|sure)|out\s+of\s+caution)|(?:one|another(?:\s+one)?)(?=\s*(?:[.!;,)—]|$)|\s+(?:because|since|as|due|given|for|this\s+time)\b))\b|^(?:[^.;]|\.(?=\d))*?\bbut\s+(?:this\s+time\s+)?(?:i\s+(?:really\s+)?(?:think|believe|feel)\s+(?:that\s+)?)?(?:it's|it\s+is)\s+(?:(?:really|simply|just|clearly)\s+)?(?:needed|necessary|warranted|called\s+for|justified|the\s+right\s+(?:call|thing(?:\s+to\s+do)?|choice)|the\s+way\s+to\s+go)(?:\s+this\s+time)?(?=\s*(?:[.!;)]|$))|^(?:[^.;]|\.(?=\d))*?\bbut\s+(?:i\s+(?:(?:really|honestly|do)\s+)?(?:think|believe|suspect|fear)\s+|(?:it|this)\s+(?:looks|seems)\s+(?:like|as\s+if|as\s+though)\s+|i'm\s+(?:afraid|(?:pretty\s+|fairly\s+|quite\s+)?sure)\s+(?:that\s+)?)?(?:we|i)(?:'ll)?\s+(?:(?:do|really|probably|likely|will|still|just)\s+)*need\s+(?:one|it|another(?:\s+one)?)(?=\s*(?:[.!;,)—]|$)|\s+(?:anyway|regardless|all\s+the\s+same|because|since|this\s+time)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AllTheSame();

    // "Only if something really bad happens will there be an rc8", "The only thing that might make me do an rc8 is if …",
    // "Only a major regression would make me delay the release", "It would take something major to make me do an rc8",
    // "It would have to be something pretty bad to delay 6.21": what comes only then is not expected (not "it would take
    // a week to test this, so …", where the claim stands beyond the clause).
    [GeneratedRegex(@"^\s*only\s+(?:if|when|in\s+case)\b|^\s*(?:[\w']+,?\s+){0,2}?the\s+only\s+(?:thing|way)\s+(?:that\s+)?(?:would|could|might|will)\s+(?:make|force|get)\s+(?:me|us)\s+(?:to\s+)?(?:do|need|consider|cut|have)\b|^\s*only\s+(?:a|an|some|something|the)\b(?:\s+[\w'-]+){0,4}?\s+(?:would|will|could|might)\s+(?:make|force|get)\s+(?:me|us)\b|^\s*(?:[\w']+,?\s+){0,2}?it(?:\s+would|\s+will|'d|'ll)\s+(?:take|have\s+to\s+be)\s+(?:[\w'-]+\s+){1,4}?to\s+(?:make\s+(?:me|us)\s+)?(?:[\w']+\s+){0,2}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OnlyIf();

    // "It would take something fairly dramatic for me to not release 6.7 next weekend", "it'd take a real disaster for
    // us not to need an rc8": the "not" belongs to what only that would bring about, so what follows is what comes.
    [GeneratedRegex(@"^\s*(?:[\w']+,?\s+){0,2}?it(?:\s+would|\s+will|'d|'ll)\s+take\s+(?:[\w'-]+\s+){1,4}?for\s+(?:me|us|[\w']+)\s+(?:to\s+not|not\s+to)\s+(?:[\w']+\s+){0,2}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TakesSomethingNotTo();

    // A comparison that ends right before the claim: "… rather have that in an rc than in (the final release)". Negation
    // reads the same words as a denial; a final compared this way only leans (SentenceClaims).
    private const string ThanBefore = @"\bthan(?:\s+(?:in|with|for|to|into))?$";

    [GeneratedRegex(ThanBefore, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RatherThan();

    // The words of a needless delay (NeedlessDelay), which also deny the rc they are said of (DeniedAfter: "another rc
    // would only delay things").
    private const string NeedlessDelayWords = @"(?<!\b(?:i|we))(?:\s+would|'d)\s+(?:(?:only|just|simply|merely)\s+(?:delay|postpone|drag\s+(?:\w+\s+)?out|hold\s+(?:\w+\s+)?up|push\s+(?:\w+\s+)?(?:out|back))\b|(?:delay|postpone|drag|hold|push)\b(?=(?:\s+[\w']+){0,3}?\s+(?:for\s+no\s+(?:good\s+|real\s+|particular\s+)?reason|for\s+nothing|needlessly|unnecessarily|pointlessly)\b))";

    // "an rc8 isn't needed", "rc8: not needed", "an rc8 wouldn't help", "an rc8 may / might not be necessary" (Hedge
    // hedges it; not "an rc8 won't hurt / wouldn't be a bad idea / wouldn't surprise me"), "… seems unlikely", "… is
    // looking less and less likely", "… is possible but unlikely", "… would surprise me", "… would be a mistake / silly
    // / (just) a waste of time", "… is a no-go", "… is out of the question", also after a short relative clause ("the
    // rc9 I was worried about seems unnecessary", "the rc8 that some people were expecting isn't going to happen", "the
    // rc9 I mentioned as a possibility last week doesn't look necessary") — but "an rc8 is not out of the question"
    // only calls it possible (Hedge).
    [GeneratedRegex(@"^\s*(?:[:—-]\s*(?:not|no)\s+(?:needed|necessary|required|planned|happening|likely)\b|(?:(?:that\s+|which\s+)?(?:(?:some|many|most|a\s+few|several|other)\s+)?(?:i|we|you|people|folks|others)\s+(?:[\w']+\s+){0,6}?)?(?:(?:doesn't|does\s+not|isn't|is\s+not|won't|will\s+not|wouldn't|would\s+not|shouldn't|should\s+not|(?:may|might)\s+(?:well\s+)?not)\b(?!\s+(?:\w+\s+)?(?:out\s+of\s+the\s+question|off\s+the\s+table|impossible|ruled\s+out|hurt|surprise|be\s+(?:a\s+|the\s+)?(?:bad|terrible|crazy|surprise|surprising|unexpected|unusual|problem|big\s+deal|worst|end\s+of\s+the\s+world))\b)|(?:is|seems)\s+(?:(?!not\b)\w+\s+)?(?:out\s+of\s+the\s+question|off\s+the\s+table)\b|(?:seems|looks|is|feels|(?:would|will|'d)\s+(?:just\s+|only\s+|simply\s+|really\s+)?be)\s+(?:\w+\s+)?(?:(?:possible|conceivable|not\s+impossible),?\s+(?:but|though|yet)\s+(?:\w+\s+)?)?(?:unlikely|unnecessary|unneeded|overkill|pointless|superfluous|no[\s-]?go|a\s+waste(?:\s+of\s+(?:[\w']+\s+)?(?:time|effort))?)\b|(?:seems|looks|is|feels|(?:would|will|'d)\s+be)\s+(?:\w+\s+)?" + Unwise + @"\b|(?:would|will)\s+(?:\w+\s+)?(?:surprise|be\s+(?:a\s+)?(?:surprise|surprising))\b|(?:is\s+looking|looks|seems|is|(?:is\s+)?getting)\s+(?:less\s+and\s+less|ever\s+less|less)\s+likely\b|(?=" + NeedlessDelayWords + @")))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DeniedAfter();

    // "Nothing here makes me think …", "nothing in this rc that would make me want …", "nothing pending that would
    // justify an rc8", "there's nothing that screams rc8", "none of the remaining issues look like they need an rc8",
    // "nobody has asked for an rc8", "nothing on the list looks serious enough to need an rc8", "nothing has come up
    // that would be serious enough to delay the final", "there's nothing here that should cause / force an rc8",
    // "there's not a single thing on the regression list that makes me think of an rc8", "nothing is screaming 'rc8' at
    // me", "I'm not seeing / I haven't seen anything that would make me think we need an rc8" ("I don't see …" is a
    // DeniedOpinion): denies whatever its clause goes on to claim, however far on (ClauseNegation), not only in the
    // eight words before a claim. Not a worry denied: "nothing here makes me worry about the release next weekend" lets
    // the release stand.
    private const string NothingSuggests = @"\b(?:nothing(?:'s)?|nobody|no\s+one|none\s+of|not\s+(?:a\s+single|one)\s+(?:thing|issue|regression|report)|(?:i'm|i\s+am)\s+not\s+seeing\s+anything|i\s+(?:haven't|have\s+not)\s+seen\s+anything)\s+(?:[\w']+\s+){0,9}?(?:makes?|making|suggests?|suggesting|indicates?|indicating|points?|pointing|says?|saying|justif(?:y|ies)|warrants?|requires?|calls?\s+for|calling\s+for|merits?|screams?|screaming|caus(?:e|es)|forces?|forcing|triggers?|necessitates?|looks?\s+like|seems?\s+like|needs?|wants?|asked\s+for|(?:looks?|seems?|is|are|(?:would|could|might|will)\s+be)\s+(?:\w+\s+)?enough\s+to)\b(?!\s+(?:me|us)\s+(?:worry|worried|nervous|concerned|uneasy|hesitant|doubt|fear))";

    // What has not been (so) enough for what follows in its clause, however far on: "things haven't calmed down enough
    // (for me) to release next week", "it hasn't been calm enough for the final", "the fixes haven't had enough time in
    // linux-next for me to release", "the number of fixes hasn't been enough to make me think we need an rc8", and in
    // the present "it's not / isn't / won't be enough to make me think we need an rc8", "we're not in good enough shape
    // for rc7 to be the last" (a past "haven't" alone denies nothing: "we haven't had an rc8 in a while").
    private const string NotEnough = @"\b(?:haven't|hasn't|have\s+not|has\s+not|didn't|did\s+not|wasn't|weren't|was\s+not|were\s+not|isn't|is\s+not|'s\s+not|aren't|are\s+not|'re\s+not|(?:won't|wouldn't|will\s+not|would\s+not)\s+be)\s+(?:[\w']+\s+){0,3}?enough(?:\s+[\w-]+){0,3}?(?=\s+(?:for|to)\b|\s*$)";

    // Too much of something for the claim right after it: "there are too many fixes coming in for this to be the last
    // rc", "too much is still in flux for me to release next weekend" — the claim itself (or its "to"), or "be / do /
    // tag / call / make / cut / have / justify / consider / risk / feel good about / be comfortable with" and at most
    // three words before it (not "the fix is too risky for me to merge before the final", whose final stands; nor "not
    // too late for us to …").
    private const string TooMuchFor = @"(?<!\b(?:not|never)\s+)\btoo\s+[a-z]+\b(?:\s+[\w'-]+){0,8}?\s+for\s+(?:[\w'-]+\s+){1,2}?(?:to\s+(?:(?:be|do|tag|call|make|cut|have|justify|consider|risk|feel\s+(?:good|ok|okay|comfortable|confident)\s+(?:about|with)|be\s+(?:comfortable|happy|ok|okay)\s+(?:with|about))\b(?:\s+[\w'-]+){0,3}?\s*)?)?$";

    [GeneratedRegex(NothingSuggests + "|" + NotEnough + "|" + TooMuchFor, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseNegation();

    // What the release named after it has not had enough of, or too much of something stands in its way: NotEnough,
    // TooMuchFor.
    [GeneratedRegex(NotEnough + "|" + TooMuchFor, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotEnoughFor();

    // "Nothing (has / will) push(ed) us past rc7", "nobody wants to go past rc7": nothing as the subject of the verb that
    // takes the cycle past an rc, which the claim starts with (so NothingSuggests, before the claim, does not see it).
    [GeneratedRegex(@"\b(?:nothing|nobody|no\s+one|none\s+of\s+(?:them|these|those|the\s+[\w-]+))(?:\s+[\w']+){0,5}?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NothingAsSubject();

    // "nothing here makes me think we need an rc8", "none of them would hold up the release", "avoid / skip an rc8",
    // "we avoided / dodged an rc8", "it'd be irresponsible / premature / a mistake to" (the "to" may be the claim's:
    // "to release"), "I'd / I'll be surprised if we needed an rc8", "I doubt we'll need an rc8", "I can't see any
    // reason to do an rc8", "I fail to see the point of an rc8", "I can't justify / I'd be hard pressed to justify an
    // rc8" (not "I can't see how …") deny what follows as well, and so does a comparison right before the claim ("I'd
    // rather have that in an rc than in the final release"), and so do "it's unlikely that" and "a small / slight
    // chance of" (which Hedge hedges as well: a hedged denial), "hardly", "zero / little reason", "I'd hate to", "I'm
    // against", "scratch / cancel / call off (the rc8)" (but "that doesn't change / affect the plan for a release next
    // weekend" denies the change, not the release), "I'm pessimistic / less optimistic about", "I've decided against",
    // "I wouldn't say", "we shouldn't / wouldn't need", "there needn't / shouldn't be", "can't / wouldn't / mustn't /
    // shouldn't" right before the claim or its verb ("we can't release next week", "we can't do an rc8", "there can't
    // be an rc8", "we can't afford another rc"), "I wouldn't be / feel comfortable / happy / ready (releasing next
    // weekend)". "I'm not sure (yet) whether we'll need an rc8" doubts (Undecided), it does not deny, nor does "I'm not
    // sure how much testing rc7 will get"; "I'm not sure we'll need an rc8" does. "It's not impossible / not out of the
    // question" only calls it possible (Hedge). "Too" right before the claim says it is not to be: "things are too
    // unsettled to release next week", "too many open issues for a release next week" (not "too early to say whether
    // …"); a "too" denied is two negations, and none: "it's not too late for a release next week", "nothing here is too
    // scary for a release". Reluctance right before the claim ("I'm not happy / thrilled about doing an rc9", "… about
    // another week") does not deny it: he does it anyway ("not happy about releasing …" still denies). An aversion
    // (AverseTo) right before the claim denies it: "I'd feel bad about releasing next weekend", "I'm reluctant to
    // release next week"; reluctance to do an rc is RcDenied's (it weighs the "but" after it), and "not reluctant to do
    // an rc8" denies nothing.
    [GeneratedRegex(@"\b(?:no|(?:not|isn't|aren't)(?!\s+(?:\w+\s+)?sure\s+(?:yet\s+)?(?:whether|if|how|what|when|why)\b|\s+(?:(?:very|too|terribly|exactly|particularly|all\s+that|at\s+all)\s+)?(?:happy|thrilled|excited|pleased|enthusiastic|keen)\s+(?:about|with|at|on)\s+(?:(?:doing|having|needing|making|cutting)(?:\s+(?:an?|another|one\s+more))?|an?|another|one\s+more)(?:\s+extra)?\s*$|\s+(?:\w+\s+)?" + ReluctantToDo + @"|\s+(?:entirely\s+|completely\s+)?(?:impossible|out\s+of\s+the\s+question|off\s+the\s+table|ruled\s+out|unlikely)\b|\s+too\s+[\w'-]+(?:\s+[\w'-]+){0,5}?\s+(?:for|to)(?:\s+(?:a|an|the))?\s*$)|none|neither|nobody|no\s+one|hardly|barely|scarcely|zero|(?<!\ba\s)little\s+(?:reason|need|point|cause)|(?:i'd|i\s+would)\s+hate\s+to|(?:i'm|i\s+am)\s+(?:\w+\s+)?against|(?:pessimistic|less\s+(?:optimistic|confident|hopeful))\s+(?:about|that)|(?:decided|chose|chosen|opted|voted|leaning|lean)\s+against|(?:don't|doesn't|won't)(?!\s+(?:really\s+)?(?:change|affect|alter)\b)|never|scratch|cancel(?:l?ed|l?ing)?|call(?:ed|ing)?\s+off|(?:wouldn't|would\s+not|shouldn't|should\s+not)\s+(?:say|think|expect|imagine)|(?:shouldn't|should\s+not|needn't|need\s+not)\s+(?:really\s+|actually\s+)?(?:need|require|be|have)\b|(?:wouldn't|would\s+not)\s+(?:really\s+|actually\s+)?(?:need|require)\b|without|rather\s+than|instead\s+of|nor|avoid(?:ed|ing)?|dodg(?:e|ed|ing)|skip(?:ping)?|" + Unwise + @"(?:\s+to|(?=\s*$))|(?:can't|cannot|couldn't|wouldn't|mustn't|must\s+not|shouldn't|should\s+not)(?=(?:\s+(?:just|still|yet|really|\w+ly))*(?:\s+(?:do|have|be|cut|tag|afford|make|get|happen|come))?(?:\s+(?:a|an|the|another|any))?\s*$)|" + NothingSuggests + @"|" + SurpriseFelt + @"\s+be\s+(?:\w+\s+)?surprised|i\s+(?:\w+\s+)?doubt|(?:(?:can't|cannot|couldn't)\s+(?:really\s+)?|fail(?:s|ed)?\s+to\s+|hard[\s-]pressed\s+to\s+)(?:see|think\s+of|find|imagine|justify)(?!\s+(?:how|why|what|whether|if)\b)|(?:wouldn't|would\s+not|won't|will\s+not)\s+(?:really\s+|quite\s+)?(?:be|feel)\s+(?:\w+\s+)?(?:comfortable|happy|ok|okay|fine|confident|ready)\b|(?<!\b(?:not|don't|wouldn't|won't)\s+(?:\w+\s+)?)" + AverseTo + @"(?:\s+to)?\s*$|(?:it's|it\s+is|it\s+seems|seems|looks|that's|that\s+is)\s+(?:\w+\s+)?unlikely|(?:small|slight|tiny|remote|outside|slim)\s+chances?|(?<!\bnot\s)(?<!\b(?:nothing|none|nobody|no\s+one)\b(?:\s+[\w']+){0,4}?\s)too\s+(?!(?:early|soon)\s+to\s+(?:say|tell|know|judge|call)\b)[\w'-]+(?:\s+[\w'-]+){0,5}?(?:\s+(?:for|to))?(?:\s+(?:a|an|the))?\s*$)\b|" + ThanBefore, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Negation();
}
