using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Doubts, hedges, hopes and revisions: what Linus has not decided, only calls possible, hoped for, would do but for
/// something, or takes back.
/// </summary>
public static partial class ProseReader
{
    /// <summary>
    /// True when a sentence's doubt is about the schedule: the part of the sentence it stands in (up to a "but", ; or —)
    /// names an rc, the release (or its version), an extra week or the last one, or the doubt names nothing else ("I'm
    /// still undecided", "I'm still waffling about it", "I'll know more by the end of the week"); "who knows why the
    /// build broke" and "we'll know more about the drm issue next week" name something else, and so does "I'm not sure
    /// what caused the ext4 regression, but I expect the final next weekend", whose plan lies beyond the "but". A part
    /// that names only other releases (5.9 in a 5.10 mail; not the next merge window's, which opens with this release) is
    /// about them. A doubt whose subject is "it" or "that" is about what it stands for: the schedule named before the
    /// "but" ("I'd like to release 6.17 next weekend, but it will depend on whether the networking fix pans out"), or
    /// in the sentence before, when <paramref name="claimBefore"/> says that one claimed a step.
    /// </summary>
    private static bool DoubtOnSchedule(string sentence, Match doubt, string release, bool claimBefore)
    {
        var start = DoubtBreak().Matches(sentence[..doubt.Index]).LastOrDefault() is { } before ? before.Index + before.Length : 0;
        var end = DoubtBreak().Match(sentence, doubt.Index + doubt.Length) is { Success: true } after ? after.Index : sentence.Length;
        if (PronounDoubt().IsMatch(sentence[start..doubt.Index] + doubt.Value))
        {
            if (start > 0 ? ScheduleWord().IsMatch(sentence[..start]) : claimBefore)
            {
                return true;
            }
        }
        else if (Depends().IsMatch(doubt.Value) && sentence[ClauseBounds(sentence, doubt.Index).Start..doubt.Index] is var subject
            && !ScheduleWord().IsMatch(subject) && !ScheduleMatter().IsMatch(subject))
        {
            // "…, and the ARM fix will depend on the toolchain folks": what depends is named before the verb, and it is
            // something else than the schedule.
            return false;
        }

        // A doubt of the next merge window's length is none of the release, which comes before it whatever its length:
        // what the doubt is about right after it ("I'm still undecided about whether the merge window will be longer",
        // "I haven't decided yet how long the merge window will be"), what it names itself ("I might end up doing a
        // shorter merge window, or I might not") and what its part names of it ("the length of the merge window is
        // still up in the air", "I may shorten the merge window a bit, I'm not sure yet") do not count.
        if (NextMergeWindowLength().Match(sentence, doubt.Index + doubt.Length, end - doubt.Index - doubt.Length) is { Success: true } length
            && !ScheduleWord().IsMatch(sentence[doubt.Index..length.Index]))
        {
            return false;
        }

        // Nor is the next merge window named as the time of something else ("I haven't decided whether to take the
        // bcachefs pull in the merge window", "who knows what the next merge window will bring").
        var whole = sentence[start..end];
        var part = InNextMergeWindow().Replace(NextMergeWindowLength().Replace(whole, " "), " ");
        var windowNamed = part != whole;
        // "I'm not entirely sure whether this is a general upward trend, or due to 5.9 dragging out an extra week" (5.10-rc1)
        // doubts the cause of this merge window's size: the extra week is another release's.
        var otherReleaseOnly = OtherRelease().Matches(part) is { Count: > 0 } named && named.All(v => v.Value != release);
        // A part that says the final is next in words of no schedule ("whether we're good to go next weekend") is about
        // it too.
        return (ScheduleWord().IsMatch(part) && !otherReleaseOnly) || FinalNext().IsMatch(part)
            || (NamesNothing().IsMatch(sentence[(doubt.Index + doubt.Length)..end]) && !windowNamed);
    }

    [GeneratedRegex(@"\bbut\b|;|—", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoubtBreak();

    // A new clause that turns from a doubt, as "but" does: "; realistically, though,", "; however,", "— in practice,
    // though".
    [GeneratedRegex(@"[;:—]\s*(?:(?:realistically|honestly|frankly|practically|in\s+practice)\s*,?\s*)?(?:though|however)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThoughAfterBreak();

    // The doubt's subject in the past, right before it: "I was (still) on the fence", "I was torn", "we were undecided",
    // "I wasn't sure whether", "I didn't know / couldn't tell whether", "I had been waffling".
    [GeneratedRegex(@"\b(?:i|we)\s+(?:was|were|wasn't|weren't|was\s+not|were\s+not|had\s+been|hadn't\s+been|didn't|did\s+not|couldn't|could\s+not)(?:\s+(?:still|really|a\s+bit|quite|completely|honestly|entirely|yet))*(?:\s+(?:sure|know|tell|certain))?\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastDoubt();

    // The length of the next merge window: "a (slightly) shorter / longer merge window", "how long the merge window will
    // be", "the length of the merge window", "the merge window might be (a bit) shorter", "shorten / extend the merge
    // window".
    [GeneratedRegex(@"\b(?:(?:a\s+)?(?:(?:slightly|bit|little|somewhat|much)\s+)?(?:shorter|longer)\s+(?:next\s+)?merge\s+window|how\s+long\s+the\s+(?:next\s+)?merge\s+window(?:\s+(?:will|is\s+going\s+to|would|should)\s+be)?|(?:the\s+)?length\s+of\s+the\s+(?:next\s+)?merge\s+window|the\s+(?:next\s+)?merge\s+window(?:'s\s+length|\s+(?:will|might|may|could|would)\s+be\s+(?:(?:a\s+bit|a\s+little|slightly|somewhat)\s+)?(?:shorter|longer))|(?:shorten|extend|lengthen)(?:ing)?\s+the\s+(?:next\s+)?merge\s+window)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextMergeWindowLength();

    // The next merge window as the time of something else: "(take the pull) in / during / for / into / until the (next)
    // merge window", "what the next merge window will bring / looks like" — not "(whether) we're / we'll be in the
    // merge window (next week)", which is the release.
    [GeneratedRegex(@"\b(?:(?<!\b(?:we're|we\s+are|be|are|is)\s+)(?:in|during|for|into|until|till|over)\s+the\s+(?:next\s+|upcoming\s+|coming\s+)?merge\s+window|what\s+the\s+(?:next\s+|upcoming\s+|coming\s+)?merge\s+window\s+(?:will\s+|is\s+going\s+to\s+)?(?:brings?|holds?|looks?\s+like))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InNextMergeWindow();

    // A doubt whose subject is a pronoun, as its part of the sentence begins: "(but honestly,) it will depend on …",
    // "that depends on the fix", "it all depends".
    [GeneratedRegex(@"^(?:\s*(?:[\w']+\s*,\s*)?)(?:it|that|this)\s+(?:(?:all|still|really|probably|largely|mostly|partly|entirely|just)\s+)*(?:depends|(?:will|'ll|would|might|may)\s+(?:all\s+)?depend)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PronounDoubt();

    // A doubt that something depends on something else.
    [GeneratedRegex(@"\b(?:depends|depend|hinges|hinge)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Depends();

    // What may depend on something beside the words of the schedule: "the timing", "the plan", "the decision", "when".
    [GeneratedRegex(@"\b(?:timing|plan|decision|call|date|when|whether)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScheduleMatter();

    // Words of the schedule, for a doubt to be about it ("scheduler" is not "schedule", "the final word" is no final;
    // "two more weeks" are weeks to go; "call it done" is the release); waiting "before deciding" in an rc mail is
    // waiting on it.
    [GeneratedRegex(@"\b(?:-?rc\d*|-?rcs|release|releasing|final(?!\s+(?:word|fix(?:es)?|version|piece|bits?|patch(?:es)?|answer))|(?:extra|another|one\s+more)\s+week|(?:two|three|2|3|a\s+couple\s+of)\s+more\s+weeks|schedule|the\s+last\s+one|merge\s+window|call(?:ing)?\s+it\s+done|before\s+(?:deciding|i\s+decide|making\s+(?:the|a|that)\s+(?:call|decision)))\b|(?<![\w.])v?\d+\.\d+(?:\.\d+)?(?![\w.]*\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ScheduleWord();

    // What Linus only calls possible, considers or wishes for: "might", "there's a (small) chance", "possibly" (what
    // Normalise writes for "I can't rule out"), "I'm considering an rc8", "what makes me consider an rc8", "I'd consider
    // an rc8" (not "I'd consider this the last rc" or "I'll consider this done", a view), "I'd like to release next
    // weekend", "an rc8 wouldn't be the end of the world" (the plan is what follows a "but").
    [GeneratedRegex(@"\b(?:might|may|maybe|could|possibly|possible|perhaps|(?:there's|there\s+is)\s+(?:a|some|an?\s+(?:small|slight|tiny|remote|outside))\s+chance|(?:i'm|i\s+am|i've\s+been)\s+(?:\w+\s+)?(?:considering|thinking\s+about|toying\s+with)|(?:makes?|made|making)\s+me\s+(?:\w+\s+)?(?:consider|contemplate|think\s+about)|(?:i'll|i\s+will|i'd|i\s+would|we'll|we\s+will|we'd)\s+(?:\w+\s+)?(?:consider|contemplate)\b(?!\s+(?:this|it|that|rc\d+)\s+(?:the|to\s+be|as|a|an|done|finished|ready|over)\b)|(?:i'd|i\s+would)\s+(?:really\s+)?(?:like|love)\s+to|i\s+was\s+hoping\s+to|always\s+an\s+option|an\s+option\s+if|(?:not|isn't|can't\s+be|cannot\s+be)\s+(?:\w+\s+)?(?:out\s+of\s+the\s+question|off\s+the\s+table|impossible|ruled\s+out)|(?:wouldn't|would\s+not|won't|will\s+not)\s+be\s+(?:the\s+end\s+of\s+the\s+world|a\s+(?:big\s+|huge\s+)?(?:deal|disaster|tragedy)))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Hedge();

    // What Linus wishes not to do, right before it: "I don't want to drag this out", "I'd rather not delay the
    // release", "I hate to do an rc8". A wish, not a plan: it leans, and gives way to a plan said plainly ("…, but it
    // looks like we'll need one", "…, but one more week is warranted").
    [GeneratedRegex(@"\b(?:(?:i|we)\s+(?:(?:really|also|just|still)\s+)?(?:don't|do\s+not)\s+(?:really\s+)?want\s+to|(?:i'd|i\s+would|we'd|we\s+would)\s+(?:rather|prefer)\s+not(?:\s+to)?|(?:i|we)\s+(?:hate|dislike)\s+to)\s+(?:[\w']+\s+){0,3}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WishedAgainst();

    // Linus saying he has not decided ("we'll see" alone is a figure of speech beside a plain plan; "I'll know more by
    // the end of the week", "I'm keeping my options open" and "who knows, maybe …" are not; "I'm not going to decide
    // now about an rc8" puts the decision off, its "not" denies no rc8). What holds whatever happens is decided: "I'll
    // do an rc8 either way", "whether or not the fix makes it, 6.18 comes next Sunday", "I haven't decided what the rc8
    // will look like"; what "could go either way" (or "I wouldn't bet either way on an rc8", "I'm not confident / can't
    // say either way", "I'm leaning neither way", "not leaning either way") is not, nor are two times ("either on the
    // 19th or the 26th", written "either in a week or in 2 weeks"). A "whether" reaches seven words to what it asks
    // about: in "whether a userspace copy actually goes to user space or kernel space goes back to pretty much the
    // original release of Linux" (5.10-rc1) nothing is undecided. "I can't see how this affects the release" wonders
    // about nothing. "The final release is unclear", "the timing of the release remains uncertain", "the plan is still
    // unclear" leave it open, as does a worry about releasing ("I'm a bit nervous about releasing next week", "worried
    // about the release") and "it (all) depends / will depend" or what it depends on ("the final release depends on
    // whether the fix lands / on the btrfs fix"; not a plan said "depending on how the week goes", a condition).
    // "Holidays or not, the final comes next week" is "whatever the holidays do", no doubt ("rc8 or not, I don't know
    // yet" is one), and so is the same said last ("the final next weekend, holidays / ready or not"; not ", rc8 or
    // not.") and "whether it's perfect or not" ("I'll release next weekend whether it's perfect or not"): a "whether …
    // or not" asks something only after a word that asks ("I don't know / we'll see whether …"), which the other shapes
    // here read. Waiting "before I decide / before making the call" leaves it open too, and so does "it's not decided /
    // settled / final yet" or "nothing's set in stone", and a hope after which Linus is "not holding my breath". Two
    // possibilities said one after the other leave it open: "it's possible we'll need an rc8, but it's also possible we
    // won't", "there's a chance we'll need an rc8, and there's a chance we won't", and so do two counts of what is
    // ahead: "two more rcs or three", "two or three more weeks", "two or three weeks away" (not "a normal release, with
    // the usual seven or eight rcs", a remark on releases in general). ("Depending on how the week goes" is no doubt of
    // its own: 5.12-rc7's "I'll probably do an rc8 … But it ends up depending a bit on how the upcoming week goes" is
    // the rc8 that came, and 6.17-rc1's "depending on how you see it" is about nothing ahead.) What "next week will
    // tell (us) if" the final comes is asked as what we "see if" is, and so is what "I'll / I should know (by the end
    // of the week) if" it is.
    [GeneratedRegex(@"\b(?:waffling|who\s+knows|(?:one|two|three|1|2|3)\s+(?:more\s+)?(?:-?rcs?|-?rc's|weeks?)\s+or\s+(?:one|two|three|four|1|2|3|4)\b|(?:one|two|three|1|2|3)\s+or\s+(?:two|three|four|2|3|4)\s+(?:more\s+(?:-?rcs|-?rc's|release\s+candidates|weeks)|(?:-?rcs|-?rc's|release\s+candidates|weeks)\s+(?:away|out|off|from\s+now|to\s+go|left))\b|it\s+(?:all\s+)?(?:depends|(?:will|'ll|would)\s+(?:all\s+)?depend)\b|(?:depends|hinges|(?:will|'ll|would|might|may)\s+(?:all\s+)?(?:depend|hinge))\s+(?:(?:entirely|mostly|largely|partly|a\s+bit|somewhat)\s+)?(?:up)?on\s+(?:whether|if|how|what|when|the|a|an|this|that)\b|(?:worried|nervous|concerns?|concerned|hesitant|uneasy|wary|anxious|doubts?)\s+(?:about|over)\s+releasing\b|(?:worried|nervous|concerned|hesitant|uneasy|wary|anxious)\s+(?:about|over)\s+the\s+(?:final\s+)?release\b|(?:i'll|we'll|i\s+will|we\s+will|let's|i'm\s+(?:still\s+)?going\s+to)\s+(?:just\s+|still\s+)?wait\s+and\s+see|(?:i'll|we'll|i\s+will|we\s+will)\s+know\s+(?:more|(?=by\b[^.;]*\bwhether\b))|not\s+(?:\w+\s+)?sure\s+(?:yet|whether|if|that|the)|(?:i'm|i\s+am)\s+(?:still\s+)?not\s+(?:\w+\s+)?sure(?=\s*(?:[.!]|$))|undecided|(?:in\s+(?:a|one|two|three|\d)\s+weeks?|next\s+(?:week(?:end)?|sunday)|the\s+(?:week(?:end)?|sunday|one)\s+after(?:\s+(?:that|next))?)\s*,?\s+or\s+(?:(?:maybe|possibly|perhaps)\s+)?(?:in\s+(?:a|one|two|three|\d)\s+weeks?|next\s+(?:week(?:end)?|sunday)|the\s+(?:week(?:end)?|sunday|one)\s+after(?:\s+(?:that|next))?)|(?:lean(?:s|ing)?|tilt(?:s|ing)?)\s+neither\s+way|not\s+(?:\w+\s+)?(?:lean(?:s|ing)?|tilt(?:s|ing)?)\s+(?:either|one)\s+way|(?:not|won't\s+be|wouldn't\s+be)\s+(?:\w+\s+)?holding\s+my\s+breath|(?:(?:it's|it\s+is|that's|that\s+is|this\s+is)\s+(?:still\s+)?not|(?:it|that|this)\s+(?:still\s+)?isn't|nothing(?:'s|\s+is|\s+has\s+been))\s+(?:(?:yet|quite|really|entirely|fully|been)\s+)?(?:decided|settled|set\s+in\s+stone|final(?:ized)?)\b(?!\s+(?:release|version|kernel|-?rc))|haven't\s+decided(?!\s+(?:what|how|which|who)\b)|can't\s+tell\s+yet|hard\s+to\s+(?:say|tell|know)|(?:haven't|have\s+not|not\s+yet)\s+(?:\w+\s+)?made\s+up\s+my\s+mind|make\s+up\s+my\s+mind|(?:don't|do\s+not|can't|cannot)\s+(?:\w+\s+)?(?:know|tell|say)\s+(?:\w+\s+)?(?:if|whether)\b|(?:maybe|might|may|possible|possibly|could|chance)\b[^.!?]*\b(?:maybe|might|may|possible|possibly|could|chance)\b(?:\s+[\w']+){0,3}?\s+(?:not|won't|wouldn't|don't|isn't|doesn't)\b|on\s+the\s+fence|keep(?:s|ing)?\s+(?:my|our|the|all)\s+(?:(?:\w+\s+)?options)\s+open|\bbefore\s+(?:i|we)\s+(?:decide|make\s+(?:the|a|that)\s+(?:final\s+)?(?:call|decision))\b(?!\s+(?:what|how|which|who|where|on\s+the\s+merge|about\s+the\s+merge)\b)|\bbefore\s+(?:deciding|making\s+(?:the|a|that)\s+(?:final\s+)?(?:call|decision))\b|(?:as\s+(?:to|for)|regarding)\s+(?:the\s+)?(?:final(?:\s+release)?|release|(?:an?\s+)?-?rc\d+|another\s+rc)\s*,\s+(?:we'll|i'll|let's)\s+(?:just\s+)?see\b|^or\s+(?:maybe|perhaps|possibly)(?:\s+not)?\b|(?:i'll|we'll|i\s+will|we\s+will|let's)\s+(?:\w+\s+)?decide\b|(?:not\s+(?:going\s+to|ready\s+to)|won't|will\s+not|(?:don't|do\s+not)\s+want\s+to|can't|cannot)\s+(?:\w+\s+)?decide\b|torn\s+(?:between|about|on)|\bmake\s+(?:the|a|that)\s+(?:final\s+)?(?:call|decision)\b(?:\s+(?:about|on)\b(?:(?!\bbut\b)[^,;:—])*?\b" + StepAsked + @"\b)?|(?<!\bwhether(?:\s+[\w'.-]+){0,8}?\s)(?!(?<=,\s*(?!(?:-?rc\d+|final)\b)[\w'-]+\s)or\s+not\s*(?:[.!]|$))\bor\s+not\b(?!\s*[:—])(?!\s*,(?>\s*)(?!(?:i|we)(?:'m|\s+am|\s+\w+)?\s+(?:not|don't|do\s+not|can't|cannot)\b))|up\s+in\s+the\s+air|(?:go(?:es)?|going|went|feel(?:ing)?|swing|tip|bet(?:ting)?)\b(?:\s+[\w']+){0,3}?\s+either\s+way|(?:confident|sure|certain|say|tell)\s+either\s+way|early\s+to\s+(?:tell|say|know)|whether\b(?:\s+(?!but\b)[\w'.-]+){0,7}?\s+" + StepAsked + @"\b|remains\s+to\s+be\s+seen|(?:question|decision|call|-?rc\d+|final(?:\s+release)?|release(?:\s+date)?|timing|schedule|plan)\s+(?:is|remains|seems|looks)\s+(?:still\s+)?(?:(?:a\s+bit|somewhat|rather|very)\s+)?(?:an\s+)?(?:open(?:\s+question)?|unanswered|undecided|unclear|uncertain|tbd|to\s+be\s+determined)\b|(?:(?<!\b(?:can't|cannot|don't)\s)see\s+(?:if|whether|how)|\bwill\s+tell\s+(?:us\s+)?(?:if|whether|how)|\b(?:i'll|i\s+will|i\s+should|we'll|we\s+should)\s+know\s+(?:more\s+)?(?:(?:by|at|on|in|after|before)\s+[^,;:—]{1,30}?\s+)?(?:if|whether)|(?:decision|decide)\s+(?:\w+\s+)?(?:on|about))\b(?:(?!\bbut\b)[^,;:—])*?\b" + StepAsked + @"\b|(?:-?rc\d+|final)\s*[-–—,]?\s+(?:or|vs\.?|versus)\s+(?:the\s+|an?\s+)?(?:-?rc\d+|final)|whichever\s+(?:comes|is|happens)|\bor\s+the\s+(?:one|week(?:end)?)\s+after)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Undecided();

    // What a doubt asks about when it names the step (after "whether", "see if", "a decision on", "make the call about"):
    // an rc, the final or the release, another or an extra rc or week, more time, the last one, or the release in other
    // words ("whether we can call it done", "see if we're good to go", "see whether the merge window opens next
    // weekend", "see if we're in the merge window by next Sunday").
    private const string StepAsked = @"(?:-?rc\d+|final|(?:another|one\s+more)\s+(?:rc|week)|extra\s+(?:rc|week)|more\s+time|release(?!\s+of\b)|last\s+(?:-?rc|one)|call(?:ing)?\s+it\s+done|good\s+to\s+go|merge\s+window\s+(?:(?:will|can|should|is\s+going\s+to)\s+)?opens?|(?:we're|we\s+are|be)\s+in\s+the\s+(?:next\s+)?merge\s+window)";

    private const string DismissalWords = @"(?:that's\s+|that\s+is\s+)?not\s+(?:happening|(?:gonna|going\s+to)\s+happen)|ain't\s+happening|no\s+way|nope|not\s+a\s+chance";

    // A short sentence that denies what the one before it said, after a "but" or without one: "But I won't.", "But I
    // don't expect it.", "But I doubt it.", "But it won't come to that.", "(We could do an rc8.) We won't.", "(I said
    // we might need an rc8.) That no longer looks likely." (NoLongerSo)
    [GeneratedRegex(@"^(?:(?:but|though|however)\s*,?\s+)?(?:(?:i|we)\s+(?:won't|will\s+not|don't|do\s+not)(?:\s+(?:really\s+)?(?:expect|think|need|plan\s+to|want\s+to))?(?:\s+(?:it|one|so|that|to))?|i\s+(?:really\s+)?doubt\s+(?:it|that)|it\s+(?:won't|isn't\s+going\s+to)\s+(?:happen|come\s+to\s+that)|" + NoLongerSo + @")\s*[.!]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ButNot();

    // A sentence that opens by dismissing what the sentence before it said: "Not happening.", "Nope:", "No way.", "Not a
    // chance" — followed by a stop, not by what it denies ("No way we need an rc8" is a plain negation).
    [GeneratedRegex(@"^(?:(?:yeah|oh|well|so)\b,?\s+)*(?:" + DismissalWords + @"|forget\s+(?:about\s+)?it)\s*(?=[.!:;,—-]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dismissal();

    // An opening "No," or a dismissal: blanked (same length, so positions stay) before the sentence's claims are read.
    // The dash of "No -rc8 this time" belongs to the rc.
    [GeneratedRegex(@"^(?:(?:yeah|oh|well|so)\b,?\s+)*(?:no|nah|" + DismissalWords + @")\s*(?:[.!:;,—]|-(?![\w-]))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Interjection();

    // A sentence that opens by revising what was said before it: "Actually, …", "On second thought …", "Oh, wait, …",
    // "(No,) scratch that", "Change of plans", "Update:", "Correction:", "Or not: …".
    [GeneratedRegex(@"^(?:(?:hmm+|oh|ok(?:ay)?|well|so|and|no)\b[,.!]?\s+)*(?:actually|on\s+second\s+thoughts?|wait|scratch\s+that|change\s+of\s+plans?|update|correction|never\s*mind|or\s+not(?=\s*[:—]))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Revision();

    // "see how", "see what", "wait and see whether" right before an rc: waiting for it, not planning it.
    [GeneratedRegex(@"\b(?:see|tell)\s+(?:how|what|if|whether)\s+(?:the\s+|next\s+week's\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WaitToSee();

    // "(rc7) will tell" right after an rc: waiting for it, as "see how" before it is.
    [GeneratedRegex(@"^\s*(?:will|'ll|should)\s+tell\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WillTell();

    // A hope, an expectation or a fear told in the past, which a "but" after it dashes: "I was (really) hoping", "I had
    // / I'd hoped / feared / thought / wanted", "I hoped", "I had expected / planned / decided", "I was expecting /
    // planning on", "I was going to (say)", "we were expecting / going to (need an rc8)", "I thought", "I wanted", "I
    // (had / was seriously) considered / considering / contemplating / thinking about (an rc8 / delaying the final)" (and
    // "we were …"), "I
    // was worried / afraid (about)", "I feared", "I'd love to (be able to) say / think", "I wish I could say", "the /
    // my (original) plan was (to)".
    [GeneratedRegex(@"(?:\bi(?:\s+was\s+(?:really\s+|kind\s+of\s+|sort\s+of\s+|originally\s+|initially\s+)?(?:hoping|expecting|planning(?:\s+on)?|going\s+to(?:\s+say)?|(?:seriously\s+)?(?:considering|contemplating|thinking\s+(?:about|of)))|(?:\s+had|'d)\s+(?:really\s+|originally\s+|initially\s+|seriously\s+)?(?:hoped|expected|planned(?:\s+on)?|decided|feared|thought|worried|wanted|considered|contemplated)|\s+(?:really\s+|originally\s+|initially\s+|seriously\s+)?(?:hoped|expected|thought|feared|wanted|considered|contemplated)|\s+was\s+(?:a\s+bit\s+|really\s+|somewhat\s+)?(?:worried|afraid|concerned)(?:\s+about)?|(?:'d|\s+would)\s+(?:really\s+)?(?:love|like)\s+to\s+(?:be\s+able\s+to\s+)?(?:say|think)|\s+wish\s+i\s+could\s+say)|\bwe\s+were\s+(?:really\s+|originally\s+|initially\s+|seriously\s+)?(?:hoping|expecting|planning(?:\s+on)?|going\s+to|considering|contemplating|thinking\s+(?:about|of))|\b(?:the|my|our)\s+(?:original\s+|initial\s+)?plan\s+was(?:\s+to)?)\b(?:\s+that\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DashedHope();

    // What dashes a hope or plan told in the past: a "but", or what came before it came true ("This was going to be the
    // last rc, until the networking pull came in", "I was going to make this the last rc, before the drm regression
    // showed up") — not a time it was to wait for ("I was hoping to hold off until next week").
    [GeneratedRegex(@"\bbut\b|,?\s*\b(?:until|till|before)\s+(?:then\s+)?(?:[\w'-]+\s+){0,6}?(?:came|showed|happened|hit|landed|arrived|turned|appeared|broke|surfaced|started|got)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dashing();

    // A wish that opens a sentence: "I'd rather", "I'd (really) like / love / prefer", "we would rather".
    [GeneratedRegex(@"^(?:(?:so|and|well|honestly|frankly|sure|now)\s*,?\s+)?(?:i|we)(?:'d|\s+would)\s+(?:really\s+|much\s+)?(?:rather|like|love|prefer)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Wish();

    // What was meant to be: "(this) should have been", "(this) was supposed / meant / going to be", "(we) were supposed
    // to (release)", "(I)'d have preferred / liked to (release)" — the verb only; its subject stays in the clause. What
    // he would have liked of something names it (group what): "I'd have liked this to be the last rc", "I would have
    // preferred for rc7 to be the last one". Not "the extra week did what it was meant to do", nor a comparison
    // ("bigger than I'd have liked it to be").
    [GeneratedRegex(@"\b(?:should\s+have\s+been|(?:(?:was|were)\s+(?:supposed|meant|going)|(?<!\b(?:than|as)\s+(?:i|we)\s*)(?:would|'d)\s+have\s+(?:preferred|liked|loved|wanted)(?:\s+(?:for\s+)?(?<what>this(?:\s+(?:one|rc|release))?|it|that|-?rc\d{1,2}|the\s+final(?:\s+release)?|the\s+release)(?=\s+to\s+be\s+\w))?)\s+to(?:\s+be|(?=\s+(?:release|tag|cut|ship|open|have|do\s+(?:the|an?)\b))))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Unfulfilled();

    // A hope or expectation told in the past that comes true, said at the end of the sentence: "…, and it is", "and it
    // looks like it will be", "and (right now) it looks like we will / can", "and I still am", "and it (still) looks
    // that way", "and so far it looks that way", "and that's still the plan", "and it still will be", "and nothing has
    // changed that", "and that hasn't changed", also as his view ("and I think it is", "and I'm fairly sure it will
    // be") (not "and it's not", nor "and it's going to be a big one").
    [GeneratedRegex(@",?\s+and\s+(?:so\s+)?(?:(?:right\s+now|so\s+far|for\s+now|at\s+this\s+point),?\s+)?(?:(?:(?:i|we)\s+(?:still\s+|really\s+|do\s+)?(?:think|believe|expect|suspect)\s+(?:that\s+)?|i(?:'m|\s+am)\s+(?:(?:fairly|pretty|quite|reasonably)\s+)?(?:sure|confident|certain)\s+(?:that\s+)?)?(?:it\s+(?:looks|seems)\s+like\s+)?(?:it|we|i)(?:'s|\s+is|\s+will(?:\s+be)?|\s+do|\s+did|\s+can|\s+looks\s+like\s+it(?:'ll|\s+will)?(?:\s+be)?)|(?:i|we)\s+still\s+(?:am|are|do|will|think\s+so)|(?:it|that)\s+(?:still\s+)?(?:looks|seems)\s+(?:that\s+way|like\s+it)|that(?:'s|\s+is)\s+still\s+the\s+plan|(?:it|that)\s+still\s+(?:holds|stands|is|will\s+be)|nothing(?:'s|\s+has)\s+changed(?:\s+(?:that|it))?|(?:that|it)\s+(?:hasn't|has\s+not)\s+changed)\s*(?=[.!;]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HopeKept();

    // The schedule a dashed hope was for: "(I had expected) the usual schedule", "(I was hoping for) a normal rc cycle".
    [GeneratedRegex(@"^\s*(?:for\s+)?(?:a|the|our)\s+(?:normal|usual|regular)\s+(?:(?:release|rc)\s+)?(?:schedule|cycle)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HopedSchedule();

    // "… and this time it is", "… but this time it isn't": whether what normally happens happens now. So does this
    // cycle said to be no different or no exception ("… and I don't see any reason why this release should be any
    // different", "… and this one looks no different", "… and this one won't be an exception", "… and I see no reason
    // to change that", "… and I don't see anything that would change that", "… and I don't expect that to change") or
    // said to be one ("… but this one is different", "… but this release is going to be an exception"), or said to
    // be so too ("… and so it will be this time", "… and so will this one", "… and this time too"). An echo of the
    // usual's verb ("…, but this time we do / we won't", "…, but not this time", "this time it is" ending its clause,
    // "…, but I don't think we will this time": group echo) says whether this time is like the usual by its own "not"
    // against the usual's.
    private const string ThisCycle = @"\b(?:this|it)(?:\s+(?:one|time|release|cycle|kernel))?";

    [GeneratedRegex(@"\bthis\s+(?:time|one|release|cycle)\s*,?\s+(?:(?:i|we|it)\s+)?(?<echo>(?<not>don't|do\s+not|won't|will\s+not|doesn't|does\s+not|aren't|are\s+not)|do|will|does|are)(?:\s+(?:look|seem)s?\s+like\s+it(?:\s+(?:will|does|is))?)?(?:\s+(?:either|too|as\s+well))?(?=\s*(?:[.!;,]|$))|\b(?:but|and)\s+(?<echo>)" + ThisTimeAfterVerb + @"|(?:\b(?:but|though)\s+|^)(?<echo>(?<not>not))\s+this\s+(?:time|one|release|cycle)\b(?=\s*(?:[.!;,]|$))|\bthis\s+time\s+(?:it\s+|that\s+|(?:it|that)(?='s))?(?!(?:is|'s|will\s+be)\s+(?:(?:a\s+bit|a\s+little|rather|somewhat|very|quite|no|not\s+any)\s+)?(?:different|exception)\b)(?:(?<not>isn't|is\s+not|won't\s+be|will\s+not\s+be|'s\s+not)|is|will\s+be|it'll\s+be|'s)\b(?:(?<echo>)(?=\s*(?:(?:either|too|as\s+well)\s*)?(?:[.!;,]|$)))?|\b(?:no|(?:don't|do\s+not|can't|cannot)\s+see\s+(?:any|a))\s+(?:reason|sign)\s+(?:why\s+|that\s+)?" + ThisCycle + @"\s+(?:should|would|will|is\s+going\s+to)\s+be\s+(?:any\s+)?different\b|\bno\s+reason\s+(?:for\s+)?" + ThisCycle + @"\s+to\s+be\s+(?:any\s+)?different\b|" + ThisCycle + @"\s+(?:isn't|is\s+not|won't\s+be|will\s+not\s+be|shouldn't\s+be|should\s+not\s+be|doesn't\s+(?:look|seem)|does\s+not\s+(?:look|seem))\s+(?:any\s+different|different|an\s+exception)\b|" + ThisCycle + @"\s+(?:is|looks|seems|will\s+be|should\s+be)\s+(?:like\s+)?no\s+(?:different|exception)\b|\b(?:no|(?:don't|do\s+not)\s+see\s+any)\s+reason\s+to\s+change\s+that\b|\b(?:(?:don't|do\s+not|can't|cannot)\s+see\s+anything|nothing(?:\s+(?:here|so\s+far))?|(?:there's|there\s+is)\s+nothing)\s+(?:that\s+)?(?:would|will|should|could|is\s+going\s+to)\s+change\s+that\b|\b(?:don't|do\s+not)\s+expect\s+that\s+to\s+change\b|\band\s+so\s+(?:(?:it\s+)?(?:will\s+be|is)|it'll\s+be|will|does)\s+this\s+(?:time|one|release|cycle)\b|\band\s+this\s+(?:time|one)\s+(?:too|as\s+well)(?=\s*(?:[.!;,]|$))|(?<not>" + ThisCycle + @"\s+(?:is|will\s+be|is\s+going\s+to\s+be|looks|seems)\s+(?:(?:a\s+bit|a\s+little|rather|somewhat)\s+)?(?:different|(?:going\s+to\s+be\s+)?an\s+exception)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisTime();

    /// <summary>
    /// True when what <paramref name="thisTime"/> (a <see cref="ThisTime"/> match) says of this cycle is unlike the
    /// <paramref name="usual"/>: said to differ ("this time it isn't", "this one is different"), or an echo of the usual's
    /// verb whose "not" differs from the usual's ("Usually we don't need an rc8, but this time we do").
    /// </summary>
    private static bool UnlikeUsual(Match thisTime, string usual) =>
        thisTime.Groups["not"].Success ^ (thisTime.Groups["echo"].Success && VerbDenied().IsMatch(usual));

    // A verb's own denial, which an echo answers ("don't need", "isn't", "never", "rarely": "We rarely need an rc8, but
    // this time we do"); not "without" or "no", which deny what follows the verb ("Some releases get away without an
    // rc8. This one won't.").
    [GeneratedRegex(@"\b(?:not|never|rarely|seldom|\w+n't)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VerbDenied();

    // The end of a cycle named in a habit: "rc7 is the last rc", "the final comes after rc7", "seven rcs".
    [GeneratedRegex(@"-?rc\d|\bfinal\b|\b(?:seven|7)\s+(?:-?rcs|-?rc's|release\s+candidates)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UsualEnd();

    // Where a sentence turns from what would be to what is: "but", "as it is", "as things stand".
    [GeneratedRegex(@"\bbut\b|\bas\s+(?:it|things)\s+(?:is|are|stand)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AsItIs();

    // What would be but for something that is: "if it weren't for the holidays, this would be the last rc" (or "this
    // would be the last rc if it weren't for the holidays"), "were / had it not (been) for the travel …", "without the
    // travel, this would have been the last rc", what would be were things otherwise now ("if things were calmer, I'd
    // release next week", "if we didn't have the open regressions, …", "if there weren't …"; not "if things were to go
    // wrong"), and what would have been had things gone otherwise: "so if everything had gone according to plan, this
    // would have been the last rc" (it is not), "had rc7 been calmer, I'd have planned on the final", "if you had asked
    // me a week ago, I'd have said …", "we might have needed an rc8 if the xfs fix hadn't come in" (it did).
    [GeneratedRegex(@"^(?:(?:so|and|but|now|well|ok|okay)\s*,?\s+)?(?:if\s+(?:[\w']+\s+){1,5}?had(?:n't|\s+not)?\s+(?!to\b)\w+|had\s+(?:things|everything|it|this|we|i|-?rc\d+|the\s+[\w-]+)\s+(?:\w+\s+)?(?:gone|been|stayed|worked))\b(?=.*(?:\b(?:would|could|should|might|may)(?:\s+not|n't)?|'d)\s+have\b)|^(?:(?:so|and|but|now|well|honestly)\s*,?\s+)?(?:if\s+it\s+(?:weren't|wasn't|were\s+not|was\s+not|hadn't\s+been|had\s+not\s+been)\s+for|(?:were|had)\s+it\s+not\s+(?:been\s+)?for|but\s+for|without\s+(?:the|my|all\s+the)|if\s+(?:things|it|this(?:\s+(?:rc|one|release|week))?|the\s+[\w-]+(?:\s+[\w-]+)?)\s+(?:were|was)\s+(?!to\b|going\b)(?:(?:a\s+(?:bit|little|lot)|any|much|slightly|even\s+slightly)\s+)?[a-z]+er\b|if\s+(?:we|i)\s+(?:didn't|did\s+not)\s+(?:have|need)\b|if\s+there\s+(?:weren't|wasn't|were\s+no|was\s+no)\b)\b(?=.*\b(?:would|'d)\b)|\b(?:would|'d)\b(?=.*\b(?:if\s+it\s+(?:weren't|wasn't|were\s+not|was\s+not|hadn't\s+been|had\s+not\s+been)\s+for|(?:were|had)\s+it\s+not\s+(?:been\s+)?for)\b)|(?:\b(?:would|could|should|might|may)|'d)\s+have\s+\w+\b(?=.*\bif\s+(?:[\w']+\s+){1,5}?had(?:n't|\s+not)?\s+(?!to\b)\w+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ButFor();

    // What would, could or might be: the clause that a but-for turns around.
    [GeneratedRegex(@"\b(?:would|could|might|may)\b|'d\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Would();

    // What he would (have) do(ne), with the "but" that keeps it from happening: "I would release next week, but …", "I'd
    // have done the final, but …", "I could release next week, but …" (group but). Not a wish or a view ("I'd like to",
    // "I'd rather", "I would expect / think / say", "I'd feel bad about doing an rc8, but that's what we'll do").
    [GeneratedRegex(@"^(?:(?:so|and|well|honestly|frankly|sure|yes|now)\s*,?\s+)?(?:i|we)\s*(?:would|'d|could)\s+(?:(?:normally|usually|otherwise|happily|just|probably)\s+)?(?:have\s+)?(?!(?:like|love|prefer|rather|hope|expect|think|guess|say|said|bet|want|imagine|suggest|argue|feel|be\b))\w+\b(?:[^.;]|\.(?=\d))*?\b(?<but>but)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WouldBut();

    // What Linus would say in another situation ("normally", "in a normal cycle", "the usual schedule would have the final
    // next weekend, but …", "I would normally expect …",
    // "otherwise this would be the last rc"; "Otherwise, things look calm" without a "would" means "apart from that"),
    // wishes he could say ("I'd love to
    // say this is the last rc") or names as an option he could just take ("Sure, I could just release next weekend and
    // pretend everything is fine") is not what he says now.
    [GeneratedRegex(@"^(?:normally|usually|in\s+a\s+(?:normal|regular|usual)\s+(?:cycle|release))\b|\b(?:usual|normal|regular)\s+(?:schedule|plan|cadence|rhythm|timeline)\s+(?:would|'d)\b(?=.*\bbut\b)|^otherwise\b(?=.*\b(?:would|'d)\b)|\b(?:normally|usually)\s+i'd\b|\b(?:i|we)\s+(?:would|'d)\s+(?:normally|usually)\b|\bi\s+would\s+(?:normally\s+)?(?:just\s+)?(?:say|have\s+said)\b|\b(?:i'd|i\s+would)\s+(?:love|like)\s+to\s+(?:say|claim|think)\b|\bi\s+wish\s+i\s+could\s+say\b|\bi\s+could\s+(?:just|simply)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Counterfactual();
}
