using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// The steps a sentence names: a later rc, another rc or week, a delay, a hold-up, the final next, the release, and
/// the order they come in ("an rc8 and then the final").
/// </summary>
public static partial class ProseReader
{
    // A later rc by number: "rc8", "-rc8", "an rc8" — not a compound word ("an rc8-worthy bug").
    [GeneratedRegex(@"(?<![\w.])-?rc(?<k>\d{1,2})\b(?!-[a-z])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LaterRc();

    // What makes "another week" before it an extra one: "another week (of calm) wouldn't hurt / would help / would be
    // good", "another week is in order / seems like a good idea / makes sense" — and what turns it down ("another week
    // isn't needed / wouldn't help / wouldn't change anything / doesn't make sense"), which RcDenied reads as a denial
    // after it.
    private const string WeekWouldHelp = @"(?=" + WeekOf + @"\s+(?:(?:wouldn't|won't|can't|couldn't|doesn't|would\s+not|will\s+not|cannot|can\s+not)\s+(?:really\s+)?hurt|(?:wouldn't|won't|doesn't|would\s+not|will\s+not)\s+(?:really\s+)?(?:help(?:\s+(?:much|anything|anyone|anybody))?|make\s+(?:a|any|much)\s+difference|change\s+(?:anything|much))(?=\s*(?:[.!;,—]|$))|(?:would|will|might|could|should)\s+(?:really\s+|probably\s+)?" + Helps + @"|" + Verdict + @")\b)";

    // A verdict on an extra week or rc: "is / seems (like) / would (probably) (not) be / isn't needed / necessary / in
    // order / called for / warranted / prudent / wise / a good idea / the right call", "makes (more) sense", "doesn't
    // make sense".
    private const string Verdict = @"(?:(?:is|isn't|seems|looks|sounds|feels|(?:would|will|might|could|should|'d)(?:\s+not)?(?:\s+(?:really|probably|definitely|certainly))?\s+be|(?:wouldn't|won't|shouldn't)\s+be|(?:doesn't|does\s+not)\s+(?:seem|look|sound|feel)(?:\s+like)?|(?:seems|looks|sounds|feels)\s+like)\s+(?:(?:really|probably|definitely|clearly|certainly|absolutely|entirely)\s+)?(?:in\s+order|called\s+for|warranted|needed|necessary|required|prudent|wise|sensible|justified|a\s+(?:good|sensible|wise|smart)\s+idea|the\s+right\s+(?:call|thing))|(?:makes?|(?:would|will|might|could)\s+make|(?:doesn't|does\s+not|wouldn't|won't)\s+make)\s+(?:(?:more|a\s+lot\s+of|any|much)\s+)?sense)";

    // Weeks of rcs, which are rcs and not weeks to the release: "(another / two more) week(s) of rc's / release
    // candidates" — not "one more week of rc testing, then the final", which is a week still to go.
    private const string OfRcs = @"of\s+(?:-?rc'?s|release\s+candidates)\b";

    // What the week weighed is of: "another week (of calm / of rc testing) would help".
    private const string WeekOf = @"(?:\s+of\s+(?:-?rc\s+)?[\w-]+)?";

    // A week of something other than the release: "an extra week of vacation / of merge window / of review time (for
    // the new syscall)", "an extra week off".
    private const string NotWeekOfOther = @"(?!\s+off\b|\s+of\s+(?:\w+\s+)?(?:vacation|holidays?|time\s+off|travel(?:l?ing)?|merge\s+window|leave|rest|reviews?)\b)";

    // What a week would do if it helps: "help", "make a (real) difference", "be good / nice / useful", "make me (feel)
    // more comfortable / happier / safer" ("be wise / prudent / a good idea" is a Verdict).
    private const string Helps = @"(?:help|make\s+a\s+(?:real\s+|big\s+)?difference|be\s+(?:good|nice|useful|welcome)|make\s+(?:me|us|everybody|everyone)\s+(?:feel\s+)?(?:more\s+comfortable|happier|better|safer))";

    // The words that make "another week" an extra one: "need / want another week", "give things another week", "I'd
    // like / prefer / rather have another week", "could use another week", "take / taking another week", "I'd be more
    // comfortable / happier / feel better with another week" (not "I'm happier with another week behind us"), "a reason
    // / the case for another week", "asked / pushed / argued for another week"; "take / need the extra week" too ("the
    // extra week did its job", with no such word before it, is the week had).
    // A week that the release follows: "(give it another week / let it sit for a week) (of testing) and then release /
    // before doing the final" is the week before the final, not an extra one.
    private const string WeekThenRelease = @"(?:\s+of\s+testing)?\s+(?:and|before)\s+(?:then\s+)?(?:i'll\s+)?(?:release|releasing|tag|tagging|do(?:ing)?\s+the\s+final|call(?:ing)?\s+it\s+done)\b";

    private const string ExtraWeekVerb = @"\b(?:needs?|wants?|(?:reasons?|need|case|call|argument)\s+for|(?:ask(?:s|ed|ing)?|push(?:es|ed|ing)?|argu(?:e|es|ed|ing))\s+for|giv(?:e|ing)\s+[\w']+|(?:like|love|prefer|rather)(?:\s+to)?(?:\s+(?:have|get|take))?|(?:could|can)\s+use|tak(?:e|ing)|(?:'d|would)\s+(?:be|feel)\s+(?:(?:more|much|a\s+lot|a\s+bit)\s+)?(?:comfortable|happier|better|safer)\s+with)\s+";

    // Another rc: "another / one more / one last / one final rc", "(do / have) a final rc", "a final release candidate
    // next week", "an / one extra rc / week", "need another week / a week more", "another / one more week wouldn't hurt
    // / would help / would be good / is in order", "I'll do one more", "(any / some) more rcs" ("I'm not planning on
    // any more rcs"; not "two / a few more rcs", MoreRcs), "go / need one more round / lap" (not "another round of
    // testing"), "a bonus rc", "(going) into overtime / extra time" ("(no) extra time needed / this release"), "another
    // / one more week / round / a week more of rc's", "more than the usual number of rcs", "more rcs than usual", "more
    // than seven rcs", "go / run past / beyond the usual seven rcs".
    [GeneratedRegex(@"\b(?:do|have|tag|cut|release|need|expect)\s+a\s+(?:final|last)\s+(?:-?rc|release\s+candidate)\b|\ba\s+(?:final|last)\s+(?:-?rc|release\s+candidate)\s+next\s+(?:week|weekend|sunday)\b|\b(?:another|one\s+more|one\s+(?:last|final)|(?<extra>(?:an?|one)\s+(?:extra|additional|bonus)|(?<=\bno\s)(?:extra|additional|bonus)))\s+(?:-?rc|release\s+candidate)\b|\b(?:(?:another|one\s+more)\s+(?:week|round)|a\s+(?:week|round)\s+more)\s+" + OfRcs + @"|\b(?<extra>(?:an?|one)\s+extra\s+week)\b" + NotWeekOfOther + @"|\b(?:(?:another|one\s+more)\s+week|a\s+week\s+more)" + WeekOf + @"" + WeekWouldHelp + @"|" + ExtraWeekVerb + @"(?:(?:another|one\s+more|(?<extra>an\s+extra|the\s+extra))\s+week|a\s+week\s+more)\b" + NotWeekOfOther + @"(?!" + WeekThenRelease + @")|\bi'll\s+do\s+one\s+more\b|(?<!\b(?:one|another|two|three|2|3|couple(?:\s+of)?|few|several|many|no)\s+)\b(?:(?:any|some)\s+)?more\s+(?:-?rcs|-?rc's|-?rc\s+releases|release\s+candidates)\b(?!\s+than\b)|\bany\s+more\s+-?rc\b|\b(?:go|do|run|take|needs?)\s+(?:another|one\s+more)\s+(?:round|lap)\b(?!\s+of\b)|(?<extra>(?<=\b(?:go|goes|going|went|head|heads|heading|headed|is|are|'s|'re)\s+)into\s+(?:overtime|extra\s+time)|(?<=\bno\s)overtime|\bextra\s+time(?=\s+(?:(?:is|will\s+be)\s+)?(?:needed|required|necessary)\b|\s+this\s+(?:time|release|cycle)\b))\b|(?<extra>\bmore\s+(?:than\s+(?:the\s+)?(?:usual|normal|(?:the\s+)?usual\s+(?:seven|7)|seven|7)\s+(?:number\s+of\s+)?|(?=(?:-?rcs|-?rc's|release\s+candidates)\s+than\s+(?:usual|normal)\b))(?:-?rcs|-?rc's|release\s+candidates)\b)|(?<extra>\b(?:go(?:es|ing)?|run(?:s|ning)?)\s+(?:past|beyond)\s+the\s+(?:usual|normal)\s+(?:(?:seven|7)\s+|number\s+of\s+)?(?:-?rcs|-?rc's|release\s+candidates))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnotherRc();

    // Several rcs still to come: "two (to five) more (weekly) rcs", "another couple of rcs", "two more weeks of rc's",
    // "one rc left", "two rcs to go", "(the final is / we're) one rc away (from the final)".
    [GeneratedRegex(@"\b(?:(?:(?<n>two|three|four|five|2|3|4|5|a\s+couple(?:\s+of)?|couple\s+of)\s+more|another\s+(?<n>two|three|four|five|couple\s+of))\s+(?:(?:weekly|regular|normal)\s+)?(?:weeks\s+" + OfRcs + @"|-?rcs|-?rc's|release\s+candidates)|(?<n>one|two|three|four|five|2|3|4|5|a\s+couple\s+of)\s+(?:more\s+)?(?:(?:weekly|regular|normal)\s+)?(?:-?rcs?|-?rc's|release\s+candidates?)\s+(?:left|to\s+go|remaining|away))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MoreRcs();

    // Where the cycle ends: past an rc ("go past / beyond rc7", "push us past rc7", group beyond: the last rc is a
    // later one) or after it ("we should be done after rc7", "(I don't see us) being done after rc7", "finished with
    // rc8", "the rc series ends with rc7").
    [GeneratedRegex(@"(?<beyond>\b(?:go(?:es|ing)?|run(?:s|ning)?|last(?:s|ing)?|extend(?:s|ing)?|drag(?:s|ging)?\s+on|(?:push|take)(?:es|s|ing)?\s+(?:us|it|things|this|the\s+(?:release|cycle))|(?:pushed|taken)(?:\s+(?:us|it|things|this|the\s+(?:release|cycle)))?)\s+(?:past|beyond)\s+)-?rc(?<k>\d{1,2})\b|\b(?:be(?:ing)?\s+(?:done|finished|through)|end(?:s|ing)?|stop(?:s|ping)?|finish(?:es|ing)?)\s+(?:after|with|at)\s+-?rc(?<k>\d{1,2})\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndsAtRc();

    // What holds the release up (or back, or holds it) or blocks it, or that nothing does ("nothing holding up the
    // release / 6.7", "I'll hold the release until the fix lands", "no issues that would hold up the release", "nothing
    // that I think should hold up the release", "two regressions are blocking the final", "the release is (not) blocked
    // on the mm fix", "nothing's holding us back from the final", "nothing stopping me from releasing", "nothing stands
    // in the way of the release", "(my travel) won't stop / prevent the release"; not "the bug blocking the release of
    // the new firmware"), release blockers ("it is a release blocker", "there are no / it's not a release blocker"), "I
    // won't release with it".
    [GeneratedRegex(@"(?<none>\b(?:nothing(?:'s)?|no\s+(?:\w+\s+)?(?:issues?|problems?|regressions?|bugs?))\s+(?:[\w']+\s+){0,5}?)?\b(?:(?:holding|holds|hold)(?:\s+(?:up|back)|(?=\s+(?:the|a)\s+(?:final|release)\b(?!\s+(?:notes?|candidates?|process|cycle|schedule|date)\b)))|block(?:ing|s)?|stop(?:s|ping)?|prevent(?:s|ing)?|(?:holding|holds|hold(?:ing)?|keeping|keeps?|stopping|stops?|preventing|prevents?)\s+(?:us|me|things|it)\s+(?:back\s+)?from|stand(?:s|ing)?\s+in\s+the\s+way\s+of)\s+(?:(?:the|a)\s+(?:final(?:\s+v?" + Ver + @")?(?:\s+release)?|(?:v?" + Ver + @"\s+)?release)\b" + NotOfOther + @"|v?(?<v>" + Ver + @")(?![\w-]|\.\d)|(?<=\bfrom\s+)(?:releasing|(?:doing|cutting|tagging|making)\s+(?:the|a)\s+(?:final|release))\b)|\bthe\s+(?:final\s+)?release\s+(?:is|(?<none>isn't|is\s+not))\s+(?:being\s+|still\s+)?(?:held\s+up|blocked)\b|\b(?:(?<none>no)|(?<none>isn't|aren't|(?:don't|doesn't|do\s+not)\s+(?:have|see|know\s+of))\s+(?:a|any)|(?:is|are|'s|'re|have|has|got|see)\s+(?:(?:still|now|actually|really|only)\s+)?(?:(?<none>not)\s+)?(?:a|one|two|three|several|some|any|(?<none>no)))\s+(?:(?:known|real|remaining|open|actual|serious|other)\s+)?release[\s-]blockers?\b|\b(?:won't|will\s+not|don't\s+want\s+to|(?:i'm|i\s+am)\s+not\s+going\s+to|refuse\s+to)\s+release\s+with\s+(?:it|that|them|this|those|these)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex HoldingUp();

    // What held the release up, mended after it: "the bug blocking the release is fixed", "… has been reverted".
    [GeneratedRegex(@"^\s*(?:is|are|was|were|has\s+been|have\s+been|got)\s+(?:now\s+)?(?:fixed|resolved|sorted(?:\s+out)?|gone|reverted|addressed)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MendedAfter();

    // What held the release up told of as past, the last or only such thing: "(the fix is in, and) that was the last
    // thing holding up the release", "…, which was the only issue blocking 6.7" — nothing holds it up now.
    [GeneratedRegex(@"\b(?:was|were)\s+the\s+(?:last|only)\s+(?:remaining\s+|real\s+)?(?:thing|issue|problem|regression|bug|blocker)s?\s+(?:that\s+was\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WasTheLastHold();

    // The rc after this one: "the next rc", "the rc after this (one)", "next week's rc".
    private const string NextRcWords = @"\b(?:the\s+next\s+(?:-?rc|release\s+candidate)|the\s+(?:-?rc|one|release\s+candidate)\s+after\s+this(?:\s+one)?|next\s+week's\s+(?:-?rc|one|release\s+candidate))\b";

    [GeneratedRegex(NextRcWords, RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextRc();

    // The next rc named the last ("the next rc will be the last one", "the rc after this one should be the final rc",
    // "I expect the next rc to be the last"), or this one the last but one ("this is the second-to-last rc", "I'll make
    // this the penultimate rc", "the penultimate rc", "Penultimate rc, I think.", "rc7: probably the penultimate one").
    [GeneratedRegex(NextRcWords + @"\s+(?:will|should|is\s+going\s+to|'ll|is\s+likely\s+to|to)\s+(?:\w+\s+)?be\s+the\s+(?:last|final)(?:\s+(?:one|-?rc|release\s+candidate))?\b(?!\s+(?:release|version|kernel|v?\d))|\b(?:this\s+(?:one\s+|rc\s+)?(?:is|will\s+be|should\s+be)|make\s+(?:this|it)(?:\s+one|\s+rc)?)\s+(?:\w+\s+)?(?:the\s+)?(?:second[\s-]to[\s-]last|next[\s-]to[\s-]last|penultimate)\b|^(?:(?:this\s+is|here's|so)\s+)?(?:-?rc\d+\s*[—:,]\s*)?(?:(?:probably|likely|hopefully|most\s+likely)\s+)?(?:the\s+)?(?:second[\s-]to[\s-]last|next[\s-]to[\s-]last|penultimate)\s+(?:-?rc|one|release\s+candidate)(?=\s*(?:[.!;,]|$))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NextRcLast();

    // "needs / want another week" and "give things another week" are an extra week (AnotherRc), not one week still to go
    // (WeeksToGo).
    [GeneratedRegex(ExtraWeekVerb + "$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NeedsMore();

    // "Another week (of calm) would help / won't help / wouldn't make a difference / is in order": a week weighed, not
    // one still to go.
    [GeneratedRegex(@"^" + WeekOf + @"\s+(?:(?:would|will|might|could|can|won't|wouldn't|can't|couldn't|doesn't|does)(?:\s+not)?\s+(?:really\s+|probably\s+)?(?:hurt|make\s+(?:a|any|much|no)\s+difference|change\s+(?:anything|much|that)|" + Helps + @")|" + Verdict + @")\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WeekWeighed();

    // Putting the release off: "delay(ed)", "wait another week" (not "wait one more week for 6.7", the release's time:
    // WeeksToGo), "will / is going to have to wait (a bit longer)", "hold (off on) the release for a week", "wait with
    // / hold off on the (final) release", "gets bumped", "slides a week", "we're running a week behind", "the release
    // will (not) be late" (asked: "is 6.21 going to be late?"), "put off / push back / move out the release", "the
    // release gets pushed back", "7.10 will (not) have to wait", "won't be any later than planned", "we need more
    // time", "this release / 6.7 needing more time" (not "something that needs more time"), "slip by a week" (not "slip
    // to Tuesday" or "by a day or two", late, nor "slip much / far / a lot / any further than that": "an rc8 is likely,
    // but I'm not expecting the final to slip much" keeps the rc8), "extend the (6.21) release (cycle) by a week",
    // "extend the rc series (any / a bit) further", "extend the cycle / it (this time)" ending its clause (not in a
    // sentence about the merge window: "the merge window was short, so I'll extend it"), "push it / the final / 6.7
    // out" (not "I'll push it out next week", "in a week" or "out the door", which publish it then), "the release got
    // pushed out (a week)", "pushed out the release by a week" (not "I've tagged and pushed out rc1" or "pushed out the
    // release", which publish it, nor "those fixes got pushed out to stable": what is pushed out is the release, "it",
    // "this" or "things"), "drag this (release) out", "drag out the release" (not what "has been dragging out for
    // weeks"), "a week late(r)" — not what is "delayed (the rc) by a day / a few hours" (ShortWhile) or "until Monday /
    // this morning", which is late, nor what "came in a week late" or what people sent a week late ("some people
    // sending their fixes a week late"), nor "delayed" before a noun of something else (the "delayed" work of 2.6.20's
    // work_struct split, "delayed allocation"), nor a delay in the code ("a delay fix in the scheduler", "an extra
    // delay to the USB probe path"), nor one in Linus' own work while he travels ("a delay in my responses", "some
    // delay in merging", "a delay before I get to your pulls"), nor what landed "after being delayed a week"; "a longer
    // rc phase / release cycle", "the rc phase will be longer".
    [GeneratedRegex(@"\b(?:(?<!\bafter\s+(?:being\s+|getting\s+)?)delay(?!\s+(?:fix(?:es)?|loops?|slots?|lines?|values?|timers?|work|handling|calculations?|tweaks?)\b|\s+(?:to|in|for)\s+(?:the\s+)?(?:\w+\s+)?(?:path|code|driver|probe|scheduler|loop|handler|subsystem|layer|stack|queue|function|interrupt|irq|boot|device|hardware)s?\b|\s+(?:in|of|with|on)\s+(?:(?:my|the|your|our|some|any)\s+)?(?:(?:e-?mail|mail|pull\s+request)\s+)?(?:responses?|repl(?:y|ies)|answers?|e-?mails?|mails?|reviews?|pull\s+requests?|pulls|responding|replying|answering|reading|merging|pulling|handling|processing|reviewing|getting\s+(?:back|to))\b|\s+before\s+(?:i|we)\s+(?:can\s+)?(?:get\s+(?:to|back|around)|respond|reply|answer|merge|pull|look)\b)(?:ed(?!\s+(?!(?:releases?|final|rcs?|-?rc\d+|kernel|version|by|until|till|to|for|a|an|one|two|three|the|this|that|it|again|because|due|since|so|and|but|or|at|in|on|if|unless|then|further|anyway|now|too|as|more|even|either|yet|much)\b)[a-z]+\b)|ing)?(?!\s+(?:(?:the\s+(?:rc|release|announcement)|this(?:\s+rc)?|-?rc\d+|it)\s+)?(?:by\s+" + ShortWhile + @"|(?:until|till)\s+(?:this\s+morning|today|tonight|monday|tuesday)\b))|wait(?:ing)?\s+(?:for\s+)?(?:another|one\s+more|an\s+extra|a)\s+week(?!\s+(?:for|until|till)\s+(?:the\s+)?(?:final|release|v?\d+\.\d+)\b)|(?:have|has)\s+to\s+wait\s+(?:a\s+(?:bit|little)\s+)?longer|(?:wait(?:ing)?\s+with|hold(?:ing)?\s+off\s+(?:on|with))\s+(?:the\s+(?:\w+\s+)?release|the\s+final|v?\d+\.\d+)\b|hold(?:ing)?\s+(?:off\s+(?:on\s+)?)?(?:the\s+(?:\w+\s+)?release|it|this|v?\d+\.\d+)\s+(?:for\s+)?(?:a|one|another)\s+(?:more\s+)?week|(?<=\b(?:release|final|v?\d+\.\d+)\s+(?:will|won't|will\s+not|'ll|is\s+going\s+to|isn't\s+going\s+to)\s+be\s+)late\b(?!\s+(?:to|for)\b)|(?<=\b(?:is|isn't|will|won't)\s+(?:the\s+(?:final\s+)?release|the\s+final|v?\d+\.\d+)\s+(?:going\s+to\s+)?be\s+)late\b(?!\s+(?:to|for)\b)|put(?:ting|s)?\s+off\s+(?:the\s+(?:\w+\s+)?release|the\s+final|it|this)\b|put(?:ting|s)?\s+(?:the\s+(?:\w+\s+)?release|the\s+final|it|this)\s+off\b|(?:push(?:es|ed|ing)?|mov(?:e|es|ed|ing))\s+(?:the\s+(?:\w+\s+)?release|the\s+final|v?\d+\.\d+|it|this|things)\s+(?:back|out\s+by)\b(?!\s+on\b)|(?<=\b(?:release|final|v?\d+\.\d+|it|this|things)\s+(?:\w+\s+){0,2})(?:got|gets?|was|were|is|be|been|being)\s+pushed\s+back\b|(?<=\b(?:release|final|v?\d+\.\d+)\s+(?:will|won't|will\s+not|'ll|doesn't|does\s+not|shouldn't|should\s+not|(?:is|isn't|is\s+not)\s+going\s+to)\s+)(?:have|has|need)\s+to\s+wait\b|(?<=\b(?:release|final|v?\d+\.\d+)\s+(?:will|won't|will\s+not|'ll|shouldn't|should\s+not)\s+be\s+)(?:any\s+|a\s+bit\s+|much\s+)?later\s+than\s+(?:planned|scheduled|expected|usual)\b|(?:get|gets|got|be)\s+bumped|bump(?:s|ed|ing)?\s+(?:it|this|the\s+(?:\w+\s+)?release)\s+(?:by\s+)?(?:a|one)\s+week|slid(?:e|es|ing)\s+(?:by\s+)?(?:a|one|another)\s+week|(?<=\b(?:running|are|we're|is|it's|things\s+are)\s+(?:about\s+)?)(?:a|one)\s+week\s+behind\b|(?<=(?:\b(?:we|i|it|this|things|release|final)|(?<![\w.-])v?" + Ver + @")(?:'ll|'s|'re|\s+(?:will|still|really|just|simply|do|does|may|might|don't|doesn't|won't|do\s+not|is|are))?(?:\s+(?:clearly|probably|likely|definitely|obviously))?(?:\s+going\s+to)?\s+)(?:need|needs|needing|want)\s+(?:a\s+bit\s+|some\s+|a\s+little\s+)?more\s+time|slip(?:s|ping)?(?!\s+(?:to|until|till)\s+(?:(?:the\s+)?(?:monday|tuesday|wednesday)|a\s+(?:monday|tuesday))\b|\s+(?:by\s+)?" + ShortWhile + @"|\s+(?:(?:very|that|too|all\s+that)\s+)?(?:much|far)\b|\s+(?:a\s+lot|by\s+much|(?:any\s+)?(?:further|more|longer)\s+than)\b)|postpon(?:e|ing)|(?<!\b(?:has|have|had)\s+been\s+)drag(?:ging)?\s+(?:[\w']+\s+){0,2}?out(?!\s+(?:of|forever|indefinitely|much\s+longer|too\s+long|any\s+longer\s+than|for\s+(?:weeks|months|ages|so\s+long|a\s+(?:long\s+)?while))\b)|(?<!\b(?:came|was|were|arrived|landed|showed\s+up|follow|follows|come|comes)(?:\s+in)?\s+)(?<!\b(?:(?:sent|send(?:s|ing)?|submit(?:s|ted|ting)?|post(?:s|ed|ing)?|merg(?:e|es|ed|ing))(?:\s+(?!release\b|final\b)[\w']+){0,4}|(?:fix(?:es)?|patch(?:es)?|pull\s+requests?|pulls|changes|commits|reports))\s+)(?:a|one)\s+week\s+late(?:r)?|extend(?:ing)?\s+(?:[\w.-]+\s+){0,4}by\s+(?:a|one|another)\s+week|extend(?:ing)?\s+(?:the\s+(?:-?rc\s+series|-?rcs|-?rc's|(?:release\s+)?cycle|release)|things|it|this)\s+(?:any\s+|a\s+bit\s+|a\s+little\s+)?(?:further|longer)\b|(?<!\bmerge\s+window\b[^.;]*)extend(?:ing)?\s+(?:the\s+(?:-?rc\s+series|(?:release\s+)?cycle|release)|things|it|this)(?:\s+(?:this\s+time|again))?(?=\s*(?:[.!;,]|$))|push(?:ing)?\s+(?:the\s+(?:\w+\s+)?release|the\s+final(?:\s+v?\d+\.\d+)?(?:\s+release)?|v?\d+\.\d+|it|things|this)\s+(?:\w+\s+)?out(?!\s+(?:next|this|on|tomorrow|today|tonight|the\s+door|in\s+(?:a|one)\s+week)\b)|(?<=\b(?:release|final|v?\d+\.\d+|it|this|things)\s+(?:\w+\s+){0,2})(?:got|gets?|was|were|is|be|been|being)\s+pushed\s+out(?!\s+(?:v?\d|-?rc\d*\b|the\s+(?:tag|rc)|tags?\b))|pushed\s+out\s+(?:by\s+)?(?:a|one|another|two|an\s+extra)\s+(?:more\s+)?weeks?|pushed\s+out\s+(?:to|until)\s+(?:next|the\s+following)|push(?:ed|ing)?\s+out\s+the\s+(?:\w+\s+)?release\s+(?:by\s+(?:a|one|another)\s+week|(?:to|until)\s+next)|longer\s+(?:-?rc\s+(?:phase|series|period)|release\s+cycle)|(?<=\b(?:-?rc\s+(?:phase|series|period)|release\s+cycle)\s+(?:will|'ll|is\s+going\s+to|may|might|could)\s+(?:\w+\s+)?be\s+(?:a\s+(?:bit|week)\s+)?)longer(?!\s+than\b))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
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

    // The step a final can follow: a later rc, "another / one more / one last / one final / an extra" (rc, week), "a
    // final rc", a release candidate.
    [GeneratedRegex(@"(?<![\w.])-?rc(?<k>\d+)\b|\b(?:another|one\s+more|one\s+(?:last|final)|an?\s+extra|a\s+(?:final|last)\s+-?rc|release\s+candidate)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnotherStep();

    // A bare "and" right before the release ("one more rc and we're done").
    [GeneratedRegex(@"\band\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndBefore();

    // "(I'm going to do an rc8,) and Greg will do (the final release)": the clause after "and", up to the release named.
    [GeneratedRegex(@"\band\s+(?:(?!(?:but|so|or|then)\b)[\w']+\s+){1,4}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndAFewWordsBefore();

    // ", then the final": a step in a list, right before the release.
    [GeneratedRegex(@",\s*then\s+(?:[\w']+\s+){0,3}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThenAfterComma();

    // "(the final release) after rc7", "(the final) following rc8", "(the final will) follow this rc", "(the final) 6.7
    // after rc8": the rc the release comes after (group k; none for "this rc").
    [GeneratedRegex(@"^\s*(?:[\w']+(?:\.\d+)?\s+){0,4}?(?:after|follow(?:s|ing)?)\s+(?:(?:the\s+|an?\s+)?-?rc(?<k>\d{1,2})\b|this\s+(?:-?rc|one)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterRc();

    // "(the final release) right after it", "(the final) will come / follow (right after) it", "(I expect the final) after
    // it": after the rc the sentence named before the release, told as what is to come — not "(the final release) came
    // right after it", nor "(I'll talk about the final release) after that", afterwards.
    [GeneratedRegex(@"^\s*(?:(?:release|version|kernel)\s+)?(?:(?:will|'ll|should|would|is\s+going\s+to)\s+)?(?:(?:come|comes|happen|happens|follow|follows)\s+)?(?:(?:right|just|immediately|directly)\s+(?:after|following)\s+|(?<=\b(?:come|comes|happen|happens)\s+)after\s+|(?<=\bfollows?\s+))(?:it|that(?:\s+one)?)\b|^\s*after\s+it\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterIt();

    // "… before the final": the release is what comes after the step named before it.
    [GeneratedRegex(@"\bbefore\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BeforeRelease();

    // "… of the patch series", "… of the firmware": the final version of something else (not "of 7.26", "of this
    // release", "of Linux").
    private const string NotOfOther = @"(?!\s+of\s+(?!v?" + Ver + @"\b|this\b|linux\b|the\s+(?:kernel|release)\b))";

    // The release named: "the / a final (5.8) (release)" (5.8 in group v), "the final happening / coming / following
    // (this rc)", "(with) the final expected / due / planned (in four weeks)", "(will) the final be (next week?)", "(I
    // expect) the final to be / happen (next week)" — not "the final patch" nor "the final version of the patch series"
    // —, a list line's "final:", "final release", "the / a release" (not its candidates, notes or cycle), "the real
    // thing", "release time / day / week(end)" ("it's release time next week", "Release weekend is two weeks away"),
    // "release" opening its sentence ("Release is planned for next Sunday", "Release date: June 1", "Release in four
    // weeks"), "get this thing out / released", "ship it / this thing", or the version (group v, compared with the
    // cycle's) as what is released — "release/tag/have 5.8", "5.8 final", "5.8 is out", "5.8 release", "5.8 will be
    // out", "tag / cut / release it", "push / put it out" after the final or the version named before it with no rc
    // between ("The final looks good, and I'll tag it next Sunday"; not "rc8 it is, and I'll tag it on Sunday"), "call
    // it done / a wrap", "wrap things up", "bring this one home", "put this release to bed", "get 6.7 over the (finish)
    // line", "cross the finish line", "stick the landing", "to release (before that / a day early,) next week", "to
    // release after rc8 / this one", "I'll likely release (it) on Saturday" ("it" with no rc named before it), "we may
    // / might still release next week", "we release next week", "we won't / can't / shouldn't release next week", "I'd
    // (have) release(d) next week", "(I'll wait a bit) and release next Sunday", "releasing next weekend" ("plan on /
    // leaning towards / don't feel good about releasing next weekend", "we're releasing …"; not a worry about it: "I'm
    // nervous about releasing next week" leaves it open) — or said alone ("in good shape for 5.8 next weekend"):
    // FinalWithTime takes each only with a time in its clause. Never "fixes / pull requests for 5.8", "your 5.8 pull
    // requests", "the 5.9 merge window", its rcs or stable updates. "a normal / regular release", "a (nice) calm /
    // quiet / smooth release" is the release too (and "a / the release after rc7", not "the release after this one"),
    // and so is a bare "release" or "final" after a label ("The plan: release next Sunday", "In short: release next
    // Sunday", "The plan: final on Sunday", "Our usual pattern holds: final after rc7"), and "final" opening its
    // sentence before the rc it follows ("Final after rc7."); "(have / get) the final out".
    [GeneratedRegex(@"^final(?:\s+release)?(?=\s*:|\s+(?:after|following)\s+(?:-?rc\d|this)\b)|(?<=^[^:.;]{0,40}:\s*)(?:release|final)(?=\s+(?:next|in|on|this|after)\b)|\b(?:the|a)\s+final\b(?!\s+(?:-?rc|release\s+candidate)\b)(?=\s*(?:$|[.,;:!?)]|v?(?<v>" + Ver + @")(?![\w-]|\.\d)|(?:release|version|kernel)\b" + NotOfOther + @"|(?:will|won't|should|shouldn't|is|isn't|would|wouldn't|could|might|may|can|can't|be|next|in|on|at|by|from|the|this|a|right|just|around|before|after|happen(?:s|ing)?|com(?:e|es|ing)|follow(?:s|ing)?|land(?:s|ing)?|out|expected|due|planned|scheduled|slated)\b|to\s+(?:be|happen|come|land|follow|go)\b|'s\b))|\bfinal\s+(?:release|version|kernel)\b(?!\s+candidate)" + NotOfOther + @"|\b(?:releas(?:e|ing)|tag(?:ging)?|cut(?:ting)?|have|do(?:ing)?|see|get)\s+(?:the\s+)?v?(?<v>" + Ver + @")(?![\w-]|\.\d)|(?<![\w.-])v?(?<v>" + Ver + @")(?=\s+final\b|\s+release\b|\s+(?:will|should|is\s+going\s+to|'ll|is|gets)\s+(?:\w+\s+)?(?:be\s+)?(?:out|released|happen|come|ship)\b)|(?<=\b(?:(?:the|a)\s+final|final\s+release|v?" + Ver + @"(?![\w-]|\.\d))(?:(?!-?rc\d)[^.;])*?)\b(?:(?:tag(?:ging)?|cut(?:ting)?|releas(?:e|ing))\s+it\b|(?:push(?:ing)?|put(?:ting)?)\s+it\s+out\b)|\bwrap(?:ping)?\s+(?:things|it|this(?:\s+(?:one|release))?|the\s+release)\s+up\b|\b(?:bring(?:ing)?|put(?:ting)?)\s+(?:this(?:\s+(?:one|release|thing))?|it|v?(?<v>" + Ver + @")(?![\w-]|\.\d))\s+(?:home|to\s+bed)\b|\bget(?:ting)?\s+(?:this(?:\s+(?:one|release))?|it|v?(?<v>" + Ver + @")(?![\w-]|\.\d))\s+over\s+the\s+(?:finish\s+)?line\b|\bcross(?:es|ing)?\s+the\s+finish\s+line\b|\bstick(?:ing)?\s+the\s+landing\b|\bcall\s+(?:it|this(?:\s+(?:one|release))?)\s+(?:done|a\s+wrap)\b|\b(?:(?:to|'ll|will|can|should|may|must|gonna)\s+(?:(?:just|still|yet|then|also|\w+ly)\s+){0,2}release(?:\s+it(?<!\brc\d{1,2}\b.*))?|(?<=(?:'d|\b(?:would|could|might|won't|wouldn't|can't|cannot|couldn't|shouldn't|mustn't|don't|doesn't))\s+(?:(?:just|still|yet|then|also|\w+ly)\s+){0,2}(?:have\s+)?(?:just\s+)?)releas(?:e|ed)|(?<=\bwe\s+(?:(?:just|still|then|\w+ly)\s+)?)release|(?<=\b(?:i'll|we'll|i\s+will|we\s+will|(?:i'm|we're)\s+going\s+to|let's)\s+[^.;:,]{1,40}?\band\s+(?:then\s+)?)release|(?<!\b(?:worried|worry|worries|nervous|concerns?|concerned|hesitant|uneasy|wary|reluctant|anxious|doubts?)\s+(?:about\s+|over\s+)?)releasing)(?=\s+(?:(?:before\s+that|a\s+day\s+(?:early|late)|(?:a\s+bit\s+)?(?:early|earlier|late)|then|anyway|as\s+planned|as\s+usual),?\s+)?(?:next|this|in\s+a|on|after\s+(?:this\s+(?:one|rc)|-?rc\d{1,2}))\b)|(?<bare>\b(?:the\s+(?:actual\s+|real\s+)?|a\s+(?:(?:final|normal|regular|timely|calm|quiet|nice|smooth|boring|clean|uneventful|good|solid)\s+){0,2})release\b(?!\s+(?:candidate|notes|cycle|after(?!\s+-?rc\d)|of|for|process)))|(?<bare>\bthe\s+real\s+(?:thing|deal)\b)|(?<bare>(?<!\bthe\s)\brelease\s+(?:time|day|week(?:end)?)\b)|(?<bare>^release(?:\s+date)?(?=\s*:|\s+(?:is|will|should|date)\b|\s+in\s+(?:a|one|two|three|four|five|six|\d)\s+weeks?\b))|(?<bare>\bthe\s+finish\s+line\b)|(?<bare>\b(?:get|push|ship)(?:ting|ping)?\s+(?:this\s+(?:thing|one|release|kernel)|the\s+(?:thing|kernel|release))\s+out\b)|(?<bare>\bget(?:ting)?\s+(?:it|this(?:\s+(?:thing|one|release|kernel))?|the\s+(?:thing|kernel|release))\s+(?:released|tagged|shipped)\b|\bship(?:ping)?\s+(?:it|this(?:\s+(?:thing|one|release|kernel))?|the\s+(?:thing|kernel|release))\b(?!\s+(?:with|without)\b))|(?<!\b(?:fix(?:es)?|patch(?:es)?|pulls?|requests?|changes|regressions?|bugs?)\s+(?:for|in|to|against)\s+)(?<![\w.-])(?<bare>v?(?<v>" + Ver + @"))(?![\w-]|\.\d|\s+merge\s+window|\s+(?:pull\s+requests?|pulls?|fix(?:es)?|patch(?:es)?|regressions?)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseEvent();

    // "it'll be out", "it will be released", "(…: ) it's still on track for", "(…, ) which is scheduled for": the release
    // named earlier in the sentence (FinalWithTime checks that).
    [GeneratedRegex(@"\bit(?:'ll|\s+will|\s+should)\s+(?:\w+\s+)?(?:be\s+)?(?:out|released|tagged)\b|\b(?:it's|it\s+is|which\s+is)\s+(?:still\s+)?(?:on\s+track|on\s+schedule|scheduled|planned)\s+for\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleasePronoun();

    // A version named as the step after another: "and then 6.12", "then the 6.12 release", "followed by 6.12".
    [GeneratedRegex(@"\b(?:then|followed\s+by)\s+(?:the\s+)?(?:final\s+)?v?(?<v>" + Ver + @")(?![\w-]|\.\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThenRelease();

    // A claim about another release ("due to 5.9 dragging out an extra week") is not about this cycle.
    [GeneratedRegex(@"\b" + Ver + @"\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherRelease();

    // "the last rc of 6.7", "the final rc for 6.9": the release the claim's words belong to, named right after them.
    [GeneratedRegex(@"^\s*(?:of|for|in)\s+(?:the\s+)?v?(?<v>" + Ver + @")\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseAfter();

    // "last release's rc8", "the previous cycle's rc8", "last year's rc8", "5.17's rc8": the release whose rc it is,
    // named in front (group v: a version, else empty — another release).
    [GeneratedRegex(@"\b(?:(?:the\s+)?(?:last|previous|prior|earlier|other)\s+(?:release|cycle|kernel|one|year|time|summer|winter)|v?(?<v>" + Ver + @"))'s\s+(?:own\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Owner();

    // Other projects whose rcs Linus may mention beside the kernel's: the compilers, tools and distributions the kernel
    // is built and tested with.
    private const string OtherProject = @"(?:gcc|clang|llvm|binutils|glibc|rustc?|qemu|git|systemd|mesa|python|perl|firefox|chrom(?:e|ium)|gnome|kde|fedora|ubuntu|debian|[a-z0-9]+-?(?:progs|utils|tools)|util-linux|(?:btrfs|xfs|ext4|f2fs|nfs)\s+tools)";

    // "the gcc rc8", "btrfs-progs rc8", "QEMU's rc8": the rc of another project named right in front of it.
    [GeneratedRegex(@"\b" + OtherProject + @"(?:'s)?\s+(?:(?:\d+(?:\.\d+)*|v\d+(?:\.\d+)*)\s*)?-?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProjectBefore();

    // "the rc8 of the btrfs tools", "the rc for gcc 13": another project's, named right after it.
    [GeneratedRegex(@"^\s*(?:of|for|in)\s+(?:the\s+)?(?:new\s+|upcoming\s+)?" + OtherProject + @"\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ProjectAfter();

    // The words between a delay and the rc it is done with: "drag this out with an rc8", "delay the final by another rc".
    [GeneratedRegex(@"^\s*(?:[\w']+\s+){0,4}?(?:with|by|through)\s+(?:an?|another|one\s+more)\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DelayMeans();

    [GeneratedRegex(@"\bthat\s+(?:one\s+|rc\s+)?(?:will|should|would|is\s+going\s+to|might|may)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThatOne();

    // An rc named as what is called or made the last: "call / make (rc8 the last one)".
    [GeneratedRegex(@"\b(?:call(?:s|ed|ing)?|mak(?:e|es|ing)|made)\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CalledLast();

    // How sure Linus is that an rc is (not) the last, on either side of its verb: "rc7 almost certainly won't be", "rc7
    // will probably not be the last".
    private const string LastAdverb = @"(?:" + HowSure + @"\s+)?";

    // What is said of an rc named right before it: that it (will / won't) be the last ("rc7 will not be the last one",
    // "rc7 won't be / is not going to be / isn't enough", "rc8 wasn't enough" in the rc8 mail, "rc7 being the last",
    // "(I don't expect) rc7 to be the last one", "(I don't expect) rc7 next week to be the last"; LastAdverb) — not "the
    // last release" or "final kernel", which name a release, nor "(an rc8 next weekend,) not the final", which sets the
    // release aside.
    [GeneratedRegex(@"^\s*(?:,?\s*next\s+(?:week(?:end)?|sunday)\s*,?\s*)?(?!not\s+(?:the\s+)?final\b(?!\s+(?:one|-?rc)\b))" + LastAdverb + @"(?:(?:will|would|should|is|isn't|was|wasn't|won't|wouldn't|shouldn't|may|might)\s+|(?:not\s+)?to\s+(?=be\b))?" + LastAdverb + @"(?:(?:not|never)\s+)?(?:going\s+to\s+)?(?:be\s+|being\s+)?(?:the\s+(?:last|final)\b(?!\s+(?:release|version|kernel))|(?<=\b(?:be|is|was|isn't|wasn't|not)\s+)enough\b(?!\s+(?:time|to|for)\b))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex IsTheLast();

    // "this is an extra rc because of the holidays", "it's just another rc": the extra rc named is the mail's own.
    [GeneratedRegex(@"\b(?:this|it)(?:'s|\s+is|\s+was)\s+(?:just\s+|simply\s+|purely\s+|basically\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ThisIsOne();

    // What the extra rc or week was, told of in the extra rc's own mail: "one extra week was (just) enough", "the extra
    // week turned out (not) to be enough", "the extra rc wasn't enough" (group not: it was not), "one week of calm was all
    // we needed".
    [GeneratedRegex(@"\b(?:the|that|this|our|one|an?)\s+(?:extra|additional)\s+(?:week|-?rc|release\s+candidate)\s+(?:(?<not>wasn't|was\s+not|hasn't\s+been|has\s+not\s+been)|was|has\s+been|(?:turned\s+out|proved|seems|seemed)(?:\s+(?<not>not))?(?:\s+to\s+be)?)\s+(?:(?:quite|just|more\s+than)\s+)?enough\b|\b(?:the|that|this|our|one|an?)\s+(?:(?:extra|additional)\s+)?(?:week|-?rc)(?:\s+of\s+(?:calm|quiet|testing))?\s+(?:was|has\s+been)\s+(?:just\s+)?all\s+(?:we|it)\s+(?:needed|took)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExtraWasEnough();

    // "let's keep it to (just) one extra week", "limit this to an extra rc": a cap on the cycle's extra weeks, counted
    // from the usual end — an rc8 in an rc7 mail, the mail's own rc8 (and no rc9) in an rc8 mail.
    [GeneratedRegex(@"\b(?:keep|limit|hold)(?:s|ing)?\s+(?:it|this|things|the\s+(?:release|cycle))\s+(?:down\s+)?to\s+(?:just\s+|only\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeptTo();

    // The rest of a doubt that names nothing but a pronoun or a time: "… about it", "… yet", "… by the end of the
    // week", "… in a few days", "… how next week goes", "… when I get there".
    [GeneratedRegex(@"^(?:[\s.,;:!?—-]|\b(?:about|on|it|that|this|things|yet|still|now|right|for|at|point|next|week|weekend|weeks|then|by|either|way|though|honestly|really|so|anyway|the|end|of|more|all|in|a|few|couple|days?|coming|soon|later|tomorrow|time|how|goes|go|looks|look|turns|out|shapes|up|when\s+(?:i|we)\s+get\s+there)\b)*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NamesNothing();

    [GeneratedRegex(@"^\s+after\s+this(?:\s+one|\s+rc)?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterThisOne();

    // What may follow a comma after a claim that ends its clause ("we're done, barring surprises", "rc7 is the last, and
    // this time too", "this is the last, I think"): a condition, a hope or a clause joined to it, not a list going on.
    private const string ClaimGoesOn = @"\s*,\s*(?:barring|unless|assuming|provided|knock|touch|fingers|hopefully|and|so|i\s+(?:think|hope|believe|expect))\b";

    // The cycle a last week belongs to: "(the last week) of the (6.7) release cycle", "of rc's", "of the rc series".
    private const string OfTheCycle = @"(?:the\s+)?(?:v?" + Ver + @"\s+)?(?:-?rc'?s|-?rc\s+series|release\s+candidates|(?:release\s+|development\s+)?cycle)\b";

    // What comes last before the release: "(the last week) before the (final / 6.7) release" or "before the (6.8)
    // merge window", which the release opens, "(your / the) last chance (to report regressions) before the release".
    private const string BeforeTheRelease = @"before\s+the\s+(?:(?:final\s+)?(?:v?" + Ver + @"\s+)?release|(?:next\s+|v?" + Ver + @"\s+)?merge\s+window)\b";
    private const string LastChance = @"last\s+chance\s+(?:(?:to|for)\s+[\w\s'-]{1,40}?\s+)?" + BeforeTheRelease;

    // The final next: "the last rc" (not "since / in / from / of the last rc", the one before, nor "the last rc fixes",
    // its contents, nor "the last rc where I'll take big changes", "the last rc before I leave", "of the year", "with
    // that many fixes"), "this last rc", "next week's release", "the last of the rcs", "final 6.12 (release) next
    // weekend", "the final release" (not "in / into the final release", where something goes: "regressions in the final
    // release", "I don't want this in the final release", "not the kind of thing I want to put in the final release",
    // "these fixes will go into the final release"; "rather in an rc than in the final release" is), "ready/on
    // track/slated for a final", "we're good for the final" (ending its sentence), "we're ready for the release", "on
    // track for the 6.2 release / 6.2 final / the release / 6.2" (not "the fix is ready for the 6.2 release", not "I
    // think 6.2 is ready", which names no step, as "we're in good shape" does not), "release the final 6.14", "it's
    // time to release / stop the rc series" (from the usual last rc on), "let it sit for a week and then release"
    // ("give it another week of testing and then do the final": WeekThenRelease), "the expected 5.4 release next
    // weekend", "I expect the next release to be the final 6.5", "the next tag / announcement will be (for) 7.10",
    // "make this last week count", "let's make this last week a quiet one", "the final 4.11 is next", "the 7.9 release
    // is next", "6.17 (final) is / will be / comes (up) next" (not "6.17 is next in line for …"), "the merge window
    // (for 6.8) is (not) next" (ending its sentence), "next up / stop: the final / 7.3 (final)", "this should be the
    // final week of rc's", "it's (not) the last week before the release", "this is your / the last chance (to report
    // regressions) before the release", "we're in the last week of the (6.7) release cycle", "the last week of the 6.7
    // cycle starts now" (OfTheCycle), "the only thing left is the release", "all that's left / what's left is the
    // final", "only the final remains", "this rc should become 7.10", "the rc series ends here", "this is where the rcs
    // stop", "this is it for / the end of the rc series", "the end of the rc series is here", "the end of the road /
    // line for the rc's", "we're done after this rc", an rc opening its sentence called the last ("rc7 - probably the
    // last one", "rc7: likely (not) the last"), "Last rc, hopefully.", "Last rc?" (a question, for its answer),
    // fragments that open their sentence ("Probably (not) the last.", "(Not) done next week, I think.", "Final next.",
    // "6.7 next.", "Next: 6.7."), "this is it" ending its sentence (from the usual last rc on), "next weekend should be
    // it", "we should be good for (a release) / good to go next weekend", "6.21 is (practically) done", "6.21 will be
    // released." or "6.21 is happening." (from the usual last rc on), "Time to release." alone, "this is (effectively)
    // what 6.21 will look like", "this is effectively the release", "we've reached the end of the 6.21 rc series",
    // "this rc marks the end of the 7.22 rc's", "we're at the finish line", "we're (not quite) on the last lap (yet)",
    // "ready to call it", "that's it for this release" (in an rc mail), "so the final it is", "(the) final / releasing
    // next weekend is the right call / the way to go", "the next thing you'll see from me is the 6.6 release" ("… will
    // be for the final 6.6", "… will be the 6.6 one"), "the next one will be the real thing / deal", "(if it stays
    // calm,) it's / it could be the final", "(barring new issues,) we're done" or "now we're ready" (or asked: "are we
    // done?", "will we be ready?") at the end of its sentence or before its condition ("we're done, barring / modulo
    // surprises") or another clause ("we're done, and the numbers agree") or before the time ("we'll / we won't be
    // ready next weekend", "we're not done next week / after this one", "(nothing points to) us being done next
    // weekend") (not "we're done with the big stuff"), "the rc series is (not quite) done / over (yet)" (ending its
    // sentence or before a colon: "the rc's aren't done yet: …") (not "we're not done yet": at rc7 the release is not
    // done either way), "(let's hope) we (can) stop here / after this rc" ending its clause, "this is where we stop"
    // (not "I'll stop here", which ends many a mail's text, nor "we should stop here and look at the numbers"), "this
    // should be the last one", "I expect this rc to be the last.", "let's make this the last one", "rc8 is the last
    // stop" (or "the end of the line / road"), "this is (probably) not the last one", "rc7 is not the last", "rc9 it
    // is, and hopefully the last one" (not "the networking fixes should be the last", "regressions in the last one we
    // did", "Vlastimil fixed the last one", "rc7 has often been the last one"), "this feels / looks like a last rc"
    // (not "felt", told of); the final alone as what a condition brings ("If the fix holds, the final; if not, rc8",
    // "Otherwise, 6.14.", "Barring surprises, the final.", "…, that will be the 6.7 release") and so is "that's it"
    // ("Unless something happens, that's it", "…, that'll be it"); "the final is / looks likely" ending its clause (or
    // "unlikely", "improbable", "isn't likely", "not likely at this point", which the denial after it turns); "(now)
    // we're good to go" ending its sentence; "(talk to you) next week, when 6.7 is out"; "the last" and "we're done"
    // before a comma that goes on with a condition, a hope or "and" (ClaimGoesOn: "rc7 is the last, and this time too",
    // "rc7 is the last, I think"); "we're (not) ready to ship / release" (the "not" before "ready" denies it); "this rc
    // is the (final) dress rehearsal" (or "I'd consider / call this the final dress rehearsal"), "the final is (still /
    // not) on track" ending its clause.
    [GeneratedRegex(@"(?<=\b(?:feel|feels|look|looks|seem|seems)\s+(?:\w+\s+)?like\s+)a\s+(?:last|final)\s+(?:-?rc|release\s+candidate)\b|(?<!since\s|than\s|after\s|in\s|from\s|of\s)\b(?:this|the)\s+(?:\w+\s+)?(?:last|final)\s+(?:-?rc|release\s+candidate)\b(?!\s+(?:fix(?:es)?|changes|patch(?:es)?|pulls?|regressions?|diffstat|shortlog|numbers|size|commits|where|in\s+which)\b|\s+for\s+(?:new|big|large|bigger|non-trivial)\s+(?:changes|features|stuff|things)\b|\s+(?:before\s+(?:i|we)\b|of\s+the\s+(?:year|decade|month)\b|with\s+(?:that|this|so)\s+many\b))|\bnext\s+(?:week|sunday|weekend)'s\s+(?:final\s+)?(?:release|v?" + Ver + @")\b|\blast\s+-?rc\s+(?:before(?!\s+(?:i|we)\b)|for(?!\s+(?:new|big|large|bigger|non-trivial)\s+(?:changes|features|stuff|things)\b))\b|\bthe\s+last\s+of\s+the\s+(?:-?rc'?s|release\s+candidates)\b|\bfinal\s+(?:" + Ver + @"\s+)?(?:release\s+)?(?:will\s+be\s+)?(?:next\s+(?:weekend|week|sunday)|in\s+a\s+week)|\b(?:next\s+(?:weekend|week|sunday)\s+will\s+see\s+the\s+final|(?<bare>(?<!(?<!\bthan\s+)\b(?:in|into)\s|\b(?:from|of|after|until|till)\s)the\s+final\s+release)\b(?!\s+of\s+(?:a|an|the|its|their|this|that)\b))|\b(?<bare>(?:ready|on\s+track|slated)\s+for\s+(?:a|the)\s+final)\b|(?<bare>(?<=\b(?:we're|we\s+are|we\s+should\s+be|we'll\s+be|things\s+(?:are|look)|everything\s+is)\s+(?:\w+\s+)?)good\s+for\s+(?:a|the)\s+final(?:\s+release)?)(?=\s*(?:[.!;]|$))|\b(?<bare>(?:we're|we\s+are|things\s+are|everything\s+is|it's|it\s+is)\s+(?:(?:now|finally|all|pretty\s+much)\s+)?ready\s+for\s+(?:a|the)\s+(?:final\s+)?release)\b|\b(?<bare>on\s+track\s+for\s+(?:the\s+)?(?:v?" + Ver + @"\s+(?:final|release)|(?:actual\s+)?release|v?" + Ver + @"(?![\w-]|\.\d|\s+(?:merge\s+window|-?rc))))\b|\b(?<bare>releas(?:e|ing)\s+the\s+final)\b|(?<bare>(?<=\b(?:it's|it\s+is)\s+(?:(?:now|about|finally|not|not\s+quite|not\s+yet)\s+)?)time\s+to\s+(?:release|tag\s+the\s+final|call\s+it\s+done|wrap\s+(?:this|it|things)(?:\s+one)?\s+up|(?:stop|end|close(?:\s+out)?|finish)\s+(?:the\s+)?(?:-?rc\s+series|-?rcs|-?rc's|release\s+candidates)))\b(?!\s+(?:-?rc|the\s+(?:next\s+)?rc))|\b(?:(?:let|leave)\s+(?:this|it|things)(?:\s+one)?\s+(?:sit|simmer|settle|cook|soak)\s+for|giv(?:e|ing)\s+(?:this|it|things)(?:\s+one)?)\s+(?:a|one|another)\s+(?:more\s+)?week" + WeekThenRelease + @"|\b(?:get|push|put|ship)(?:ting)?\s+(?:the\s+)?final\s+(?:v?" + Ver + @"\s+)?(?:release\s+)?out\s+(?:next\s+(?:weekend|week|sunday)|in\s+a\s+week)\b|\b" + Ver + @"\s+release\s+next\s+(?:weekend|week|sunday)\b|\blast\s+week\s+count\b|\b(?:the\s+next\s+(?:one|release|thing)|next\s+up)\s+(?:(?:will|should|is\s+going\s+to)\s+be|is)\s+the\s+real\s+(?:thing|deal|release|one)\b|\bmake\s+(?:this|the)\s+(?:last|final)\s+week\b|(?:\bthe\s+(?:final(?:\s+v?" + Ver + @")?|v?" + Ver + @")(?:\s+release)?|\bv?" + Ver + @"(?:\s+final)?)\s+(?:is|comes|will\s+be)\s+(?:up\s+)?next\b(?!\s+(?:in\s+line|on\s+the\s+list)\b)|\bnext(?<=\bmerge\s+window(?:\s+for(?:\s+v?" + Ver + @")?)?\s+(?:is|comes|will\s+be|isn't|is\s+not|won't\s+be|will\s+not\s+be)\s+(?:up\s+)?next)(?=\s*(?:[.!;]|$))|(?<bare>\bthis\s+(?:is|should\s+be|will\s+be)\s+it(?=\s*(?:[.!]|$)))|(?<bare>\bit(?:'s|\s+is|'ll\s+be|\s+will\s+be|\s+(?:could|might|may|should)\s+be)\s+the\s+final(?:\s+release)?(?=\s*(?:[.!;]|$)))|\bnext\s+(?:weekend|week|sunday)\s+(?:is|should\s+be|will\s+be|is\s+going\s+to\s+be)\s+it(?=\s*(?:[.!;]|$))|(?<![\w.-])v?" + Ver + @"\s+is\s+(?:(?:pretty\s+much|basically|probably|essentially|now|practically|effectively|just\s+about|all\s+but|more\s+or\s+less)\s+)?done(?=\s*(?:[.!;,]|$))|(?<bare>(?<![\w.-])v?" + Ver + @"\s+(?:(?:will|should|is\s+going\s+to)\s+be\s+(?:released|out)|is\s+happening)(?=\s*(?:[.!;,]|$)))|(?<bare>^time\s+to\s+(?:release|tag\s+the\s+final|call\s+it\s+done))(?=\s*(?:[.!]|$))|\bgood(?<=\b(?:we're|we\s+are|we\s+should\s+be|we'll\s+be|things\s+(?:are|should\s+be)|it's|it\s+should\s+be)\s+(?:\w+\s+){0,2}good)\s+(?:for|to\s+go(?:\s+for)?)\s+(?:(?:a|the)\s+(?:final\s+)?release\s+)?next\s+(?:weekend|week|sunday)\b|\bnext\s+(?:up|stop)\s*:?\s+(?:is\s+)?(?:the\s+final\b|(?:the\s+)?v?" + Ver + @"(?:\s+(?:final|release)\b|(?=\s*(?:[.!]|$))))|\bthe(?<=\b(?:this(?:\s+(?:week|one|rc))?|it)(?:'s(?:\s+not)?|\s+(?:is|isn't|is\s+not|should(?:n't)?\s+be|will\s+be|won't\s+be))\s+the)\s+(?:(?:final|last)\s+week\s+(?:of\s+" + OfTheCycle + @"|" + BeforeTheRelease + @")|" + LastChance + @")|\b(?:this|it)(?:'s|\s+is)\s+your\s+" + LastChance + @"|\b(?:we're|we\s+are)\s+(?:now\s+)?in\s+the\s+(?:final|last)\s+week\s+of\s+" + OfTheCycle + @"|\bthe\s+(?:final|last)\s+week\s+of\s+" + OfTheCycle + @"\s+(?:starts|begins|has\s+(?:started|begun))\s+(?:now|today)\b|\b(?:only\s+(?:thing\s+)?|(?:all\s+)?(?:that's|that\s+is)\s+|what's\s+|what\s+is\s+)left\s+(?:now\s+)?(?:is\s+)?(?:the\s+)?(?:final(?:\s+release)?|(?:actual\s+)?release(?:\s+itself)?)\b|\bonly\s+the\s+(?:final(?:\s+release)?|release)\s+(?:(?:is\s+)?left|remains)\b|\b(?:ends?|stops?)(?<=\b(?:-?rc\s+series|-?rcs|-?rc's)\s+(?:(?:doesn't|does\s+not|won't|will\s+not|will)\s+)?(?:ends?|stops?))\s+here\b|\bwhere(?<=\bthis\s+is\s+(?:not\s+)?where)\s+the\s+(?:-?rc\s+series|-?rcs|-?rc's)\s+(?:ends?|stops?)\b|\bthis\s+(?:[\w-]+\s+){0,4}?(?:should|will|is\s+going\s+to)\s+become\s+(?:the\s+final(?:\s+v?" + Ver + @")?|v?" + Ver + @"(?:\s+final)?)\b|(?<=\b(?:be|is|isn't|'s|was|wasn't|being|and|(?:is|'s|was)\s+(?:(?:probably|likely|certainly|definitely|almost\s+certainly|sadly|clearly)\s+)?not|make\s+(?:this|it|that)|call\s+(?:this|it|that))\s+(?:(?:probably|likely|hopefully|really|actually|indeed|definitely|almost\s+certainly)\s+)?)(?<!\b(?:fix(?:es)?|patch(?:es)?|pulls?|changes|commits|merges|regressions?|bugs?|updates|ones)\s+(?:[\w']+\s+){0,3})\bthe\s+(?:last(?:\s+(?:one|stop)\b|(?=\s*(?:[.!;]|$)|" + ClaimGoesOn + @"))|end\s+of\s+the\s+(?:line|road)(?=\s*(?:[.!;]|$)))(?!\s+(?:we|i|you|they)\s+(?:did|had|made|released|saw|tagged))|\bnext\s+(?:release|weekend|sunday|week|tag|announcement)\s+(?:will|should|is\s+going\s+to)\s+(?:\w+\s+)?be\s+(?:for\s+)?(?:the\s+)?(?:final|v?" + Ver + @"(?![\w-]|\.\d))\b|\bthe\s+next\s+(?:release|one)\s+to\s+be\s+(?:the\s+)?(?:final|v?" + Ver + @")\b|\b(?:this(?:\s+rc)?|that)(?:'s|\s+is|\s+should\s+be|\s+will\s+be|\s+marks)\s+(?:it\s+for|the\s+end\s+of)\s+(?:the\s+)?(?:v?" + Ver + @"\s+)?(?:-?rc'?s|-?rc\s+series|release\s+candidates)\b|\bthe\s+end\s+of\s+the\s+(?:v?" + Ver + @"\s+)?(?:-?rc'?s|-?rc\s+series|release\s+candidates)\s+is\s+(?:here|now)\b|(?<=\b(?:we've|we\s+have|we're\s+at|we\s+are\s+at)\s+(?:(?:now|finally)\s+)?(?:reached\s+)?)\bthe\s+end\s+of\s+the\s+(?:v?" + Ver + @"\s+)?(?:-?rc'?s|-?rc\s+series|release\s+candidates)\b|\b(?<=\bthis\s+(?:is|isn't|is\s+not|should\s+be)\s+(?:(?:effectively|basically|essentially|pretty\s+much|practically)\s+)?)what\s+(?:the\s+final\s+)?v?" + Ver + @"\s+(?:will|is\s+going\s+to)\s+look\s+like\b|\bthis\s+is\s+(?:effectively|basically|essentially|pretty\s+much|practically)\s+(?:the\s+(?:final\s+)?release|(?:the\s+)?(?:final\s+)?v?" + Ver + @"(?![\w-]|\.\d))|\b" + WeAreDone + @"\s+done\s+after\s+this\s+(?:one|-?rc)\b|\bthe\s+end\s+of\s+the\s+(?:road|line)\s+for\s+(?:the\s+)?(?:v?" + Ver + @"\s+)?(?:-?rc'?s|-?rc\s+series|release\s+candidates)\b|(?<=^(?:(?:this\s+is|here's|so)\s+)?-?rc\d+\s*[—:,]\s*(?:and\s+)?(?:(?:probably|likely|hopefully|most\s+likely|almost\s+certainly)\s+)?(?:not\s+)?)(?:the\s+)?last(?:\s+(?:one|-?rc))?(?=\s*(?:[.!;,]|$))|^(?:the\s+)?last\s+(?:-?rc|one)(?=\s*(?:[.!;,?]|$))|(?<=^(?:(?:probably|likely|hopefully|most\s+likely|almost\s+certainly)\s+)?(?:not\s+)?)the\s+last(?:\s+(?:one|-?rc))?(?=\s*(?:[.!;,]|$))|(?<bare>(?<=^(?:(?:probably|likely|hopefully)\s+)?(?:not\s+)?)done)(?=\s+(?:by\s+)?next\s+(?:weekend|week|sunday)\b)|^(?:the\s+)?(?:final|v?" + Ver + @")(?:\s+(?:final|release))?\s+next(?=\s*(?:[.!]|$))|^next\s*:\s*(?:the\s+)?(?:final|v?" + Ver + @")(?:\s+(?:final|release))?(?=\s*(?:[.!]|$))|\b(?<bare>(?:we're|we\s+are)\s+(?:\w+\s+)?at\s+the\s+finish\s+line|(?<=\b(?:we're|we\s+are|we\s+aren't)\s+(?:(?:not|now|finally)\s+)?(?:(?:quite|really)\s+)?)on\s+the\s+(?:last|final)\s+lap(?:\s+(?:now|yet))?|ready\s+to\s+call\s+it(?:\s+done)?)(?=\s*(?:[.!;]|$))|\b(?:that|this)(?:'s|\s+is|\s+should\s+be)\s+it\s+for\s+this\s+(?:release|cycle)\b|\b(?:the\s+)?final(?:\s+release)?\s+it\s+is\b(?!\s+not\b)|\b(?:(?:the\s+)?final(?:\s+release)?|releasing(?:\s+(?:it|this|v?" + Ver + @"))?(?:\s+(?:next\s+(?:week(?:end)?|sunday)|now|on\s+schedule))?)(?=\s+(?:is|seems|looks\s+like|sounds\s+like|would\s+be|feels\s+like)\s+(?:(?:clearly|probably|definitely|just|simply)\s+)?(?:the\s+)?(?:(?:right|correct|sane|sensible|best|smart|obvious)\s+(?:call|choice|thing(?:\s+to\s+do)?|move|decision|option)|way\s+to\s+go)\b)|\b(?:no\s+more|done\s+with(?:\s+the)?)\s+(?:-?rcs|-?rc's|release\s+candidates|-?rc\s+series)\b|\b(?<bare>" + WeAreDone + @"\s+(?:(?:pretty\s+much|basically|probably|hopefully|now)\s+)?(?:done|ready))(?=\s*(?:[.!;?]|$)|" + ClaimGoesOn + @"|\s+(?:by\s+)?next\s+(?:weekend|week|sunday)\b)|\b(?<bare>(?<=(?:\bwe\s+(?:won't|will\s+not)\s+be|\bwe(?:'re\s+not|\s+are\s+not|\s+aren't)|\bus\s+being)\s+(?:(?:quite|really|fully)\s+)?)(?:ready|done))(?=\s+(?:(?:by\s+)?next\s+(?:weekend|week|sunday)|after\s+this\s+(?:one|-?rc))\b)|(?<bare>(?<=\b(?:(?:the\s+)?(?:v?" + Ver + @"\s+)?(?:-?rc\s+series|-?rcs|-?rc's)\s+(?:is|are|isn't|aren't|is\s+not|are\s+not))\s+(?:(?:not|quite|really|completely|entirely|all)\s+){0,2})(?:done|over|finished)(?:\s+yet)?)(?=\s*(?:[.!;:—]|$))|(?<bare>(?<=\bwe\s+(?:(?:can|could|should|can't|cannot|couldn't|shouldn't|get\s+to)\s+)?(?:not\s+)?|\bthis\s+is\s+(?:not\s+)?where\s+we\s+)stop(?:\s+(?:here|at\s+this\s+(?:one|-?rc)|after\s+this\s+(?:one|-?rc)|with\s+this\s+(?:one|-?rc))(?=\s*(?:$|[.,;:!)—]))|(?<=\bwhere\s+(?:we|i)\s+stop)(?=\s*(?:[.!;,]|$))))|\bnext\s+(?:weekend|week|sunday)\s+(?:is|will\s+be|should\s+be)\s+(?:the\s+)?(?:final\s+)?release\s+(?:time|day|weekend)\b|\brelease\s+(?:day|time)\s+(?:is|will\s+be|should\s+be)\s+next\s+(?:weekend|week|sunday)\b|\bthe\s+next\s+(?:thing|one|step|announcement|e?mail|release)\b(?:\s+[\w']+){0,5}?\s+(?:is|will\s+be|should\s+be)\s+(?:for\s+)?(?:the\s+)?(?:(?:real|actual)\s+)?(?:final\b|(?<![\d.])v?" + Ver + @"(?:\s+(?:final|release|proper|one|announcement)\b|\s*(?:$|[.,;!?)]))|release\b)|(?<bare>(?<=(?:\b(?:if|unless|barring)\b[^,;:.]{1,60}|\botherwise|\bif\s+not),\s*(?:then\s+)?)(?:(?:that(?:'ll|\s+will|\s+should)\s+be\s+)?(?:the\s+final(?:\s+release)?|(?:the\s+)?v?" + Ver + @"(?:\s+(?:final|release))?)|(?:that's|that\s+is|this\s+is|that(?:'ll|\s+will|\s+should|'s\s+going\s+to|\s+is\s+going\s+to)\s+be)\s+it)(?=\s*(?:[.;!:—]|$)))|(?<bare>\bthe\s+final(?:\s+release)?(?=\s+(?:is|looks|seems|isn't)\s+(?:(?:most|very|quite|pretty|now|increasingly)\s+)?(?:not\s+(?:very\s+|too\s+)?)?(?:un|im)?(?:likely|probable)(?=\s*(?:[.!;,]|$)|\s+(?:at\s+this\s+point|now|any\s*more)\b)))|(?<bare>\b(?:we're|we\s+are|things\s+are|everything\s+is)\s+(?:(?:now|finally|all|pretty\s+much)\s+)?good\s+to\s+go)(?=\s*(?:[.!;]|$))|\bnext\s+(?:week(?:end)?|sunday)\s*,?\s+(?:when|once|after)\s+(?:the\s+final(?:\s+v?" + Ver + @")?|v?" + Ver + @"(?:\s+final)?)\s+(?:is|has\s+been|will\s+be|'s)\s+(?:out|released|tagged|done)\b|(?<bare>(?<=\b(?:we're|we\s+are|things\s+are|everything\s+is|it's|it\s+is)\s+(?:(?:now|finally|all|pretty\s+much|not|not\s+yet|not\s+quite)\s+)?)ready\s+to\s+(?:ship|release|go\s+out)(?:\s+(?:it|this|v?" + Ver + @"))?)(?=\s*(?:[.!;]|$)|" + ClaimGoesOn + @"|\s+(?:by\s+)?next\s+(?:weekend|week|sunday)\b)|\b(?:(?:this(?:\s+(?:one|-?rc\d{0,2}))?|it)(?:'s|\s+is|\s+will\s+be|\s+should\s+be)|(?:consider|call)\s+(?:this(?:\s+(?:one|-?rc\d{0,2}))?|it))\s+the\s+(?:(?:final|last)\s+(?:dress\s+)?rehearsal|dress\s+rehearsal)\b|(?<bare>(?<=\bthe\s+(?:final(?:\s+release)?|(?:v?" + Ver + @"\s+)?release|v?" + Ver + @")\s+(?:is|isn't|remains|stays)\s+(?:(?:still|now|firmly|not)\s+)?)on\s+track)(?=\s*(?:[.!;,]|$))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FinalNext();

    // The final named as the bound of something else: "(testing / the last week) before (the final release)".
    [GeneratedRegex(@"\bbefore\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BoundBefore();

    // Who is or will be done or ready, said or asked: "we're / we are / we'll be / we should be", "are we", "will we be"
    // (FinalNext's "we're done" and "we're done after this rc").
    private const string WeAreDone = @"(?:we're|we\s+are|we'll\s+be|we\s+should\s+be|are\s+we|will\s+we\s+be)";

    // What says a cycle ends: "the last (one)", "the final (release)", "the release" (not "release rc4", the verb),
    // "done" (not "rc6 will be done from my phone", the rc made), "(the usual rc7) finish" (not "finish the review
    // before rc7"), "see us through", "(rc7 should) be enough" (not "calm enough", nor "enough time").
    [GeneratedRegex(@"\b(?:last|final|release(?!\s+-?rc\d)|(?<!-?rc\d{1,2}\s+(?:(?:will|'ll|should|shall|can|could|may|might|would|is\s+going\s+to)\s+(?:\w+\s+)?be|is|gets|got)\s+(?:(?:probably|likely|also|still|then|just)\s+)?)done|end|(?<=-?rc\d{1,2}\s+)finish|see\s+us\s+through|wrap\s+(?:it|things|this)\s+up|(?<=\b(?:be|is|was|isn't|wasn't|not)\s+(?:just\s+)?)enough(?!\s+(?:time|to|for)\b))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EndWord();
}
