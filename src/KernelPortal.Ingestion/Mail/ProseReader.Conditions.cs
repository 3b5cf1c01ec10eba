using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// The conditions Linus' claims stand under: what happens only if things go wrong ("if something comes up, there'll be
/// an rc8") is a fallback, no plan beside a plan the other way (see <see cref="ProseReader.Read"/>).
/// </summary>
public static partial class ProseReader
{
    /// <summary>
    /// What a claim is said under: nothing, a condition that names a bad turn (what happens only if things go wrong), the
    /// same named only as trouble in general ("if anything comes up"), or another condition ("if things stay calm").
    /// </summary>
    private enum Proviso
    {
        None,
        BadTurn,
        Trouble,
        Other,
    }

    private static bool IsBadTurn(Proviso proviso) => proviso is Proviso.BadTurn or Proviso.Trouble;

    // A condition answered, at the end of its sentence, with a "no" ("…, and / but it won't / isn't going to / doesn't
    // look like it will / hasn't / it's not (happening)"; group at: where the condition starts). One that comes true
    // ("the final could come next week if the btrfs fix lands today, and it won't") fails, and what stands under it does
    // not come; one that denies ("I'll do an rc8 if the fix isn't in by Thursday, and it won't be", group denies) is
    // met, and what stands under it comes.
    [GeneratedRegex(@"(?<at>\b(?:if|as\s+long\s+as|provided)\b)(?<denies>(?=[^.;,]*(?:\b(?:not|no|nothing|nobody|never)\b|n't\b)))?(?:[^.;,]|\.(?=\d))*,\s*(?:and|but)\s+(?:(?:sadly|unfortunately|frankly|honestly)\s*,?\s+)?(?:it|that|they|he|she)(?:\s+(?:won't|will\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to|(?:doesn't|does\s+not)\s+look\s+like\s+it\s+will|didn't|did\s+not|hasn't|has\s+not|isn't|is\s+not|aren't|are\s+not)|(?:'s|'re)\s+not)(?:\s+(?:happen(?:ing)?|land(?:ing)?|hold(?:ing)?|mak(?:e|ing)\s+it|be|in))?\s*[.!]*\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ConditionAnswered();

    // A sentence that opens with its condition: "If the week is calm, it's the final", "Assuming nothing comes up, …".
    [GeneratedRegex(@"^\s*(?:(?:so|and|then)\s*,?\s+)?(?:if|as\s+long\s+as|assuming|provided)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OpensWithCondition();

    /// <summary>
    /// The condition a claim stands under: the nearest before it (from the sentence's start or its last "but"; an "if",
    /// "assuming", "as long as", or an exception — see <see cref="Suppositions"/>) or an "if" after it in its clause.
    /// It is <see cref="Proviso.BadTurn"/> when it names one — "an rc8 if things don't calm down", "in case the
    /// regression isn't fixed": a bad word ("problems", "comes up", "goes wrong"), a negation and a mend ("fixed",
    /// "goes away"), an odd number of them, so "if nothing comes up" and "if the regression gets fixed" are good turns
    /// like "if things stay calm" — and <see cref="Proviso.Trouble"/> when the bad turn is trouble in general ("if
    /// something comes up, there'll be an rc8"). A claim offered as the other way of an "or" ("either the final, or an
    /// rc8 if something comes up") is an alternative, not a fallback.
    /// </summary>
    private static Proviso ProvisoOf(string sentence, int index)
    {
        var start = But().Matches(sentence[..index]).LastOrDefault() is { } but ? but.Index + but.Length : 0;
        var end = ClauseBounds(sentence, index).End;
        var before = Suppositions(sentence[..index]).LastOrDefault(m => m.Index >= start);
        var after = Condition().Match(sentence[..end], index);
        // "I'll release next weekend if nothing comes up, and do an rc8 if something does": a condition that trails an
        // earlier clause is that clause's; the claim's own comes after it.
        var condition = before is not null && !(after.Success && Trails(sentence, before) && ClauseBounds(sentence, before.Index).End <= index)
            ? before
            : after;
        if (condition is not { Success: true })
        {
            // "That isn't a reason to delay the release in itself, but if it doesn't get resolved I'll do an rc8": what
            // holds only "in itself" leaves the rest to what the "but" goes on to, like a plan on a good turn.
            return InItself().IsMatch(sentence[index..end]) ? Proviso.Other : Proviso.None;
        }

        // "Even if nothing else comes in, there will be an rc8": what holds even if it comes true holds either way.
        if (EvenIf().IsMatch(sentence[..condition.Index]))
        {
            return Proviso.None;
        }

        var words = ConditionWords(sentence, condition, index);
        var exception = UnlessOrBarring().IsMatch(condition.Value);
        var otherwise = condition.Index < index && Otherwise().IsMatch(sentence[(condition.Index + words.Length)..index]);
        // A plan said under an exception ("barring a disaster, the final next week") is no condition — unless the
        // sentence goes on to its other turn: "…; otherwise an rc8" is what happens if the disaster comes.
        if (exception && !otherwise)
        {
            return Proviso.None;
        }

        // "If no new regressions show up, the final next weekend, and if they do, an rc8": the second condition is the
        // first one's, turned as its own words say.
        var takenUp = !TakenUp().IsMatch(words) ? null : Antecedent(sentence[..condition.Index]);
        var bad = takenUp is not null ? TakenUpTurn(takenUp, words) : Turn(words) ^ exception;
        // "If things calm down, the final next weekend; otherwise an rc8": what comes otherwise is the other turn.
        if (otherwise)
        {
            bad = !bad;
        }

        // "If nothing (bad) comes up" — or "otherwise" after "if anything comes up" — is what happens unless something
        // goes wrong: the plan itself, not a condition that leaves it open beside the fallback. So is a condition that
        // takes up such trouble: "if it doesn't" after "if something bad happens".
        var generic = GenericTrouble().IsMatch(takenUp ?? words);
        return bad && Alternative().IsMatch(sentence[..index]) ? Proviso.Other : TurnProviso(bad, generic);
    }

    [GeneratedRegex(@"\beven\s+$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex EvenIf();

    /// <summary>
    /// The proviso a turn gives: a good turn that names only trouble in general ("if nothing comes up") is the plan itself,
    /// no condition; a bad one in general ("if something comes up") is <see cref="Proviso.Trouble"/>.
    /// </summary>
    private static Proviso TurnProviso(bool bad, bool generic) =>
        !bad ? (generic ? Proviso.None : Proviso.Other) : generic ? Proviso.Trouble : Proviso.BadTurn;

    /// <summary>True when words of its own clause stand before the condition: "I'll release next weekend if …".</summary>
    private static bool Trails(string sentence, Match condition) =>
        !LeadIn().IsMatch(sentence[ClauseBounds(sentence, condition.Index).Start..condition.Index]);

    [GeneratedRegex(@"^\s*(?:(?:so|and|but|then|or)\b\s*)*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LeadIn();

    /// <summary>
    /// The proviso of a sentence that opens with a condition taking up the sentence before it ("Barring any last-minute
    /// regressions, this is the last rc. If there are any, I'll do an rc8."), or null when it does not.
    /// </summary>
    private static Proviso? TakenUpFrom(string previous, string sentence)
    {
        if (previous.Length == 0 || Condition().Match(sentence) is not { Success: true } condition || !LeadIn().IsMatch(sentence[..condition.Index])
            || !TakenUp().IsMatch(ConditionWords(sentence, condition, sentence.Length)))
        {
            return null;
        }

        var anteWords = Antecedent(previous);
        var bad = TakenUpTurn(anteWords, ConditionWords(sentence, condition, sentence.Length));
        return TurnProviso(bad, GenericTrouble().IsMatch(anteWords));
    }

    /// <summary>
    /// What a condition that only takes up what came before ("if they do", "if it does") takes up: the last condition
    /// in <paramref name="before"/>, or all of it when it has none — "I'm not expecting anything big to show up. If it
    /// does, we'll do an rc8" is something big showing up.
    /// </summary>
    private static string Antecedent(string before) =>
        Suppositions(before).LastOrDefault() is { } first ? ConditionWords(before, first, before.Length) : before;

    /// <summary>
    /// The words of a condition: up to the comma that closes it, or up to the claim it governs (at
    /// <paramref name="limit"/>). Without a comma the condition ends where the main clause begins: in "if that gets
    /// sorted out I see no reason to delay the release" the "no reason" is the plan's, not the condition's.
    /// </summary>
    private static string ConditionWords(string sentence, Match condition, int limit)
    {
        var stop = condition.Index < limit ? Math.Min(limit, ClauseBounds(sentence, condition.Index + condition.Length).End) : ClauseBounds(sentence, limit).End;
        if (condition.Index < limit && MainClause().Match(sentence, Math.Min(sentence.Length, condition.Index + condition.Length + 1)) is { Success: true } main && main.Index < stop)
        {
            stop = main.Index;
        }

        return sentence[condition.Index..stop];
    }

    /// <summary>
    /// Whether a condition's words name a bad turn: a bad word ("problems", "comes up", "goes wrong"), a negation and a
    /// mend ("fixed", "goes away"), an odd number of them. A mend presupposes the trouble it mends: "if that gets sorted
    /// out" is a good turn as "if the regression gets fixed" is, "if it isn't resolved" a bad one.
    /// </summary>
    private static bool Turn(string words) => Happening(words) ^ NegativeWord().IsMatch(words);

    /// <summary>Whether what a condition names happening is bad, its negation put aside ("no new regressions show up").</summary>
    private static bool Happening(string words)
    {
        var mended = Mended().IsMatch(words);
        return (BadTurn().IsMatch(words) || mended) ^ mended;
    }

    /// <summary>
    /// The turn of a condition that only takes up the one before it: "if they do" after "if no new regressions show up"
    /// is the regressions showing up, "if it doesn't" after "assuming the fix lands" the fix not landing, and "if so" is
    /// the same turn as the one before.
    /// </summary>
    private static bool TakenUpTurn(string before, string words) =>
        SoSaid().IsMatch(words) ? Turn(before) ^ UnlessOrBarring().IsMatch(before) : Happening(before) ^ NegativeWord().IsMatch(words);

    [GeneratedRegex(@"\bso[\s.!?]*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SoSaid();

    // A condition that only takes up the one before it: "if they do", "if something does", "if it doesn't", "if there are
    // any", "if so", "in case it does", "should it".
    [GeneratedRegex(@"^(?:(?:if|in\s+case)\s+(?:so|(?:it|they|that|this|something|anything|one|any|some|those|these)\s+(?:does|do|did|is|are|was|were)(?:n't|\s+not)?|there\s+(?:is|are)\s+(?:any|one|some))|should\s+(?:it|they|that|something|one|any|some)(?:\s+not)?)[\s.!?]*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TakenUp();

    /// <summary>
    /// Where a claim's condition can begin: an "if" (<see cref="Condition"/>), an "assuming", "provided" or "as long as",
    /// and the exceptions "unless" and "barring" (with "absent" and "short of"), whose plan needs no condition but whose
    /// other turn ("…; otherwise an rc8", "…, and if it does, an rc8") takes them up.
    /// </summary>
    private static IEnumerable<Match> Suppositions(string text) =>
        Condition().Matches(text).Concat(Supposition().Matches(text)).OrderBy(m => m.Index);

    // "Assuming nothing comes up", "provided the fix lands", "as long as things stay calm", "all going well", "unless
    // something nasty shows up", "barring a disaster", "absent any new regressions", "short of a catastrophe" — not "I'm assuming this is the
    // last rc" (a belief), nor "the fix provided by Ted".
    [GeneratedRegex(@"(?<!\b(?:i'm|i\s+am|we're|we\s+are|i|we|was|were|is|are|been|has|have|had|they|he|she)\s)\b(?:assuming|provided|providing|(?:as|so)\s+long\s+as|unless|barring|absent|(?<!\b(?:nothing|anything)\s)short\s+of|all\s+(?:going|being)\s+well)\b(?!\s+by\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Supposition();

    // Trouble named in general, not a particular fix or regression: "anything / something / nothing (bad / else) comes
    // up / happens / goes wrong / blows up" ("(expecting) anything big to show up"), "any / no (more) surprises / problems / regressions / bugs" — or its absence
    // said as things going well: "if all goes well", "if everything goes according to plan", "all going well".
    [GeneratedRegex(@"\b(?:all|everything|things)\s+(?:goes|go|going|went)\s+(?:well|smoothly|fine|(?:according\s+)?to\s+plan|as\s+planned)\b|\b(?:anything|something|nothing)(?:\s+(?:else|bad|unexpected|nasty|serious|big|major|new|odd|surprising|scary|horrible))?\s+(?:(?:really|truly)\s+)?(?:to\s+)?(?:(?:comes?|shows?|turns?|pops?|crops?|blows?)\s+up|happens|goes\s+(?:wrong|sideways|south|badly)|breaks|explodes)\b|\b(?:any|no)\s+(?:(?:more|new|further|big|major|nasty|last-minute)\s+)?(?:surprises|problems|issues|regressions|bugs)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex GenericTrouble();

    // What goes wrong in a condition ("if something comes / came up", "if things go badly / south", "if we hit
    // problems", "if rc7 turns out big", "if the fix is delayed", "if we need more time", "if the fix takes longer than
    // expected", "if needed", "if necessary", "if I have to", "if there's any reason to", "should the need arise"),
    // what denies it ("if nothing comes up", "if things don't calm down") and what mends it ("if the regression isn't
    // fixed"), for ProvisoOf.
    [GeneratedRegex(@"\b(?:problems?|issues?|regressions?|bugs?|trouble|surprises?|surprising|bad|worse|nasty|scary|wrong|big(?:ger)?|large(?:r)?|messy|noisy|ugly|hairy|delayed|stuck|slips?|breaks?|broken|blows?\s+up|explodes?|disasters?|catastroph\w+|strikes|(?:comes?|came|shows?|showed|turns?|turned|pops?|popped|crops?|cropped)\s+up|happens?|happened|go(?:es)?\s+(?:badly|south|sideways|pear-shaped)|went\s+(?:badly|south|sideways)|need(?:s|ed)?(?:\s+(?:more|extra)\s+time)?|necessary|warranted|required|called\s+for|(?:have|has)\s+to|reasons?|takes?\s+longer|longer\s+than\s+(?:expected|hoped|planned))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BadTurn();

    // A word that denies, anywhere in the words given: what turns a condition around (Turn), and what makes a statement
    // a denial that an echoing answer agrees with ("Greg thinks we don't need an rc8. We don't.": Answered).
    [GeneratedRegex(@"\b(?:no|not|nothing|none|never|without|\w+n't)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NegativeWord();

    [GeneratedRegex(@"\b(?:(?:in|by)\s+itself|on\s+its\s+own)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InItself();

    // Where a main clause begins after a condition that no comma closes: "I'll", "we'd", "I don't", "I see", "I expect",
    // "there will be", "the final" (searched from the condition's second word on: "if I don't get the fix" is one).
    [GeneratedRegex(@"\s(?:(?:i|we)(?:'ll|'d|\s+will|\s+would|\s+(?:don't|do\s+not|see|expect|think|plan|can|should|won't))|there(?:'ll|\s+will)|it'll|that'll|the\s+final|the\s+release\s+(?:will|should|comes|is\s+going))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex MainClause();

    [GeneratedRegex(@"\b(?:fixed|resolved|sorted|solved|addressed|handled|goes\s+away|go\s+away|disappears?)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Mended();

    // "either the final release, or an rc8 if …": the claim right after an "or" is the other way offered.
    [GeneratedRegex(@"\bor\s+(?:[\w']+\s+){0,2}$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Alternative();

    [GeneratedRegex(@"\b(?:otherwise|if\s+not)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Otherwise();

    // A condition: "if", "in case", "should the need arise", a "should" that opens the sentence or a clause ("Should
    // anything come up, …", "…; should something come up, an rc8") — not the "if" that means "whether" ("we'll see if an rc9 is needed"), nor "(I wouldn't / don't) be
    // surprised if", which expects what follows.
    [GeneratedRegex(@"(?<!\b(?:see|know|tell|wonder|wondering|ask|asked|check|decide)\s|\b(?:wouldn't|would\s+not)\s+be\s+(?:\w+\s+)?surprised\s)\b(?:if|in\s+case|should\s+(?:the\s+need|it\s+(?:be|prove)\s+(?:needed|necessary))|(?<=(?:^|[;,]\s*)(?:(?:so|and|but)\s*,?\s+)?)should(?=\s+(?:anything|something|nothing|things|the\s+\w+|we|it)\b))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Condition();

    /// <summary>
    /// True when what stands at <paramref name="index"/> is the exception a plan is said under: "the final next weekend,
    /// unless we end up needing an rc8", "I'll release next Sunday unless I decide to delay it", "barring a reason to
    /// postpone it" name what would change the plan, not a plan. A main clause after the "unless" that no comma parts
    /// from it ("Unless the fix lands we'll need an rc8") is the plan again, and a claim before the "unless" ("I'll
    /// delay the release unless the fix lands") is not in it. "Barring" (like "absent" and "short of") takes a noun alone,
    /// so the plan begins at the first subject with its verb: "barring any surprises this will be the last rc".
    /// </summary>
    private static bool InException(string sentence, int index)
    {
        var start = ClauseBounds(sentence, index).Start;
        if (UnlessOrBarring().Matches(sentence[start..index]).LastOrDefault() is not { } exception)
        {
            return false;
        }

        var from = Math.Min(index, start + exception.Index + exception.Length + 1);
        return exception.Value != "unless"
            ? !(SubjectAndVerb().Match(sentence, from) is { Success: true } plan && plan.Index < index)
            : !MainClause().IsMatch(sentence[from..index]);
    }

    // "Short of" after "nothing" is no exception: "nothing short of a catastrophe will delay the release" (the same in
    // Supposition).
    [GeneratedRegex(@"\b(?:unless|barring|absent|(?<!\b(?:nothing|anything)\s)short\s+of)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex UnlessOrBarring();

    // A subject and its verb, where a clause begins: "this will", "6.8 should", "we'll", "the final is", "rc7 is".
    [GeneratedRegex(@"\s(?:this|that|it|there|we|i|things|everything|the\s+(?:final|release)|v?\d+\.\d+|-?rc\d+)(?:'ll|'s|'re|\s+(?:\w+\s+)?(?:will|would|should|is|are|isn't|won't|can|might|may)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SubjectAndVerb();
}
