using System.Globalization;
using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// What is not stated now: what happened, what was said or thought before, what is asked, what others want, what
/// happens as a habit, and other releases' rcs told of.
/// </summary>
public static partial class ProseReader
{
    /// <summary>
    /// True when the words before a claim tell of the past ("that one ended up having an rc8", "we have done rc9's",
    /// "here we are, with an extra rc": HereWeAreNow), of another release ("5.9 dragging out an extra week"), deny
    /// having said it ("I never promised there would be no rc8" claims neither way) or take it back ("Forget the rc8 I
    /// mentioned", "scratch what I said about the final release"), or say what usually happens in its clause ("the last
    /// rc before the holidays is usually the worst", "every release should have an rc8", or in a habit that opens the
    /// sentence: "Historically, rc7 is the last rc"), or what Linus said before ("I said last week that rc7 would be
    /// the last", "'Final next week', I said.").
    /// </summary>
    private static bool NotStatedNow(string sentence, int index, string release) =>
        PastTense().IsMatch(Window(sentence, index))
        || NotSaid().IsMatch(Window(sentence, index))
        || Retracted().IsMatch(sentence[ClauseBounds(sentence, index).Start..index])
        || HereWeAreNow(sentence, index)
        || OtherRelease().Matches(Window(sentence, index)).Any(m => m.Value != release)
        || LaterCycle().IsMatch(sentence[ClauseBounds(sentence, index).Start..index])
        || Habitual().IsMatch(sentence[ClauseRange(sentence, index)])
        || HabitOpens(sentence, index)
        || ToldWould().Matches(sentence).Any(m => m.Index <= index && index < m.Index + m.Length)
        || SaidAfter().IsMatch(sentence[index..]);

    /// <summary>
    /// True when the claim's clause follows a habit that opens the sentence alone (<see cref="HabitReach"/>):
    /// "Historically, rc7 is the last rc", "As a rule, I don't do an rc8 for a single fix", "More often than not, …".
    /// </summary>
    private static bool HabitOpens(string sentence, int index)
    {
        var opening = ClauseBounds(sentence, 0).End;
        return opening < index && Habitual().IsMatch(sentence[..opening]) && HabitReach(sentence, 0).End.Value > index;
    }

    // The most words of a habit that opens the sentence alone ("more often than not", "as a general rule").
    private const int HabitOpeningWords = 5;

    /// <summary>
    /// The words a habit at <paramref name="index"/> tells of: its clause, and the next one too when the habit opens
    /// the sentence alone, a few words set off by a comma ("Historically, rc7 is the last rc").
    /// </summary>
    private static Range HabitReach(string sentence, int index)
    {
        var (start, end) = ClauseBounds(sentence, index);
        var alone = start == 0 && end < sentence.Length && sentence[end] == ','
            && sentence[..end].Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= HabitOpeningWords;
        return alone ? 0..ClauseBounds(sentence, end + 1).End : start..end;
    }

    // The cycle after this one, named without its number: "the release after this (one)", "the one after that", "the
    // release after 6.18" (in a 6.18 mail), "the next / following cycle", "next cycle", anywhere in the claim's clause —
    // "the release after this will probably need an rc8 because of the holidays" is no rc8 of this release. Not "the
    // release after this rc", which is this release's final.
    [GeneratedRegex(@"\b(?:the\s+(?:release|kernel|one|version)\s+after\s+(?:(?:this|that)(?:\s+(?:one|release|kernel|version|cycle))?|v?" + Ver + @")\b(?!\s+-?rc)|(?:the\s+)?(?:next|following)\s+(?:release\s+)?cycle\b|the\s+cycle\s+after\s+(?:this|that)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LaterCycle();

    // A short answer to the question before: open ("I honestly don't know yet", "who knows", "maybe", "it depends (on
    // …)", "time will tell"), no ("probably not", "nah", "doubtful", "I doubt it", "I don't think so", "the answer is
    // no", "not if I can help it / if things stay this calm", "we don't", "(turns out) we can't", "not anymore", "not
    // unless something goes badly wrong", "only if something goes wrong", "not from what I can see", "not that I can
    // see", "not quite", "none that I can see", "slim", "that's not going to happen", "that worry / those worries
    // turned out to be unfounded", "it was a false alarm", "(the answer is that) I (really) don't see the need", "not
    // planned", "not as things stand", "I disagree", "not really" (not "Not really, but …", a reluctance), "(and)
    // neither do I", "I don't think we do / it is", "I (really) hope not", "(right now) it doesn't look like it", "it
    // shouldn't (be)"; not "no surprise") or yes ("probably", "yes", "no doubt", "I think so", "I agree (with him)",
    // "agreed", "absolutely" (alone), "definitely", "exactly", "indeed", "you're / that's right", "(I think) he's right
    // / they have a point", "I hope so", "looks like it", "looks / seems that way", "that's the plan", "I'm afraid so",
    // "that's still the plan", "fingers crossed", "knock on wood", "I don't see any reason why not", "(I think) I
    // will", "there will (be)", "I think we do / can / it is", "it should (be)"; no: "there won't (be)", "I think I
    // won't"; "yeah, no" and "yeah, that's not going to happen" are no: the "yeah" only takes the question up, and
    // "(yeah,) about that: …" walks it back), also after its condition ("Unless something breaks, yes") or put as what
    // he can say ("I'd (have to) say no", "I can say there won't be"). Open also: "I (honestly) can't tell / say".
    [GeneratedRegex(@"^(?:(?:well|so|and|honestly|frankly|sadly|happily|right\s+now|for\s+now|so\s+far|at\s+the\s+moment|at\s+this\s+point)\b,?\s+|(?:yeah|yes|ok|okay|right)\s*,\s*(?=(?:no|nope|nah|not)\b|(?:that's|that\s+is|it's|it\s+is)\s+not\b)|the\s+(?:short\s+|simple\s+)?answer\s+(?:is|seems\s+to\s+be)\s*:?\s+(?:that\s+)?|(?:it\s+)?turns\s+out\s+(?:that\s+)?|(?:unless|barring|if\s+nothing)\b[^,.;]*,\s*|i(?:'d|\s+would|\s+can|\s+could)?\s+(?:(?:honestly|have\s+to)\s+)?say\s+(?:that\s+)?)*(?:(?<open>i\s+(?:\w+\s+)?(?:don't|do\s+not)\s+know|time\s+will\s+tell|i\s+(?:\w+\s+)?(?:can't|cannot)\s+(?:(?:really|yet)\s+)?(?:tell|say)\b(?!\s+(?:that|whether|if)\b)|who\s+knows|it\s+(?:all\s+)?depends|no\s+idea|(?:it's\s+)?(?:too\s+early|hard)\s+to\s+(?:tell|say)|maybe|we'll\s+see)|(?<no>(?:(?:yeah|so|ok|okay|well),?\s+)?about\s+that(?=\s*(?:[.:,;!]|$))|(?:i\s+(?:\w+\s+)?think\s+)?(?:he|she|they)(?:'s|'re|\s+is|\s+are)\s+(?:\w+\s+)?wrong\b|(?:probably|likely|most\s+likely|almost\s+certainly|hopefully|definitely|absolutely|certainly)\s+not|it\s+(?:won't|will\s+not|isn't|is\s+not|shouldn't|should\s+not)|not\s+(?:this\s+time|this\s+cycle|now|as\s+things\s+stand|at\s+this\s+point|at\s+the\s+moment|right\s+now)|not\s+(?:\w+\s+)?planned|none\s+planned|no(?!\s+(?:surprise|doubt|wonder|matter|problem|big\s+deal|worries|news|change)s?\b)|nope|nah|(?:that's\s+|that\s+is\s+|it's\s+)?not\s+(?:gonna|going\s+to)\s+happen|(?:that's\s+|it's\s+)?not\s+happening|(?:(?:that|it)(?:\s+(?:worry|fear|concern))?|(?:those|these|the|my|that)\s+(?:worries|fears|concerns))\s+(?:turned\s+out\s+to\s+be|proved(?:\s+to\s+be)?|was|were)\s+(?:(?:completely|totally|entirely|all)\s+)?(?:unfounded|groundless|overblown|misplaced|unnecessary|a\s+false\s+alarm)|not\s+likely|not\s+quite(?:\s+yet)?|none(?:\s+that\s+i\s+(?:can\s+see|see|know\s+of))?|unlikely|doubtful|i\s+(?:\w+\s+)?doubt\s+it|i\s+(?:\w+\s+)?(?:don't|do\s+not)\s+(?:think|expect|believe)\s+(?:so|(?:we|it)\s+(?:do|does|is|will|would)(?=\s*(?:[.!]|$)))|i\s+(?:(?:strongly|completely|totally|respectfully)\s+)?disagree|i\s+(?:\w+\s+)?hope\s+not|it\s+(?:doesn't|does\s+not)\s+(?:look|seem)\s+(?:like\s+it|that\s+way|so)\b|not\s+if\b|(?:i\s+(?:\w+\s+)?)?(?:don't|do\s+not|can't|cannot)\s+see\s+(?:the|a|any)\s+(?:need|point|reason)\b(?!\s+(?:why\s+)?not\b)|(?:we|i)\s+(?:don't|do\s+not|won't|will\s+not)(?!\s+see\s+(?:any|a|the)\s+reason\s+(?:why\s+)?not\b)|(?:we|i)\s+(?:can't|cannot)(?=\s*(?:[.!]|$))|no\s+longer|now\s+i\s+(?:don't|do\s+not)|" + NoLongerSo + @"|not\s+unless|only\s+if\s+(?:something|anything|things)\s+(?:\w+\s+)?(?:goes|go|breaks?|comes?\s+up|blows?\s+up|turns?\s+up)|not\s+(?:from\s+what\s+i\s+(?:can\s+)?see|as\s+far\s+as\s+i\s+(?:can\s+tell|know|can\s+see)|that\s+i\s+(?:can\s+see|know\s+of|can\s+tell))|slim(?:\s+to\s+none)?|not\s+much|not\s+really(?!\s*,?\s*but\b)|(?:neither|nor)\s+(?:do|would|will|does)\s+(?:i|we))|(?<no>there\s+(?:won't|will\s+not)(?:\s+be)?(?=\s*(?:[.!]|$))|i\s+(?:\w+\s+)?(?:think|expect)\s+(?:i|we|there)\s+(?:won't|will\s+not)(?:\s+be)?(?=\s*(?:[.!]|$)))|(?<yes>(?:i\s+(?:\w+\s+)?(?:think|expect|suspect)\s+)?(?:i|we|there)\s+(?:will|shall)(?:\s+be)?(?=\s*(?:[.!]|$))|yes|yep|yup|yeah|no\s+doubt|that(?:'s|\s+is)\s+(?:still\s+)?(?:the\s+plan|the\s+idea|true|the\s+case)|that\s+(?:hasn't|has\s+not)\s+changed|(?:i'm\s+)?afraid\s+so|(?:we|i)\s+(?:still\s+)?(?:do|will)(?=\s*[.!]|$)|i\s+(?:\w+\s+)?(?:think|suspect|believe)\s+(?:we|it)\s+(?:do|does|is|will|would|can)(?=\s*(?:[.!]|$))|i\s+still\s+think\s+so|(?:i\s+(?:\w+\s+)?think\s+)?(?:he|she|they)(?:'s|'re|\s+is|\s+are|\s+may\s+(?:well\s+)?be|\s+might\s+be)\s+(?:probably\s+|likely\s+)?right|(?:i\s+(?:\w+\s+)?think\s+)?(?:he|she|they)\s+(?:has|have)\s+a\s+point|i\s+(?:(?:fully|completely|totally|tend\s+to)\s+)?agree\b(?!\s+with\s+(?!(?:him|her|them)\b))|(?:agreed|absolutely|definitely|exactly|indeed)(?=\s*(?:[.!,;]|$))|(?:that's|you're|that\s+is|you\s+are)\s+(?:quite\s+|absolutely\s+)?right|it\s+(?:will|is)|it\s+should(?:\s+be)?(?=\s*(?:[.!,]|$))|probably|likely|most\s+likely|almost\s+certainly|hopefully|i\s+(?:\w+\s+)?(?:think|expect|suspect|fear|believe|hope)\s+so|looks\s+like\s+it|(?:it\s+)?(?:looks|seems)\s+(?:that\s+way|like\s+it)|appears\s+so|(?:i\s+(?:\w+\s+)?)?(?:don't|do\s+not|can't|cannot)\s+see\s+(?:the|a|any)\s+reason\s+(?:why\s+)?not|fingers\s+crossed|(?:touch|knock\s+on)\s+wood))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Answer();

    // An answer that echoes the statement's subject and verb: "We don't.", "It isn't.", "We do.", "I think we do."
    [GeneratedRegex(@"^(?:i\s+(?:\w+\s+)?think\s+)?(?:we|it|i|they)\s+(?:do|does|is|are|will|(?:do|does|is|are|will|wo)(?<not>n't|\s+not))\s*[.!]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Echo();

    // An answer that joins a denial: "neither do I", "nor will we", "me neither", "I don't either".
    [GeneratedRegex(@"^(?:(?:and|so)\s+)?(?:(?:frankly|honestly|personally),?\s+)?(?:(?:neither|nor)\s+(?:do|does|did|am|is|are|will|would|can|should|have)\s+(?:i|we)|me\s+neither|(?:i|we)\s+(?:don't|do\s+not|won't|will\s+not)\s+either)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Neither();

    // Linus joining the denial he tells of: "even (Greg) doesn't think …", "(he doesn't think we need an rc8) either".
    [GeneratedRegex(@"\beven\s+$|\beither\s*[.!,]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex JoinedDenial();

    // What may open a short answer to a habit before "this time": nothing, or "but", "and", "so".
    [GeneratedRegex(@"^(?:(?:but|and|so)\b,?\s*)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnswerOpening();

    // A short answer that names the step: "Final, I think", "The final", "6.7 (final)", "rc8, probably", "Another rc"
    // (groups final, v, k).
    [GeneratedRegex(@"^(?:(?:well|so|honestly)\b,?\s+)?(?:(?<final>(?:the\s+)?final(?:\s+release)?|(?:the\s+)?(?:final\s+)?v?(?<v>\d+\.\d+)(?:\s+final|\s+release)?)|(?:an?\s+)?-?rc(?<k>\d{1,2})|(?:one\s+more|another)\s+(?:rc|week))\s*(?:[,.!;]|$)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StepNamed();

    // A question of the step without naming it: "What's next?", "So what comes next?", "And next week?", "What's the
    // plan for next week?", "Next up?".
    [GeneratedRegex(@"^\s*(?:(?:so|and|ok|okay|now)\s*,?\s+)*(?:what(?:'s|\s+is|\s+comes|\s+happens)\s+next|what\s+now|what's\s+the\s+plan(?:\s+for\s+next\s+(?:week|weekend|sunday))?|next\s+(?:week|weekend|sunday|up)|what\s+about\s+next\s+(?:week|weekend|sunday))\s*\?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextStepAsked();

    // What was said, thought or feared before, reported: "I said (that)", "I thought", "we expected", "I worried", and
    // the plan told in the past (group plan): "my original plan was (to …)", "the plan was", "I had planned / had been
    // planning on / to" (Retold reads what follows as if said now; not "as I said", which says it again; "I was
    // planning" is a DashedHope).
    [GeneratedRegex(@"(?<!\bas\s)\b(?:i|we)\s+(?:\w+\s+)?(?:said|mentioned|stated|wrote|claimed|predicted|guessed|thought|expected|believed|figured|worried|feared)\b(?:\s+that\b)?|(?<plan>\b(?:my|our|the)\s+(?:original\s+|initial\s+|earlier\s+)?plan\s+was|\b(?:i|we)\s+(?:had\s+)?(?:originally\s+|initially\s+)?planned\s+(?:on|to)|\b(?:i|we)\s+had\s+(?:originally\s+|initially\s+)?been\s+planning\s+(?:on|to))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ToldBefore();

    // "This was always going to be an rc8 release", "we were always going to need an rc8": what was bound to happen all
    // along still is (Normalise writes "this is going to", "we are going to").
    [GeneratedRegex(@"\b(?<subject>[\w']+)\s+(?<be>was|were)\s+always\s+going\s+to\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AlwaysGoingTo();

    // "The plan was always to release after rc8", "my plan has always been an rc8": the plan all along is the plan still
    // (Normalise writes "the plan is").
    [GeneratedRegex(@"\b(?<subject>the|my|our)\s+(?<plan>plan|idea)\s+(?:was\s+always|(?:has|had)\s+always\s+been)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlanAllAlong();

    // "Last week I said the final would be next week": the release as the subject of what was said before, in the
    // future of then, and so is an rc by its number ("Remember how I said last week that rc7 would probably be the last
    // rc?", where the claim is more than eight words after "I said", beyond PastTense's window, "I did say last week
    // that the rc8 might not be the last one"; not "this", which last week was last week's rc) — to the end of the
    // clause, so that the claim after "would" is inside it (not "as I said").
    [GeneratedRegex(@"(?<!\bas\s)\bi\s+(?:(?:already|originally|also)\s+)?(?:said|did\s+say|mentioned|stated|wrote|claimed|warned|predicted|guessed)\s+(?:(?:last|earlier|two|a|before|previously|back)\b(?:\s+(?!that\b)[\w']+){0,2}?\s+)?(?:that\s+)?(?:the\s+(?:final(?:\s+(?:release|v?" + Ver + @"))?|release)|v?" + Ver + @"(?:\s+(?:final|release))?|(?:(?:this|the)\s+)?-?rc\d{1,2})\s+(?:would|might|could)\b(?:[^,;:!?.]|\.(?=\d))*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ToldWould();

    // A claim quoted and then said to be said before, ending its sentence: "'Final next week', I said." ("…, I said last
    // week", "…, I wrote"); Normalise has taken the quotes away.
    [GeneratedRegex(@"^(?:[^,;:!?.]|\.(?=\d))*,\s*(?:i|we)\s+(?:(?:once|already|confidently|boldly)\s+)?(?:said|wrote|claimed|predicted|promised|announced)(?:,?\s+(?:last|earlier|two|a|before|previously|back)\b(?:\s+[\w'.]+){0,4})?\s*[.!]*\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SaidAfter();

    // What was said last week: "last week (I said …)", "in the rc6 announcement".
    [GeneratedRegex(@"\b(?:last\s+week|a\s+week\s+ago|in\s+(?:the|my)\s+(?:-?rc\d+\s+)?(?:announcement|mail|email))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LastWeek();

    // What was said no longer holds: "that's no longer the case / true / the plan", "that no longer holds / looks
    // likely / seems true", "that doesn't look likely any more", "that has changed", "not any more", "I was wrong", "I
    // changed my mind" — after what was said in the same sentence (StillSo), as an answer (Answer) or as a sentence
    // of its own after it (ButNot).
    private const string NoLongerSo = @"that(?:'s|\s+is)\s+no\s+longer\s+(?:the\s+case|true|the\s+plan)|that\s+no\s+longer\s+(?:holds|stands|applies|(?:looks|seems)\s+(?:likely|true|right|like\s+it|that\s+way|to\s+be\s+the\s+case))|that\s+(?:doesn't|does\s+not)\s+(?:look|seem)\s+(?:likely|true|right)\s+any\s*more|that(?:'s|\s+has)\s+changed|not\s+any\s*more|i\s+(?:was\s+wrong|changed\s+my\s+mind)";

    // Whether what was said before still holds, later in the same sentence: "…, and (or ;) that's still the plan", "…
    // and I stand by that", "…, and that hasn't changed", "…, and I still am", "…, and it still looks that way", "…,
    // and it will be" (yes) or "…, but that's no longer the case", "… but not anymore", "…, but there's no need (for
    // one) any more", "…, but it isn't (going to be)", "…, but that's not going to happen", "…, but now it looks like
    // we won't" (no).
    [GeneratedRegex(@"(?:\b(?:and|but)\s+|;\s*)(?:(?<yes>that(?:'s|\s+is)\s+still\s+(?:the\s+plan|true|the\s+case)|that\s+(?:hasn't|has\s+not)\s+changed|i\s+(?:still\s+)?stand\s+by\s+(?:that|it)|(?:it|that)\s+still\s+(?:holds|stands)|i\s+still\s+(?:am|do|think\s+so)|it\s+(?:will\s+be|is)(?=\s*(?:[.!;]|$))|(?:it|that)\s+still\s+(?:looks|seems)\s+(?:that\s+way|like\s+it|to\s+be\s+the\s+case))|(?<no>" + NoLongerSo + @"|it(?:\s+(?:isn't|is\s+not)(?:\s+going\s+to\s+be)?|\s+(?:won't|will\s+not)\s+be|'s\s+not(?:\s+going\s+to\s+be)?)(?=\s*(?:[.!;]|$))|(?:it|that)(?:(?:'s|\s+is)\s+not\s+(?:gonna|going\s+to)\s+happen|(?:'s|\s+is)\s+not\s+happening|\s+(?:won't|will\s+not)\s+happen)\b|(?:there's|there\s+is)\s+no\s+(?:need|reason)(?:\s+for\s+(?:one|it|that))?\s+(?:any\s*more|now)(?=\s*(?:[.!;]|$))|(?:now\s+)?(?:it|things)\s+(?:looks?|seems?)\s+like\s+(?:we|it|i)\s+(?:won't|will\s+not|don't|do\s+not|can't|cannot)))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StillSo();

    // A statement ending in a tag is no question: "make this last week count, ok?", "that's the plan, right?", "let's make
    // this the last rc, shall we?".
    [GeneratedRegex(@",\s*(?:ok(?:ay)?|right|no|eh|yes|see|isn't\s+it|won't\s+it|don't\s+you\s+think|shall\s+we|(?:won't|will|can't|aren't)\s+we)\s*\?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TagQuestion();

    // Talk about the future: weeks "to go" (or "left", "until …", "before …"), "next", "will", "let's", "let it / this
    // (sit)", "want to", "more weeks", what is needed ("there's no need for another week") …
    [GeneratedRegex(@"\b(?:will|'ll|going\s+to|let's|want\s+to|needs?|(?:'d|would)\s+like\s+to|next|upcoming|to\s+go|weeks?\s+(?:left|remaining|until|till|before)|let\s+(?:it|this|things)|in\s+(?:two|three|a\s+couple\s+of)\s+weeks|more\s+(?:\w+\s+)?weeks?|slated|expect|plan|keep)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Future();

    [GeneratedRegex(@"^\s*(?:has|have)\s+(?:gone|passed)|^\s*(?:went|passed)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GoneBy();

    // "the last rc was bigger", "the last rc of the 6.7 series had a similar size", "the final release last time had some
    // fallout", "the final release after rc7 of 6.20 was smooth", "the final release followed right after it" (not
    // "followed by"): the claim's words as the subject of a past verb; "I tagged the last rc a week ago": a time ago
    // right after them.
    [GeneratedRegex(@"^\s*(?:(?:after|following|before)\s+(?:the\s+)?-?rc\d+\s+)?(?:(?:of|in|for|from)\s+(?:the\s+)?[\w.\-]+(?:\s+(?:series|cycle|release|kernel))?\s+)?(?:(?:last\s+(?:time|cycle|year)|back\s+then|in\s+the\s+past)\s+)?(?:was|were|had|did|ended|came|arrived|happened|shipped|followed(?!\s+by))\b|^(?:\s+[\w']+){1,3}\s+ago\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TellsOfPast();

    // "the rc8 we had for 6.9", "the rc8 that we did last time": an rc told of in a relative clause in the past; "the
    // rc8 (diff) last time", "the rc8 back then", "the rc8 of last cycle": with the time it happened ("an rc8 like last
    // time" is a plan).
    [GeneratedRegex(@"^\s*(?:(?:that\s+|which\s+)?(?:we|i|it|they|you|v?" + Ver + @")\s+(?:\w+\s+)?(?:had|did|got|needed|saw|made|ended\s+up)\b|(?:(?!(?:like|as|again)\b)[\w']+\s+){0,3}?(?:last\s+time|back\s+then|in\s+the\s+past|last\s+(?:cycle|release|year)|the\s+previous\s+(?:cycle|release))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HadAfter();

    // "people keep asking me about an rc8", "questions about an rc8", "the joke about rc8 being a feature of …", "last
    // week's drama about rc8", "people ask me why we don't just skip rc8", "tell me / let me know if you think we need
    // an rc8": the rc as the topic of what others ask (or are asked), joke, think or argue about; and a fear Linus had
    // ("I (had) worried / feared we'd need an rc8"), which says nothing of what comes.
    [GeneratedRegex(@"\b(?:i|we)\s+(?:had\s+|'d\s+)?(?:worried|feared)\s+(?:that\s+)?(?:we|it|this|there)(?:'d|\s+would|\s+might)\s+(?:[\w']+\s+){0,3}?$|\b(?:ask(?:s|ed|ing)?|questions?|wonder(?:s|ed|ing)?|jokes?|joking|ideas?|notions?|rumou?rs?|myths?|drama|debates?|discussions?|talk|worr(?:y|ies|ied)|concerns?|fuss|speculation|arguments?|chatter|confusion|complain(?:ts?|ing)?)\s+(?:[\w']+\s+){0,2}?about\s+(?:an?\s+|the\s+)?$|\b(?:ask(?:s|ed|ing)?\s+(?:(?:me|us)\s+)?|(?:tell|let)\s+me\s+(?:know\s+)?)(?:why|whether|if|how\s+come)\s+(?:[\w']+\s+){0,8}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AskedAbout();

    // What usually happens, or happens in every cycle: "the last rc before the holidays is usually the worst", "every
    // release should have an rc8", "the last rc before a release always seems to be the one where …" (not "as always",
    // which says this time is as usual), "we do an rc8 when it's needed" (what is done whenever something is so), "an
    // rc9 is not something I've done often" (what he has done; not "something I do lightly", which weighs this one),
    // "sometimes / often / rarely we need an rc8", "some / many releases need an rc8" (not "not something I do often",
    // which weighs this one as "lightly" does), "seven rc's and we're done is the normal pattern / the norm", "most
    // of the time", "more often than not", "as a rule". Not the habit this cycle is likened to ("Like / As with most
    // releases, rc7 should be the last", "Unlike most releases, this one needs an rc8"), which tells of this one.
    [GeneratedRegex(@"\b(?<!\b(?:like|unlike|as\s+(?:with|in|for)|same\s+as)\s+)(?:usually|typically|generally|traditionally|historically|sometimes|(?<!\bdo\s)often|occasionally|rarely|seldom|every\s+so\s+often|from\s+time\s+to\s+time|(?:some|many|several|a\s+few|few)\s+(?:releases?|cycles?|kernels?)|tends?\s+to|always\s+(?:seems?|turns?\s+out|ends?\s+up)|(?:every|each|most|all)\s+(?:releases?|cycles?|kernels?)|(?:we|i)\s+(?:only\s+)?do\s+(?:an?\s+)?(?:-?rc\d+|extra\s+rc|another\s+rc)\s+(?:only\s+)?(?:when(?:ever)?|if)\b(?!\s+(?:we|i)\s+(?:do|have)\s+to\b)|something\s+(?:i|we)(?:'ve|\s+have)\s+(?:(?:often|rarely|ever|never|usually|really)\s+)?done\b|most\s+of\s+the\s+time|more\s+often\s+than\s+not|as\s+a\s+(?:general\s+)?rule|(?:is|'s)\s+(?:the\s+)?(?:normal|usual|typical|common)\s+(?:pattern|way\s+(?:it|things)\s+go(?:es)?|rule)\b|\bthe\s+norm\b)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Habitual();

    // This cycle compared with the one told of: "… needed an rc8, but this one doesn't look like it will" (group not),
    // "…, and this one will / might too", "…; this time I don't expect one", "… without an rc8, but 6.18 won't be so
    // lucky", "6.20 didn't need an rc8, but / ; 6.21 will" (group v: this cycle's version), "we do an rc8 when it's
    // needed, and this time it is", "most releases don't need an rc8, but this one does", "sometimes we need an rc8,
    // but not this time", "we often get away without an rc8, but I don't think we will this time".
    [GeneratedRegex(@"\G(?:[^.]|\.(?=\d))*?(?:\b(?:but|and|while)\s+|;\s*)(?:this\s+(?:one|time|release|cycle|kernel)|(?<v>" + Ver + @"))\s+(?:[\w']+\s+){0,2}?(?:(?<not>doesn't|does\s+not|don't|do\s+not|won't|will\s+not|isn't|is\s+not|aren't|are\s+not|shouldn't|should\s+not)\b|(?<=(?:\b(?:but|while|and)\s+|;\s*)(?:\S+\s+){1,3})(?:will|does|do|is|are|is\s+going\s+to)(?=\s*(?:[.!;,]|$))|(?:will|does|should|is\s+going\s+to|might|may|could)\b(?:\s+[\w']+){0,4}?\s+(?:too|as\s+well)\b)|\G(?:[^.]|\.(?=\d))*?\b(?:but|though)\s+(?<not>not)\s+(?:this\s+(?:one|time|release|cycle|kernel)|(?<v>" + Ver + @"))(?=\s*(?:[.!;,]|$))|\G(?:[^.]|\.(?=\d))*?\b(?:but|and)\s+" + ThisTimeAfterVerb + @"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisOneToo();

    // "(…, but) I don't think we will this time", "(…, and) (I think) we will this time": this cycle named after the
    // verb that echoes what was told of (group not: the echo denied).
    private const string ThisTimeAfterVerb = @"(?:i\s+(?:(?<not>don't|do\s+not)\s+)?(?:think|expect|suspect)\s+)?(?:we|it|i)\s+(?:(?<not>won't|will\s+not|don't|do\s+not|can't|cannot)|will|do|can)\s+this\s+time(?=\s*(?:[.!;,]|$))";

    // A later clause that says what was told of happens again, or not, this time: "…, and I think that's what's going to
    // happen this time too", "…, and the same will happen this time", "…, but I don't think that will happen again",
    // "…, and this time will be no different" / "… won't be any different" (group different: "this time will be
    // different" says the other way; group clause: that clause, for its negation).
    [GeneratedRegex(@"\G(?:[^.]|\.(?=\d))*?(?:[;,]|\b(?:but|and|so)\b)\s*(?<clause>[^,;.]*?(?:\b(?:that(?:'s|\s+is)?\s+what(?:'s|\s+is)?|the\s+same(?:\s+thing)?|that|it)\s+(?:[\w']+\s+){0,3}?(?:happen|be\s+the\s+case)\b[^,;.]*?\b(?:this\s+(?:time|one|cycle|release)|again|too|as\s+well)\b|\bthis\s+(?:time|one|cycle|release)\s+(?:will|won't|will\s+not|should|shouldn't|is\s+going\s+to|isn't\s+going\s+to)\s+be\s+(?:any\s+|no\s+)?(?<different>different)\b))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HappensAgain();

    // A later clause that asks the rc told of again of this cycle, by "one": "…, and I don't think we'll need one this time
    // either", "…; I don't expect one", "…, and I'd like to avoid that this time" (group clause: that clause, for its
    // negation).
    [GeneratedRegex(@"\G(?:[^.]|\.(?=\d))*?(?:[;,]|\b(?:but|and|so)\b)\s*(?<clause>[^,;.]*?\b(?:i|we|i'll|we'll|i'd|we'd)\b[^,;.]*?(?:\b(?:need|expect|want|have|do|see|get)\s+(?:an?\s+)?(?:one|another(?:\s+one)?)|\bavoid(?:ing)?\s+(?:that|it|one))\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneAgain();

    // A doubt settled the other way by what follows it: "I'm not sure whether we'll need an rc8, but I think we will /
    // I think so" (as "…, but I doubt it" settles it against). A version's dot ("6.25") does not end the sentence.
    [GeneratedRegex(@"^(?:[^.;]|\.(?=\d))*?\b(?:but|though|although)\s+(?:right\s+now\s+|at\s+this\s+point\s+)?i\s+(?:\w+\s+)?(?:think|expect|suspect|believe|fear)\s+(?:so|it\s+will|we\s+will|we'll|it\s+does|we\s+do)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ResolvedAfter();

    // "The rc8 — if there is one — will be small", "the rc8, if any, …", "an rc8, should there be one": the rc is supposed,
    // not planned.
    [GeneratedRegex(@"^\s*[,—(]?\s*(?:if\s+(?:there\s+is|there's|there\s+will\s+be|we\s+(?:have|need|do|get)|i\s+(?:do|need\s+to\s+do|need)|it\s+(?:happens|comes))\s+(?:one|it|an?\s+rc\d*)|if\s+any|should\s+there\s+be\s+one|assuming\s+there\s+is\s+one)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IfAny();

    // "(an rc9) would be unusual / rare / a first / unfortunate": what the rc would be, not that it comes.
    [GeneratedRegex(@"^\s*(?:would|'d)\s+be\s+(?:\w+\s+)?(?:unusual|rare|odd|unprecedented|a\s+first|unfortunate|annoying|painful|sad|a\s+pain)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WouldBeRare();

    // "(An rc8) was on the table last week", "was possible", "was briefly an option", "was discussed", "(I remember when
    // an rc9) was rare": what could have come, or what it was like, then — not the plan now ("an rc8 was always the
    // plan" is still the plan).
    [GeneratedRegex(@"^\s*(?:was|were)\s+(?:(?:still|briefly|once|very\s+much|certainly|definitely|seriously)\s+)?(?:possible|likely|an?\s+(?:real\s+)?(?:option|possibility|risk|idea)|on\s+the\s+table|in\s+the\s+cards|under\s+consideration|considered|discussed|mentioned|floated|rare|unusual|uncommon|unheard\s+of|a\s+(?:big\s+deal|novelty))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WasThen();

    // What is talked or written about, right before the words of the release: "talk / write / say (more) about (the
    // final)", "tell you about".
    [GeneratedRegex(@"\b(?:talk|write|say|tell\s+(?:you|everybody|people)|post|think)\s+(?:(?:a\s+bit|some|much)\s+)?(?:more\s+)?about\s+(?:the\s+)?(?:final\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TalkedAbout();

    // "the rc8 question / debate / decision": the rc names what is talked about.
    [GeneratedRegex(@"^\s*(?:question|debate|discussion|decision|talk|topic|issue)s?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Topic();

    /// <summary>
    /// "this was the last rc", "(I hope) rc8 was the last one" in the rc8 mail: the mail's own rc, in the tense of a
    /// letter read later — not another rc by its number ("rc6 was the last calm one" in the rc8 mail).
    /// </summary>
    private static bool OwnRcWas(string before, int rc) =>
        ThisWas().Match(before) is { Success: true } was && (!was.Groups["n"].Success || was.Groups["n"].Value == rc.ToString(CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?:\bthis(?:\s+(?:one|rc|-?rc(?<n>\d+)))?|(?<![\w-])-?rc(?<n>\d+))\s+was\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisWas();

    // "have done", "had", "we haven't had / needed an rc8 (in a while)", "we had / got / needed an rc8", "the 6.17
    // cycle, which needed an rc8", "the last release needed an rc8", "(of the last ten releases,) three needed an rc8",
    // "it took (us) an extra week (to track it down)", "then we had to do an rc8" (the claim right after it; "if we
    // needed / had to do an rc8" supposes), "ended up having / needing" (not "if we ended up with", which supposes
    // too), "was", "I thought I'd", "some of you expected", "I had (originally) planned on", "I had considered an rc8",
    // "I had been toying with an rc8", "my gut said rc8": what happened, or was believed before; "Greg mentioned that
    // the stable team would prefer an rc8", "some people suggested that I should do an rc8", "Greg asked for / wants an
    // rc8" (not "nobody asked for an rc8", a denial): what others said or want, not Linus' plan; "last week I said I'd
    // do an rc8", "I said that rc8 would be the last rc": what was said before, in the future of then; "(a report) which
    // made / had me think / worried (that) we'd need an rc8": what was thought then. ("We've got two weeks to go" is the
    // present; "as I said, I'll do an rc8" says it again; "what I've seen this week makes me think an rc8 is the right
    // call" thinks it now; "(if things had been worse,) I'd have done an rc8" is what would have been, which ButFor
    // turns.)
    [GeneratedRegex(@"\bmy\s+(?:gut(?:\s+feeling)?|(?:first\s+)?instinct|feeling)\s+(?:said|told\s+me|was)\b(?:\s+that)?\s*$|\b(?:made|got|had)\s+(?:me|us)\s+(?:\w+\s+)?(?:think(?:ing)?|worr(?:y|ied|ying)|wonder(?:ing)?|fear(?:ing)?|expect(?:ing)?|suspect(?:ing)?|believe|believing)\b|(?<!(?:\bwould|\bcould|\bmight|\bshould|'d)\s+)\b(?:have|has|had|'ve)\s+(?:\w+\s+)?(?:done|had|made|seen|gotten)\b(?!(?:\s+[\w']+){0,4}?\s+(?:makes|suggests|tells|says)\s+(?:me|us)\b)|\b(?:haven't|hasn't|hadn't)\s+(?:\w+\s+)?(?:done|had|needed)(?:\s+(?:an?|the|one|another))?\s*$|(?<!\b(?:if|whether)\s)\b(?:we|i|they|which|that|it|(?:last|previous|prior|earlier)\s+(?:\w+\s+)?(?:releases?|cycles?|ones?|kernels?)|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several|many|most|a\s+few|a\s+couple|half)(?:\s+of\s+(?:them|those|these))?)\s+(?:\w+\s+)?(?:had(?:\s+to\s+(?:do|have|add|make|cut|go\s+(?:with|for)))?|got|needed|saw|(?:took|cost|spent|lost|wasted)(?:\s+(?:us|me|them|him|her|people))?)(?:\s+(?:an?|the|one|another))?\s*$|(?<!\bif\s+(?:we|it|this|this\s+one|this\s+release|things|they)\s+)\bended\s+up\s+(?:having|with|doing|needing|getting|requiring|going\s+(?:to|with))\b|\bwas\b|\bwere\b|\bdid\b|\b(?:i|we)\s+had\s+been\s+(?:\w+\s+)?(?:considering|contemplating|thinking\s+(?:about|of)|toying\s+with|planning|expecting|hoping)\b|\b(?:i|we|you|they|people|everybody|everyone|some)\s+(?:\w+\s+)?(?:had\s+)?(?:(?:originally|initially|really|actually)\s+)?(?:thought|hoped|expected|planned|wanted|considered|contemplated)\b|(?<!\b(?:i|we|i'd|we'd)\s+(?:\w+\s+)?)\b(?:suggested|proposed|mentioned|argued|(?:would\s+)?prefer(?:s|red)?)\b|(?<!\b(?:i|we|i'd|we'd|nobody|no\s+one|nothing|none|not)\s+(?:\w+\s+)?)\b(?:(?:has\s+|have\s+)?asked\s+for|(?:is|are)\s+asking\s+for|requested|wants|wanted|pushed\s+for|lobbied\s+for)\b|\bi\s+(?:said|mentioned|stated|wrote|claimed|warned|predicted|guessed)\b(?:\s+[\w']+){0,3}?\s+(?:i'd|we'd|there'd|it'd|(?:i|we|there|it|this|that|this\s+(?:one|rc)|-?rc\d{1,2}|v?" + Ver + @")\s+would)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastTense();

    // "I never promised", "I didn't say", "I can't promise", "I'm not promising", "I'm not going to promise / say", "I'm
    // not going to make any promises / predictions about": what follows is not what he states.
    [GeneratedRegex(@"\b(?:never|didn't|did\s+not|don't|do\s+not|can't|cannot|won't)\s+(?:\w+\s+)?(?:promise[ds]?|say|said|claim(?:ed)?|guarantee[ds]?)\b|\bnot\s+(?:\w+\s+)?(?:promising|guaranteeing)\b|\b(?:not|never)\s+going\s+to\s+(?:promise|guarantee|say|claim)\b|\b(?:not|never|won't|can't)\s+(?:going\s+to\s+)?(?:mak(?:e|ing)|offer(?:ing)?)\s+(?:any\s+)?(?:promises|guarantees|predictions|guesses|bets)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotSaid();

    // A clause that takes back what it names: "forget the rc8 I mentioned", "scratch what I said about the final".
    [GeneratedRegex(@"^\s*" + TakeBack + @"\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Retracted();

    [GeneratedRegex(@"\bhere\s+we\s+are\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HereWeAre();

    /// <summary>
    /// True when "here we are" before the claim tells of where the cycle stands ("here we are, with an extra rc"), not
    /// of what is ahead: a time of release in the claim's clause looks forward ("here we are, a week away from the
    /// final release").
    /// </summary>
    private static bool HereWeAreNow(string sentence, int index) =>
        HereWeAre().IsMatch(sentence[..index]) && !TimeOfRelease().IsMatch(sentence[ClauseRange(sentence, index)]);

    // "I decided …", "we chose …" (not "I've decided", which may be news of the next step): a decision already carried out.
    [GeneratedRegex(@"\b(?:i|we)\s+(?:just\s+|finally\s+|eventually\s+|then\s+|ultimately\s+)?(?:decided|chose|opted|figured)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NarratedDecision();

    // A question told of: "people have asked (me) if / whether …", "some asked me at Plumbers / on the list whether …",
    // "some wonder whether …" (not "I wonder whether", a doubt of Linus' own).
    [GeneratedRegex(@"\b(?:ask(?:s|ed|ing)?|(?<!\bi\s)wonder(?:s|ed|ing)?)\s+(?:(?:me|us)\s+)?(?:(?:at|on|during|in|over|after)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){1,3}?)?(?:whether|if)\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReportedQuestion();

    // Words that are not somebody else as the subject of what they think or say: verbs, conjunctions, pronouns of
    // Linus' own or of things, the release and its parts, what a gut feeling, a hunch or experience says ("my money
    // says rc8"), and what the numbers say.
    private const string NotAnotherPerson = @"(?!(?:has|have|had|is|are|was|were|will|would|should|could|might|may|must|and|but|or|so|then|just|also|still|not|never|even|only|to|i|we|you|it|this|that|there|which|what|who|nothing|everything|something|anything|everybody|everyone|nobody|one|rc\d*|release|final|kernel|diffstat|shortlog|size|schedule|calendar|plan|history|experience|gut|feeling|hunch|intuition|money|instinct|heart|head|logic|sense|numbers|data|stats|statistics|trend|trends|evidence)\b)";

    // Linus' own inner voices: "the optimist in me says / hopes (that)" is his hope (Normalise writes "i hope"), "the
    // realist / pessimist / cynic in me says / thinks / suspects" his fear or expectation ("i suspect") — not somebody
    // else's words (OthersThink).
    [GeneratedRegex(@"\bthe\s+(?:(?<hope>optimist)|realist|pessimist|cynic)\s+in\s+me\s+(?:says|thinks|hopes|expects|suspects|believes|feels)(?:\s+that)?\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InnerVoice();

    // Where somebody who says something is: "somebody on the list", "someone from the networking team", "Greg over at
    // the stable team".
    private const string FromWhere = @"(?:\s+(?:on|from|at|over\s+at)\s+(?:the\s+)?[a-z-]+(?:\s+(?:list|team|thread|side))?)?";

    // What somebody else thinks, says, expects or asks for, right before it: "Greg thinks (that)", "the stable team
    // expects", "some people said", "a few maintainers believe", "most people I've talked to think", "they think",
    // "people have asked for", "Greg wants", "Greg suggested / proposed", "Greg said / thought" at the head of a
    // clause, "somebody on the list said", and the same denied ("Greg doesn't think / want", "the drm folks don't see
    // the need for": group denied, the verb), whose denial is read with it (not "the expected release"; not "it feels
    // like", "this says", "nothing suggests", "nobody thinks", "my gut says", an rc or a release as the subject).
    [GeneratedRegex(@"(?<![\w'.-])(?![a-z]+ly\b)" + NotAnotherPerson + @"[a-z][a-z'-]*" + FromWhere + @"\s+(?:(?:also|still|really|apparently|now|already|clearly)\s+)?(?:(?:has\s+)?(?:asked\s+for|requested|pushed\s+for|argued\s+for|lobbied\s+for|suggested|proposed)|argues\s+for|thinks|believes|suspects|expects|says|claims|argues|reckons|predicts|worries|fears|guesses|wants|wanted|(?:doesn't|does\s+not|didn't|did\s+not)\s+(?:really\s+)?(?<denied>think|believe|expect|want|see\s+(?:the|a|any)\s+(?:need|point|reason)\s+for))\b(?:\s+that\b)?|(?:^|(?<=[,;:—]\s*)|(?<=\b(?:and|but|so)\s+))" + NotAnotherPerson + @"(?!(?:as|the|a|an|all|been|being|be)\b)[a-z][a-z'-]*" + FromWhere + @"\s+(?:(?:also|still|really|apparently|originally|initially|already|clearly)\s+)?(?:said|thought|believed|suspected|expected|claimed|predicted|worried|feared|guessed|wrote)\b(?:\s+that\b)?|\b(?:some(?:\s+(?:people|folks|maintainers|developers|of\s+you))?|(?:most|many|several|a\s+few|a\s+couple\s+of|other)\s+(?:people|folks|maintainers|developers)|people|others|they|the\s+[\w-]+\s+(?:team|folks|people|maintainers))(?:\s+(?:i've|i|we've|we)\s+(?:talked|spoken)\s+(?:to|with))?\s+(?:(?:also|still|really|apparently|now|already|clearly)\s+)?(?:(?:have\s+)?(?:asked\s+for|requested|pushed\s+for|argued\s+for|lobbied\s+for|suggested|proposed)|argue\s+for|think|believe|suspect|expect|feel|say|claim|argue|reckon|predict|worry|fear|guess|want|thought|believed|suspected|expected|felt|said|claimed|argued|predicted|worried|feared|guessed|wanted|(?:don't|do\s+not|didn't|did\s+not)\s+(?:really\s+)?(?<denied>think|believe|expect|want|see\s+(?:the|a|any)\s+(?:need|point|reason)\s+for))\b(?:\s+that\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OthersThink();

    // Where somebody else's words told of — what they think, or a question they asked — end and Linus' own begin: a
    // "but", a semicolon, colon or dash, ", so" (his conclusion: "Dave says networking is in good shape, so this is the
    // last rc"; not "…, so he's been sending fixes", which goes on with the other's story), or ", and" with a subject
    // of his own or "the answer" within a few words or after a phrase set off by a comma ("…, and with that I expect
    // …", "Ted wonders whether we should do an rc8, and I think he's right", "…, and having looked at the fixes that
    // came in this week, I agree"; not ", and that / whether …", which goes on with what they said or asked).
    [GeneratedRegex(@"\bbut\b|[;:—]|,\s*so\b(?!\s+(?:he|she|they)(?:'s|'re|'ll|'d)?\b)|,\s*and\s+(?!(?:that|whether|if|what|how|when|why)\b)(?:[^,;:—.!?]{1,100},\s*)?(?:[\w']+\s+){0,8}?(?:i|i'm|i'll|i'd|we|we'll|we're|the\s+answer)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OthersWordsEnd();

    // Where an answer that ends a longer text may start: after a comma, semicolon, colon or dash or after "and / but / so
    // / then", or at an "I" ("after a quiet week I really don't see the need").
    [GeneratedRegex(@"(?:[,;:—]|\b(?:and|but|so|then)\b)\s*|\b(?=i(?:'d|'m)?\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnswerTailStart();

    // A condition before an answer, which makes it no plain one: "if the fix lands, no", "unless …, yes", "once …" (wider
    // than Condition, which leaves "unless" and "until" to the provisos and reads "see if" as "whether").
    [GeneratedRegex(@"\b(?:if|unless|until|once|as\s+long\s+as|assuming|provided)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConditionWord();

    // What leads into an answer given in the asking sentence: ", and", "but", "so" and the punctuation before them.
    [GeneratedRegex(@"^[\s,;:—]*(?:(?:and|but|so)\b\s*)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnswerLead();

}
