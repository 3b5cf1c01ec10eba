using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Travel, holidays and lateness: what the prose says of Linus being away (with the dates it names) and of this mail
/// coming late.
/// </summary>
public static partial class ProseReader
{
    /// <summary>
    /// True when the travel word at <paramref name="index"/> is travel still to come: not told only of the past (<see
    /// cref="OnlyPast"/>), not a holiday wished to the readers ("Merry Christmas"), not denied ("I'm not traveling this
    /// time", or after it: "Next week is the Open Source Summit, but I'm not going"), not somebody else's ("his
    /// travel", "Greg is on vacation"), not what somebody asked ("Somebody asked whether I'm traveling this month; I'm
    /// not"), not a wish or a day nobody can name ("I wish I could take a vacation") and not called off ("My travel
    /// plans for next week fell through").
    /// </summary>
    private static bool TravelAhead(string sentence, int index) =>
        !OnlyPast(sentence, index) && !Greeting().IsMatch(sentence[..index]) && !NoTravel().IsMatch(sentence[..index])
        && !NotGoing().IsMatch(sentence[index..]) && !CalledOff().IsMatch(sentence[index..])
        && !OthersTravel().IsMatch(sentence[..index]) && !OtherPersonAway().IsMatch(sentence[..index])
        && !AskedWhether().IsMatch(sentence[ClauseBounds(sentence, index).Start..index])
        && !WishedOrSomeday().IsMatch(sentence[ClauseRange(sentence, index)]);

    // Travel named and then denied for Linus: "(the Open Source Summit,) but I'm not going / I won't be there / I'm
    // skipping it / I'm staying home (after all) / I've decided to stay home".
    [GeneratedRegex(@"\b(?:but|and)\s+(?:(?:i'm|i\s+am)\s+not\s+(?:going(?!\s+to\b)|attending|traveling|travelling)\b|i\s+(?:won't|will\s+not)\s+be\s+(?:going|there|attending)\b|(?:i'm|i\s+am)\s+skipping\s+it\b|(?:i'm|i\s+am|i'll\s+be|i\s+will\s+be)\s+(?:now\s+)?staying\s+(?:at\s+)?home\b|i(?:'ve|\s+have)?\s+decided\s+to\s+stay\s+(?:at\s+)?home\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotGoing();

    // Travel called off in its own clause, whenever it was to be: "(my travel plans) for next week fell through", "(the
    // trip to Tokyo) got cancelled", "(the conference) has been postponed".
    [GeneratedRegex(@"^[^,.;:—]{0,40}?\b(?:fell\s+through|(?:got|was|were|has\s+been|have\s+been)\s+(?:cancell?ed|called\s+off|scrapped|postponed))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex CalledOff();

    // Travel wished for, or put off to a day nobody names, in the travel word's clause: "I wish I could take a
    // vacation", "I'd love to take a vacation some day", "Maybe next year I'll actually take a vacation", "One of these
    // days I'll take a real vacation", "Someday I'll go on vacation without a laptop" (not "some days next month", nor
    // "away for one day"; "Maybe I'll be traveling next week" is travel that may come).
    [GeneratedRegex(@"\b(?:i\s+wish\b|i'd\s+love\s+to\b|i\s+would\s+love\s+to\b|some\s*day\b|one\s+of\s+these\s+days\b|(?:maybe|perhaps)\s+next\s+year\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WishedOrSomeday();

    // A question reported in the travel word's clause: "(people) asked (me) whether / if I'm traveling", "some wondered
    // if I'd be at LPC", "somebody asked on the list whether the policy discussed at the maintainer summit …".
    [GeneratedRegex(@"\b(?:ask(?:s|ed|ing)?|wonder(?:s|ed|ing)?)\s+(?:me\s+|(?:on|in)\s+(?:the\s+)?[\w-]+\s+)?(?:whether|if)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AskedWhether();

    // Somebody else's travel: "delayed a week by his travel", "Greg's vacation" (not "this week's travel", "it's
    // Thanksgiving"), "a lot of maintainers are on vacation" (6.5-rc7), "several maintainers are in Lisbon for a
    // conference" (not "I (and many other core maintainers) am traveling", nor "people are asking whether I'm
    // traveling", which is Linus' own).
    [GeneratedRegex(@"\b(?:his|her|their|(?!(?:it|that|there|what|here|who|he|she|let|where|everybody|everyone|nobody)'s)(?!\w*(?:week|weekend|month|year|day)'s)[a-z]+'s)\s+(?:\w+\s+)?$|\b(?:people|maintainers|developers|folks|others|everybody\s+else|everyone\s+else)\s+(?:are|were|will\s+be|have\s+been|seem\s+to\s+be|being)\s+(?:(?!(?:i|i'm|i'll|me|my|we|we're|us|our)\b)[\w-]+\s+){0,4}$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OthersTravel();

    // Somebody else away, named or "he / she / they" right before the travel word: "Greg is on vacation next week (, so
    // stable will be a bit delayed)", "Jakub will be traveling", "they're at LPC". Case matters here: a name is
    // capitalised, and the words that open a sentence ("Next week is Thanksgiving", "This week I'm away") are not names.
    [GeneratedRegex(@"(?:\b(?:[Hh]e|[Ss]he|[Tt]hey)|\b(?!(?:I|It|This|That|There|Here|What|Which|Who|Next|Last|The|So|And|But|Also|Anyway|Everybody|Everyone|Nobody|Somebody|Someone|Everything|Nothing|Something|Today|Tomorrow|Tonight|Now|Then|Since|Because|As|If|When|While|Christmas|Thanksgiving|Easter)\b)[A-Z][a-z]+)(?:\s+(?:is|are|was|were|will\s+be|has\s+been|have\s+been|is\s+going\s+to\s+be)|'s|'re|'ll\s+be)\s+(?:[\w-]+\s+){0,2}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OtherPersonAway();

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

    // Past verbs ("the holidays meant a quiet week", "I spent yesterday travelling back from LPC", "everyone who
    // traveled to LPC last month", "people asked me at Plumbers", "I'm back (home) (now) after a week of travel", "6.6
    // needed an rc8 because of the holidays"; not "an rc8 is needed"), travel called off ("my travel plans fell
    // through", "the trip got cancelled"), the present perfect ("have calmed down", "has been"), a verb in -ed after
    // "I" or "we" ("I announced", "we planned"; not "we are scheduled") and what is over ("Christmas is over", "the
    // holidays are behind us").
    [GeneratedRegex(@"\b(?:was|were|had|did|went|said|happened|came|got|ended|meant|made|kept|caused|brought|slowed|resulted|spent|flew|drove|travell?ed|fell|asked|told|talked|discussed|met|yesterday|(?<!\bthe\s)last\s+(?:month|year)|returned|cancell?ed|called\s+off|(?<!\b(?:is|are|be|been|being|was|were|get|gets|got)\s+)(?:needed|required|slipped)|(?:got|came|i'm|i\s+am|we're)\s+(?:now\s+)?back(?:\s+home)?(?:\s+now)?\s+(?:from|after))\b|\b(?:is|are)\s+(?:now\s+)?(?:over|behind\s+us|done)\b|\b(?:have|has|'ve|haven't|hasn't)\s+(?:not\s+)?(?:\w+\s+)?(?:been|\w{3,}ed)\b|\b(?:i|we)\s+(?:all\s+|just\s+|already\s+|originally\s+|previously\s+|back\s+then\s+)?(?!(?:am|are|need|feed|seed|shed|wed)\b)\w{3,}ed\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PastVerb();

    // Words of travel and holidays ("I'll be offline", "I'll be without reliable internet", "I'll have spotty
    // internet", "away from the keyboard", "I'm away", "I'll be gone", "from a hotel room", "on a plane / boat /
    // train"); a place only where it is one: "I'll be in Tokyo", "I'm spending next week in Bangalore", "I'm in Europe
    // this week", "writing this from Vienna" (not "here in …": Linus says it at home too), "I'll be releasing 6.7 /
    // doing rc8 from Japan", "I'm leaving for Japan", "I left for Japan this morning" (away now) — not "I'm in Git
    // maintenance mode", where a word follows the name; "I'll be in transit"; a conference, but not "the conference
    // season", "the conference talk / video / call" nor "the timing of the kernel summit" (that others went to); "I'll
    // be in a different time zone".
    [GeneratedRegex(@"\b(?:travel(?:l)?ing|travel|on\s+the\s+road|vacation|holidays?|christmas|thanksgiving|new\s+year(?:'s)?|(?:labor|memorial|independence)\s+day|conference(?!\s+(?:season|talks?|videos?|recordings?|papers?|slides|calls?|program(?:me)?|website))|flying|trip|be\s+away\b|(?<=\b(?:i'm|i\s+am)\s+(?:mostly\s+|currently\s+|still\s+)?)away\b(?!\s+from\s+(?!(?:my|the)\s+(?:computer|keyboard|desk)))|(?<=\b(?:i'll|i\s+will|i'm\s+going\s+to)\s+)be\s+gone\b|\b(?:leav(?:e|ing)|left|head(?:ing)?|fly(?:ing)?|off)\s+(?:for|to)\s+(?-i:[A-Z])\w+|be\s+(?:mostly\s+)?offline\b|(?<=\b(?:be|i'm|i\s+am|i\s+was)\s+(?:\w+\s+)?)in\s+transit\b|spend(?:ing)?\s+(?:(?:next|this|the|a|an|two|three|few|couple|of|coming|following|whole|entire)\s+){1,3}(?:week(?:end)?s?|days?|month)\s+in\s+(?-i:[A-Z])\w+|away\s+from\s+(?:my|the)\s+(?:computer|keyboard|desk)\b|on\s+a\s+(?:plane|flight|boat|ship|cruise|train)|airport|hotel|be\s+(?:mostly\s+)?without\s+(?:\w+\s+){0,2}?(?:internet|network|e-?mail|connectivity)|(?:have|having)\s+(?:only\s+)?(?:limited|spotty|patchy|little|no)\s+(?:internet|network|connectivity|e-?mail)|(?:writing|sending)\s+(?:this\s+)?from\s+(?-i:[A-Z])\w+|(?<=\b(?:i'll|i\s+will|i'm|i\s+am|i'm\s+going\s+to)\s+(?:be\s+)?)(?:releas(?:e|ing)|do(?:ing)?|tag(?:ging)?|cut(?:ting)?)\s+(?:it|this|the\s+(?:final|release|next\s+rc)|(?:an?\s+|the\s+)?-?rc\d{1,2}|(?:the\s+)?(?:final\s+)?v?\d+\.\d+(?:-rc\d{1,2})?(?:\s+release)?)\s+from\s+(?-i:[A-Z])\w+|i'll\s+be\s+at\s+\w+\s+in\s+\w+|(?:i'll|i\s+will|i'm\s+going\s+to)\s+be\s+in\s+(?-i:[A-Z])\w+|(?:i'm|i\s+am)\s+(?:currently\s+|still\s+|now\s+)?in\s+(?-i:[A-Z])\w+(?:\s+(?-i:[A-Z])\w+)?(?=\s*(?:[,.;:!)]|$|\s+(?:this|for|until|till|through|right|at|and|so|now|again|today|on)\b))|(?<!\btiming\s+of\s+(?:the\s+)?)(?:plumbers|lpc|kernel\s+recipes|(?:kernel|maintainers?|open\s+source)\s+summit)|the\s+merge\s+window\s+will\s+be\s+shorter|shorter\s+merge\s+window|(?<=\b(?:i'll|i\s+will|i'm\s+going\s+to|i'm|i\s+am)\s+(?:\w+\s+)?)(?:be\s+)?in\s+(?:a\s+)?(?:different|another|other)\s+time\s*zones?)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Travel();

    // A holiday wished to the readers is no travel: "Happy new year!", "Merry Christmas", "enjoy the holidays", "I hope
    // everybody has a good Thanksgiving".
    [GeneratedRegex(@"\b(?:happy|merry|enjoy(?:ing)?\s+(?:the|your)|hope\s+(?:\w+\s+){1,2}?(?:has|have|had|have\s+had|enjoys?|enjoyed)\s+(?:a|the|their|your)\s+(?:\w+\s+)?)\s*$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Greeting();

    // Travel denied: "I'm not traveling this time", "I won't be traveling", "no travel for me this cycle", "I don't
    // expect to be traveling", "I'm not planning any travel", "I'm not going to the Maintainers Summit this year", "I
    // won't make it to LPC", "I'm (finally) done / finished (with) traveling for the year".
    [GeneratedRegex(@"\b(?:(?:i'm|i\s+am|we're|we\s+are)\s+(?:(?:all|finally|now)\s+)?(?:done|finished)\s+(?:with\s+)?|(?:not|no|never|won't|(?:do|does|am|is|are)n't|without\s+any)\s+(?:be\s+|doing\s+any\s+|going\s+to\s+be\s+|planning\s+(?:any\s+|on\s+)?|(?:expect|plan)(?:ing)?\s+(?:to\s+be\s+|on\s+(?:any\s+)?|any\s+)|(?:going|heading|flying|traveling|travelling|(?:be\s+)?making\s+it|make\s+it|go)\s+to\s+(?:the\s+|this\s+year's\s+)?(?:[\w-]+\s+){0,2})?)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoTravel();

    /// <summary>
    /// True when the sentence tells of this mail or release coming late: a <see cref="Late"/> match whose clause does not
    /// place it in another cycle ("The release was late last time, but this one is on time", "the previous rc was a day
    /// late") — unless it says this one is too ("Last week's rc was late, and so is this one") — and not a lateness still
    /// to come ("the final may come a day late"), nor one of an rc after <paramref name="rc"/>.
    /// </summary>
    private static bool IsLate(string sentence, int? rc) =>
        Late().Matches(sentence).Any(m => (!LateElsewhere().IsMatch(sentence[ClauseRange(sentence, m.Index)]) || SoIsThisOne().IsMatch(sentence, m.Index))
            && !LateToCome().IsMatch(sentence[ClauseBounds(sentence, m.Index).Start..m.Index])
            && !LateThing().IsMatch(sentence[ClauseBounds(sentence, m.Index).Start..m.Index])
            && LateRc().Matches(m.Value).All(n => int.TryParse(n.Groups["n"].Value, out var named) && named <= rc));

    // An rc the lateness names is no later one than the mail's: "rc6 comes out on Monday" in the rc5 mail is the next
    // rc's plan, as "rc1 comes out on Monday" is in a release mail. (An earlier number stays: Linus has typed the last
    // rc's number in a new mail.)
    [GeneratedRegex(@"\brc\s?(?<n>\d+)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LateRc();

    // What was late is a fix or a pull, named right before: "the fix came in a day late (for rc6)", "that patch was a
    // day late".
    [GeneratedRegex(@"\b(?:fix(?:es)?|patch(?:es)?|pulls?|pull\s+requests?|commits?|merges?|reports?|replies)\s+(?:(?:was|were|came|arrived|showed\s+up|got\s+(?:in|merged))\s+(?:in\s+)?)?$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LateThing();

    // A lateness still to come: "(the final) will / may / might / could / is going to (come a day late)" — not what the
    // reader will have noticed ("You'll notice this is coming out on Monday", "as you may have noticed, …").
    [GeneratedRegex(@"\b(?:will|may|might|could|would|'ll|going\s+to)\b(?!\s+(?:have\s+|already\s+)?(?:notice|noticed|see|seen|guess|guessed|tell|wonder)\b)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LateToCome();

    [GeneratedRegex(@"\b(?:and\s+so\s+is\s+this\s+(?:one|rc)|this\s+(?:one|rc)\s+(?:is\s+)?(?:too|as\s+well))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SoIsThisOne();

    // Another cycle or rc, told of: "last time", "last week", "the previous release", "back then".
    [GeneratedRegex(@"\b(?:last\s+(?:time|week|cycle|release|rc|year|month)|(?:the\s+)?(?:previous|prior)\s+(?:one|release|rc|cycle|kernel)|back\s+then|in\s+the\s+past)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LateElsewhere();

    // A late rc or release: "a day late", "a few hours late", "this rc is coming out late", "this rc is out later than
    // usual" (not "the fixes came later than usual", nor "the release will / may end up a week later than usual", a
    // plan), "sorry / apologies for the delay / the late rc7 / the Monday release", "I'm a bit behind schedule", "(this
    // rc is out) a few hours / a day behind schedule", "on Monday rather than Sunday", "on a Monday rather than a
    // Sunday", "doing this on Monday", "this rc comes out on Monday", "my travel made this rc a bit late", "Monday
    // morning instead of Sunday", "it's Monday, not Sunday", "about 24 hours late", "Sorry, I'm late" (not "late to the
    // party"), "better late than never", "a slightly delayed rc", "the release is a bit delayed", "it's a couple of
    // days delayed / late" (not "the release is delayed by a week", a plan), "(I) delayed (the rc) by a day / a few
    // hours", "forgot to cut / send it", "a late rc", "Yes, I know, it's Tuesday", "I'm a day behind", "this should
    // have gone out yesterday", "I was going to do this yesterday", "this is coming out on Tuesday", "Monday release
    // instead of Sunday", "6.21 is out, only a few hours late", "here's rc3 a few hours late", "I held off a day", "the
    // release is out on a Monday" — not "the late rc fixes", nor "late rc's", nor "nothing is late"; "This is a Monday
    // release", "rc3 is a bit tardy", "Slightly belated rc3", "A day later than normal, but here's rc3", "6.21 is out,
    // a day later than planned" (not "the release won't be any later than planned"), "A few hours late, but here's
    // rc4", "rc4 comes out on a Tuesday this time", "Slightly later than usual, because …" (not "it's late in the
    // cycle"), "A day behind schedule, but here it is", "this rc is a day later than it would normally be", "here it is
    // on Monday instead", "the usual Sunday release turned into a Monday morning release", "the release slipped to
    // Monday", "rc5 got delayed until Monday", "the release waited until today", "I held off on rc5 until this
    // morning", "this would (normally) have happened yesterday".
    [GeneratedRegex(@"\b(?:(?:(?<!\b(?:nothing|nobody|none|not|much)\s)(?:is|was|comes|came|(?:is|was)\s+coming|(?:is|was)\s+going)\s+|(?<=\b(?:it|this))'s\s+)(?:out\s*,?\s+)?(?:(?:only|just)\s+)?(?:a\s+(?:bit|little|day)\s+|slightly\s+|somewhat\s+|(?:(?:about|roughly|almost|nearly|over|more\s+than)\s+)?(?:a\s+few|a\s+couple\s+of|several|some|\d+)\s+hours\s+|(?:a\s+few|a\s+couple(?:\s+of)?|two|three|\d)\s+days\s+)?late\b(?!\s+in\s+the\s+(?:cycle|release|game|series|rc\s+series|day)\b)|a\s+day\s+late|(?<=^\s*|[,;:—]\s*)(?:(?:only|just)\s+)?(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours\s+late|\bheld\s+(?:off|back)\s+(?:(?:on\s+)?(?:it|this(?:\s+(?:rc|release|one))?|the\s+(?:release|rc|tag)|-?rc\d+)\s+)?(?:(?:for\s+)?(?:a|one)\s+day|(?:until|till)\s+(?:this\s+morning|today|tonight|monday|tuesday))\b|(?:\b(?:this|it|rc\d*|-rc\d+|release|announcement)\b(?:(?!\b(?:will|'ll|won't|may|might|could|would|wouldn't|shouldn't|going\s+to|weeks?)\b)[^.;]){0,40}?|\bi(?:'m|\s+am)\s+(?:\w+\s+){0,3}?)later\s+than\s+(?:usual|normal|planned|expected|scheduled|it\s+would\s+(?:normally|usually)\s+be)|(?:sorry|apologies)\s+for\s+(?:the|this)\s+(?:delay|lateness|(?:late|monday|tuesday)\s+(?:-?rc\d*|release|announcement|one)\b(?!\s+(?:fix(?:es)?|pulls?|changes|patch(?:es)?|merges?)\b))|\b(?:i'm|i\s+am|this\s+is|it's|this\s+rc\s+is)\s+(?:\w+\s+){0,2}?behind\s+schedule|(?:doing|releasing|cutting|sending|tagging)\s+(?:this|it|the\s+rc|-?rc\d+)\s+(?:out\s+)?on\s+(?:a\s+)?monday|\b(?:this(?:\s+rc)?|it|-?rc\d+|the\s+(?:rc|release|final))\s+(?:comes?|came|is|goes|went|is\s+(?:coming|going))\s+out\s+on\s+(?:a\s+)?(?:monday|tuesday)|\bmade\s+(?:this(?:\s+rc)?|it|the\s+rc)\s+(?:a\s+(?:bit|little|day)\s+|slightly\s+|somewhat\s+)?late\b|(?:on\s+)?(?:a\s+)?(?:monday|tuesday)(?:\s+(?:morning|afternoon|evening|night|release|rc))?\s*,?\s+(?:rather\s+than|instead\s+of|not)\s+(?:(?:on\s+)?the\s+usual\s+|(?:on\s+)?a\s+|on\s+)?sunday|\bit's\s+(?:monday|tuesday|wednesday)(?=\s*(?:[.,;!—]|$))|\b(?:i'm|i\s+am|we're|this\s+is|it's|this\s+rc\s+is)\s+(?:a\s+day|a\s+couple\s+of\s+days|(?:one|two|\d)\s+days?|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours)\s+behind\b|\b(?:should|would)\s+(?:normally\s+)?have\s+(?:(?:gone|been|come)\s+out|happened)\s+(?:yesterday|on\s+sunday|last\s+night)|\bi\s+(?:was\s+going|(?:had\s+)?(?:meant|planned|intended))\s+to\s+(?:do|release|tag|cut|push|send)\s+(?:out\s+)?(?:this|it|the\s+(?:rc|release|tag)|-?rc\d+)\s+(?:out\s+)?(?:yesterday|on\s+sunday|last\s+night)\b|\bi(?:'m|\s+am)\s+(?:a\s+(?:bit|little|day)\s+|slightly\s+|somewhat\s+|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours\s+)?late\b(?!\s+(?:to|for)\b)|better\s+late\s+than\s+never|\b(?:this(?:\s+(?:release|rc|-?rc\d+|one))?|it|the\s+(?:release|rc|-?rc\d+))(?:\s+(?:is|was|comes)|'s)\s+(?:out\s+)?(?:a\s+(?:bit|little|day)|slightly|somewhat|(?:a\s+few|a\s+couple(?:\s+of)?|two|three|\d)\s+days|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours)\s+delayed\b|\b(?:slightly\s+|a\s+bit\s+|somewhat\s+)?delayed\s+(?:-?rc\d*|announcement)\b|forgot\s+to\s+(?:actually\s+)?(?:cut|push|tag|do|send|announce|release)|late\s+(?:release|rc)\b(?!'s|s\b|\s+(?:fix(?:es)?|changes|pulls?|regressions?|patch(?:es)?))|delay(?:ed|ing)?\s+(?:(?:the\s+(?:rc|release|announcement)|this(?:\s+rc)?|-?rc\d+|it)\s+)?by\s+" + ShortWhile
        + @"|\b(?:here's|here\s+is)\s+(?:(?:the|a|an)\s+)?(?:-?rc\d*|v?\d+\.\d+(?:-rc\d+)?|release|final(?:\s+release)?|it|this(?:\s+one)?)\s+(?:(?:only|just)\s+)?(?:a\s+(?:bit|little|day)\s+|slightly\s+|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours\s+|(?:a\s+couple(?:\s+of)?|two)\s+days\s+)?late\b"
        + @"|\b(?:this\s+is|it's|here's)\s+a\s+(?:monday|tuesday)\s+(?:release|rc|-?rc\d+|announcement)|\b(?:is|was|comes|it's|this's)\s+(?:(?:a\s+bit|a\s+little|slightly|somewhat)\s+)?tardy|\b(?:(?:slightly|a\s+bit|somewhat)\s+)?belated\s+(?:-?rc\d*|release|announcement)|\b(?:a\s+(?:day|bit|little)|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours)\s+later\s+than\s+(?:usual|normal|planned|expected|scheduled|it\s+would\s+(?:normally|usually)\s+be)|(?<=^\s*|[,;:—(]\s*|\b(?:this|it|-?rc\d{0,2}|release|one)\s+(?:is|was|comes|came)\s+(?:out\s+)?)(?:a\s+day|a\s+couple\s+of\s+days|(?:a\s+few|a\s+couple\s+of|several|\d+)\s+hours)\s+behind\s+schedule\b|(?<=^\s*|[,;:—(]\s*)(?:slightly|somewhat)\s+later\s+than\s+(?:usual|normal|planned|expected|scheduled|it\s+would\s+(?:normally|usually)\s+be)|\bon\s+(?:a\s+)?(?:monday|tuesday)(?:\s+(?:morning|afternoon|evening|night))?\s+instead(?!\s+of\b)|\b(?:turned|turns)\s+into\s+a\s+(?:monday|tuesday)(?:\s+(?:morning|afternoon|evening|night))?\s+(?:release|rc|-?rc\d+|announcement|one)\b"
        + @"|\b(?:release|this(?:\s+(?:rc|release|one))?|it|-?rc\d+)\s+(?:slipped|got\s+pushed|was\s+pushed|(?:got|was)\s+delayed|waited|had\s+to\s+wait)\s+(?:to|into|until|till)\s+(?:a\s+)?(?:monday|tuesday|today|this\s+morning)\b"
        + @")\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Late();

    /// <summary>
    /// The dates of a travel sentence that belong to the travel: not one in a clause of its own that names a release
    /// step and no travel ("I'm traveling next week, but … I expect to release 6.7 next Sunday as usual": next Sunday is
    /// the release's day, not the trip's).
    /// </summary>
    private static string[] TravelDates(string sentence) =>
        [.. Dates().Matches(sentence)
            .Where(m => sentence[ClauseRange(sentence, m.Index)] is var clause && (Travel().IsMatch(clause) || !StepInClause().IsMatch(clause)))
            .Select(m => m.Value).Distinct(StringComparer.OrdinalIgnoreCase)];

    // A release step named in a clause: the release, an rc, the final, a tag, the merge window, or the schedule kept
    // ("(…: ) it's still on track for next Sunday").
    [GeneratedRegex(@"\b(?:releas(?:e|es|ed|ing)|-?rc\d*|final|tag(?:s|ged|ging)?|merge\s+window|on\s+(?:track|schedule))\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StepInClause();

    // The dates a travel sentence names: a day or a range ("Sep 18", "September 25-28", "Dec 10 to Dec 12", "October 14
    // through 17", "Nov 5th to the 12th", "3rd and 4th of July", "the 5th and the 9th of December", "9/20-9/23",
    // "2025-07-14 to 2025-07-20"), part of a month ("the first / 2nd week of October", "the first two weeks of July",
    // "late August", "the end of September", "the middle of July", "this August"), a holiday ("Christmas", "Christmas
    // Eve", "New Year's", "Thanksgiving", "Easter", "Labor Day"), next / this (coming) week(end), "the week after
    // (next)", "the next two weeks", "the next ten days", "the week of the 20th" (or of Thanksgiving; "the week of Dec
    // 8th" is "Dec 8th"), (later) this / next month, the end / start / middle of the month, a weekday or a range of
    // them ("on Sunday", "next Sunday", "from Friday to Tuesday"), "the following week", a day of this month ("on the
    // 14th", "from the 3rd to the 6th", "between the 5th and the 12th"), part of the merge window ("the second half of
    // the merge window", "the first few days" of it, "the second week" of whatever the sentence names, not "the first
    // week", more often when the work gets done). An abbreviation keeps its dot ("Sep.", "Sept."); a full name does not
    // take the sentence's ("the end of September.").
    private const string Month = @"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)(?:t\.|\.|[a-z]*)";
    private const string Weekday = @"(?:mon|tues|wednes|thurs|fri|satur|sun)day";
    private const string Day = @"\d{1,2}(?:st|nd|rd|th)?";
    private const string Ordinal = @"\d{1,2}(?:st|nd|rd|th)";

    [GeneratedRegex(@"\b(?:" + Day + @"(?:\s*(?:-|–|and|to|through|thru)\s*(?:the\s+)?" + Day + @")?\s+(?:of\s+)?" + Month + "|" + Month + @"\s+" + Day + @"(?:\s*(?:-|–|to|until|through|thru)\s*(?:" + Month + @"\s+|the\s+)?" + Day + @")?|(?:first|second|third|fourth|last|final|1st|2nd|3rd|4th)\s+(?:week|weekend|half)\s+of\s+" + Month + @"|(?:first|last)\s+(?:two|three|few|couple\s+of)\s+(?:weeks|days)\s+of\s+" + Month + @"|(?:early|mid|late|end\s+of|beginning\s+of|middle\s+of)[\s-]+" + Month + @"|(?:this|next|in|during)\s+(?:january|february|march|april|may|june|july|august|september|october|november|december)\b(?!\s+\d)|christmas(?:\s+(?:eve|day))?|new\s+year(?:'s)?(?:\s+eve)?|thanksgiving|easter|(?:labor|memorial|independence)\s+day|next\s+(?:(?:two|three|four|few|couple\s+of)\s+)?weeks?(?:end)?|the\s+following\s+week(?:end)?|next\s+(?:few|couple\s+of|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|\d{1,2})\s+days|(?:this\s+(?:coming\s+)?|the\s+coming\s+)week(?:end)?|the\s+week\s+of\s+(?:the\s+)?" + Ordinal + @"|the\s+week\s+(?:of|before|after)\s+(?:christmas|thanksgiving|easter|new\s+year(?:'s)?)|the\s+week(?:end)?\s+after(?:\s+(?:that|next))?|(?:(?:later|earlier|early|late)\s+)?(?:this|next)\s+month|later\s+in\s+the\s+month|(?:end|beginning|start|middle)\s+of\s+(?:the|this|next)\s+month|(?:next\s+)?" + Weekday + @"(?:\s*(?:-|–|to|through|thru|until)\s*" + Weekday + @")?|\d{1,2}/\d{1,2}(?:\s*[-–]\s*\d{1,2}/\d{1,2})?|\d{4}-\d{2}-\d{2}(?:\s*(?:–|to|through|thru|until)\s*\d{4}-\d{2}-\d{2})?|(?:first|second|last)\s+(?:week|half)\s+of\s+the\s+merge\s+window|the\s+second\s+(?:week|half)\b(?!\s+of\b)|(?:first|last)\s+(?:few|couple\s+of)\s+days\b|the\s+" + Ordinal + @"(?:\s*(?:-|–|to|through|thru|until|and)\s*(?:the\s+)?" + Ordinal + @")?(?!\s+(?:of\s+)?" + Month + @"|\s+(?:week|weekend|half|time|day|rc|-?rc\d+|of)\b)(?!\s*(?:-|–|and|to|through|thru)\s*(?:the\s+)?\d))(?!\w)", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dates();
}
