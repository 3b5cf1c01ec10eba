using System.Globalization;
using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Sentences and clauses: how the prose is split, what of it is dropped (quotes, links, quoted titles), how each
/// sentence is written for the rules (<see cref="Normalise"/>) and where a clause or a hedge begins and ends.
/// </summary>
public static partial class ProseReader
{
    /// <summary>
    /// The last eight words before <paramref name="index"/> within its clause. A clause of its own starts after "and"
    /// or "so" with a subject: in "I don't see any regressions and I expect the final next weekend" the negation and
    /// the past of the first clause do not reach the plan of the second ("an rc8 and then I'll do the final" keeps its
    /// step). The subject may be the claim itself: in "rc7 was calm and the final release comes next week" the past
    /// stays before the "and".
    /// </summary>
    private static string Window(string sentence, int index) =>
        string.Join(' ', sentence[WindowStart(sentence, index)..index].Split(' ', StringSplitOptions.RemoveEmptyEntries));

    /// <summary>Where <see cref="Window"/> starts: its clause's start, or the eighth word before the index.</summary>
    private static int WindowStart(string sentence, int index)
    {
        var before = sentence[..index];
        var start = Math.Max(before.LastIndexOfAny([',', ';', ':', '—']) + 1, NewClause().Matches(sentence).LastOrDefault(j => j.Index + j.Length <= index) is { } joined ? joined.Index + joined.Length : 0);
        var words = Word().Matches(before[start..]);
        return words.Count <= 8 ? start : start + words[^8].Index;
    }

    [GeneratedRegex(@"\S+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Word();

    /// <summary>
    /// The sentence in lower case as the rules read it: without links and addresses ("…/20250713-rc8-fix@…" plans
    /// nothing), without the quoted titles of changes and threads (the "Revert rc8 workaround" patch) while other
    /// quoted text keeps its words (one of those "rc8" releases), with a contraction typed without its apostrophe as it
    /// is meant ("dont", "wont"; "ain't" as "isn't", "dunno" as "I don't know"), with an rc written other ways as "rc8"
    /// ("rc 8", "rc-8", "release candidate 8", "an eighth rc", "an 8th rc" as "an rc8"), and with the double negation
    /// "no reason not to" as the "every reason to" it means ("it doesn't hurt to" as "it's better to"), a denial of
    /// anything else ("nothing makes me think this will be anything but a normal release") or of a way around it ("I
    /// can't see how we avoid an rc8") as the expectation it is, what is not ruled out ("I'm not ruling out an rc8") as
    /// the "possibly" it means, what is made (un)likely ("which makes an rc8 unlikely") as said to be so, a concession
    /// that opens the sentence ("While an rc8 is possible, …") as a clause before "but", and times in other words as
    /// the weeks they are ("in about a week", "~1 week", "in 7 days", "14 days out", "next-next weekend", "in a week's
    /// time"), the cycle said to end at a time ("this one ends next weekend") as the final release then, a time denied
    /// after the release ("we'll release 6.7, just not next weekend") as the release's, what will not happen for weeks
    /// as what happens in them ("the merge window won't open for two weeks"), and "modulo" as the "barring"
    /// it means ("we're done, modulo last-minute surprises").
    /// </summary>
    private static string Normalise(string sentence)
    {
        var lower = MendTypos(Link().Replace(sentence.ToLowerInvariant(), " "));
        lower = ReportedSentence().Replace(lower, "somebody wrote \"${said}\"");
        // "nothing scary - I expect the final": a hyphen or two between spaces is the dash of plain-text mail.
        lower = PlainDash().Replace(lower, " — ");
        lower = QuotedTitle().Replace(lower, " ");
        lower = QuotedSpeech().Replace(lower, m => OwnWordsBefore().IsMatch(lower.AsSpan(0, m.Index)) ? m.Groups["verb"].Value + " " : $"{m.Groups["verb"].Value} {m.Groups["quote"].Value}");
        lower = QuotedBeforeVerb().Replace(lower, "${who}${verb} ${quote}");
        lower = Apostrophes(Quotes().Replace(lower, string.Empty));
        lower = BareContraction().Replace(lower, m => m.Value[..^1] + "'t");
        lower = Aint().Replace(lower, "isn't");
        lower = Dunno().Replace(lower, "i don't know");
        lower = NotThatButThat().Replace(lower, string.Empty);
        lower = DoubleNegation().Replace(lower, "every reason to");
        lower = UnwiseNotTo().Replace(lower, "i'll");
        lower = NoHarmIn().Replace(lower, "it's better to");
        lower = NoReasonWhyNot().Replace(lower, m => $"i expect {m.Groups["subject"].Value}{Affirmed(m.Groups["verb"].Value)} ");
        lower = SurprisedIfAside().Replace(lower, "${surprised} ");
        lower = SurprisedLike().Replace(lower, "surprised");
        lower = SurprisedIfNot().Replace(lower, "i expect ${subject} will ");
        lower = NotSurprised().Replace(lower, "i wouldn't be surprised if");
        lower = NotSurprisedIfNot().Replace(lower, "possibly ${subject} won't ");
        lower = NotUnlikely().Replace(lower, "likely");
        lower = InnerVoice().Replace(lower, m => m.Groups["hope"].Success ? "i hope " : "i suspect ");
        lower = AlwaysGoingTo().Replace(lower, m => $"{m.Groups["subject"].Value} {(m.Groups["be"].Value == "was" ? "is" : "are")} going to");
        lower = PlanAllAlong().Replace(lower, "${subject} ${plan} is");
        lower = AnythingBut().Replace(lower, "i expect ${rest}");
        lower = NoWorryAbout().Replace(lower, "i expect ");
        lower = NotRushed().Replace(lower, "i'd rather have an extra week");
        lower = NoWayAround().Replace(lower, "i expect we'll have ");
        lower = NotRuledOut().Replace(lower, "possibly ");
        lower = MadeLikely().Replace(lower, m => m.Groups["it"].Success ? $"means it's {m.Groups["how"].Value}" : $"means {m.Groups["what"].Value}is {m.Groups["how"].Value}");
        lower = ChangedMind().Replace(lower, m => m.Groups["now"].Success ? "about " : "i'm no longer planning ");
        lower = SaidNoLonger().Replace(lower, "forget what i said about ${what}");
        lower = LastTakenBack().Replace(lower, "${subject} is not ${what}");
        lower = ExtraRcTakenBack().Replace(lower, "there won't be an ${step}");
        lower = ExtraRcGivenUp().Replace(lower, "there won't be an ${step}");
        lower = NoPredictions().Replace(lower, "i won't ");
        lower = Bet().Replace(lower, m => m.Groups["against"].Success ? "i expect " : "i doubt ");
        lower = OthersWishAnswered().Replace(lower, m => (m.Groups["dis"].Success ? "i don't want " : "i want ") + m.Groups["what"].Value);
        lower = NobodySurprised().Replace(lower, "i expect ");
        lower = NoBigDeal().Replace(lower, string.Empty);
        lower = WillBeIt().Replace(lower, m => m.Groups["subject"].Value == "that" && !RcNamed().IsMatch(lower[..m.Index]) && !AnotherRc().IsMatch(lower[..m.Index])
            ? m.Value
            : $"{m.Groups["subject"].Value}{m.Groups["will"].Value} be the last one");
        lower = OneNamedBefore(lower);
        lower = RcDismissedAfter(lower);
        lower = FinalNamedBefore(lower);
        lower = NotForWeeks().Replace(lower, m => m.Groups["n"].Success || m.Groups["another"].Success
            ? $"will {m.Groups["verb"].Value} in {(m.Groups["n"].Success ? m.Groups["n"].Value : "a ")}{m.Groups["unit"].Value}"
            : m.Value);
        lower = TimeDeniedAfter().Replace(lower, m => ReleaseEvent().IsMatch(lower[ClauseBounds(lower, m.Index - 1).Start..m.Index]) ? $" but the release won't be {m.Groups["time"].Value}" : m.Value);
        lower = Concession().Replace(lower, "${conceded}, but ");
        lower = TheoryThenPractice().Replace(lower, string.Empty);
        lower = TimeIsWhen().Replace(lower, m => m.Groups["date"].Success ? $"{m.Groups["rest"].Value} on {m.Groups["time"].Value}" : $"{m.Groups["rest"].Value} {m.Groups["time"].Value}");
        lower = WeeksTime().Replace(lower, "${weeks}");
        lower = ReleaseFragment().Replace(lower, "the final release ");
        lower = CycleEndsAt().Replace(lower, "the final release comes ");
        lower = Approximately().Replace(lower, string.Empty);
        lower = Modulo().Replace(lower, "barring");
        lower = OneWeek().Replace(lower, m => m.Groups["in"].Success ? "in a week" : "one");
        lower = Fortnight().Replace(lower, "two weeks");
        lower = AfterNext().Replace(lower, "the ${unit} after next");
        lower = InDays().Replace(lower, InWeeks);
        lower = SpacedRc().Replace(lower, m => "rc" + (m.Groups["k"].Success ? m.Groups["k"].Value : SpelledRcNumbers[m.Groups["word"].Value]));
        lower = DotZero().Replace(lower, "${v}");
        lower = RcCount().Replace(lower, m => $"an rc{RcNumber(m.Groups["n"].Value)}{m.Groups["what"].Value}");
        return OrdinalRc().Replace(lower, m => $"{m.Groups["a"].Value} rc{Ordinals[m.Groups["n"].Value]}");
    }

    // "The merge window won't open for another two weeks", "6.7 won't be out for another week": what will not happen
    // for some weeks happens in them (Normalise writes "will open in two weeks"), which is no denial of it.
    [GeneratedRegex(@"\b(?:won't|will\s+not|isn't\s+going\s+to|is\s+not\s+going\s+to)\s+(?<verb>open|start|begin|be\s+out|be\s+released|happen|come(?:\s+out)?)\s+for\s+(?:(?<another>another)\s+|a\s+further\s+|at\s+least\s+(?:another\s+)?)?(?<n>(?:a|one|two|three|\d)\s+)?(?<unit>weeks?)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NotForWeeks();

    // "We'll release 6.7, (but / just) not next weekend", "the final will come, just not next weekend": the release
    // said to come, its time denied after a comma, comes later (Normalise writes "… but the release won't be next
    // weekend", without the comma that would end "6.7 will be released" as a claim of its own); "We'll have more fixes,
    // just not next weekend" names no release and stays as it is.
    [GeneratedRegex(@",\s*(?:but|just|only|though)\s+not\s+(?<time>next\s+(?:week(?:end)?|sunday)|in\s+a\s+week)(?=\s*(?:[.!;]|$))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeDeniedAfter();

    [GeneratedRegex(@"\bmodulo\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Modulo();

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
            .Where(s => s.Length is > 0 and <= MaxSentenceLength)
            .SelectMany(s => Reported(s) ? [s] : AskedAndAnswered(s))];
    }

    /// <summary>
    /// A step named before a colon with a short answer after it ("rc8: no.", "rc8: maybe.", "Final release: yes.") is a
    /// question and its answer, as "rc8? No." is: the two are read as two sentences, the first ending in its colon
    /// (<see cref="AsksByColon"/>), so that the quote stays as written. Anything longer after the colon ("Final: next
    /// weekend", "rc8: not needed") stays the sentence it is.
    /// </summary>
    private static IEnumerable<string> AskedAndAnswered(string sentence)
    {
        if (ColonAnswer().Match(sentence) is { Success: true } m
            && Answer().Match(m.Groups["answer"].Value.ToLowerInvariant()) is { Success: true } answer
            && AnswerEnd().IsMatch(m.Groups["answer"].Value[answer.Length..]))
        {
            return [m.Groups["step"].Value + ":", m.Groups["answer"].Value];
        }

        return [sentence];
    }

    /// <summary>True for the question half of a step asked by a colon ("rc8:").</summary>
    private static bool AsksByColon(string lower) => StepBeforeColon().IsMatch(lower);

    // A step alone before a colon: "rc8:", "Another rc:", "The final release:".
    private const string ColonStep = @"(?<step>(?:(?:an?|another)\s+)?-?rc\d{1,2}|another\s+rc|(?:the\s+)?final(?:\s+release)?)\s*:";

    // "rc8: …": the step and what follows its colon.
    [GeneratedRegex(@"^" + ColonStep + @"\s*(?<answer>\S.*)$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ColonAnswer();

    // "rc8:" and nothing after it: the question half that AskedAndAnswered split off.
    [GeneratedRegex(@"^" + ColonStep + @"$", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex StepBeforeColon();

    // What may follow a short answer to end it: a stop, an emoticon, nothing.
    [GeneratedRegex(@"^[\s.!,:;)(-]*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AnswerEnd();

    /// <summary>
    /// The longest run of text read as a sentence. Linus' longest in the corpus has 493 characters; a longer run without
    /// a full stop is something pasted (a log, a list of paths) and would cost the reader's patterns seconds to search.
    /// </summary>
    private const int MaxSentenceLength = 1500;

    /// <summary>
    /// A hope told in the past and dashed by the next sentence, which opens with "But" ("I was going to say this is the
    /// last rc. But then the drm report came in."), and what holds in theory followed by a sentence on what holds in
    /// practice ("Officially, this is the last rc. In practice, expect an rc8."), each read together as one sentence
    /// would be, word for word.
    /// </summary>
    private static List<string> JoinDashedHopes(List<string> sentences)
    {
        var joined = new List<string>(sentences.Count);
        for (var i = 0; i < sentences.Count; i++)
        {
            var lower = sentences[i].ToLowerInvariant();
            if (i + 1 < sentences.Count
                && ((sentences[i + 1].StartsWith("But ", StringComparison.Ordinal) && DashedHope().Match(lower) is { Success: true } hope && !But().IsMatch(lower[hope.Index..]))
                    || (InTheory().IsMatch(lower) && InPractice().IsMatch(sentences[i + 1]))))
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
    /// The last sentence of a quoted block that asks, as a paragraph of its own — also when the asker goes on after it
    /// ("> Will there be an rc8? We have a fix that might not make it.", and Linus answers "Not planned.") —; nothing
    /// else of it. A block that asks nothing ("> I think we need an rc8.", or with a tag: "> I think 6.24 will need an
    /// rc8, no?") is the other's claim: its last sentence is kept with its quote mark (<see cref="Reported"/>), which
    /// Normalise reads as reported speech ('somebody wrote "i think we need an rc8"'): it claims nothing of its own, and
    /// Linus' next sentence may take it up ("Agreed.", "I disagree."). Travel, lateness and the merge window are not
    /// read from it: "> I'm traveling next week" is somebody else's trip.
    /// </summary>
    private static string QuestionOnly(Match block)
    {
        var sentences = SentenceEnd().Split(Whitespace().Replace(QuoteMarks().Replace(block.Value, string.Empty), " ").Trim());
        var question = sentences.LastOrDefault(s => s.EndsWith('?'));
        if (question is not null && !TagQuestion().IsMatch(question.ToLowerInvariant()))
        {
            return $"\n\n{question}\n\n";
        }

        var said = sentences.LastOrDefault(s => s.Length > 0)?.Replace("\"", string.Empty, StringComparison.Ordinal).TrimEnd('.', '!', ' ');
        return string.IsNullOrEmpty(said) ? "\n" : $"\n\n> {said}.\n\n";
    }

    /// <summary>True for a sentence quoted from somebody else's mail (<see cref="QuestionOnly"/>).</summary>
    private static bool Reported(string sentence) => sentence.StartsWith('>');

    // A sentence quoted from somebody else's mail, as reported speech: its last clause after a colon, semicolon or dash,
    // which would otherwise end the report and read as Linus' own words ("> From somebody's mail: I think …").
    [GeneratedRegex(@"^>\s*(?:[^:;—]*[:;—]\s*)*(?<said>.*?)[.!]?\s*$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReportedSentence();

    // The start of a list item: a line opening with "-", "*", "•" or "1." / "1)", the marker dropped.
    [GeneratedRegex(@"(?:^|\n)[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ListItem();

    /// <summary>
    /// The text with <paramref name="length"/> characters from <paramref name="index"/> written as spaces: words taken out
    /// of the reading while every other index stays where it was.
    /// </summary>
    private static string Blanked(string text, int index, int length) =>
        string.Concat(text.AsSpan(0, index), new string(' ', length), text.AsSpan(index + length));

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
        var buts = But().Matches(sentence[..index]);
        var start = buts.LastOrDefault() is { } but ? but.Index + but.Length : 0;
        // "An rc8 is possible, but so is the final next week": "so is" says the clause before it again, hedge and all.
        if (start > 0 && SoIsToo().IsMatch(sentence[start..index]))
        {
            start = buts.Count > 1 ? buts[^2].Index + buts[^2].Length : 0;
        }

        var end = ClauseBounds(sentence, index).End;
        // "I'd expect an rc8 and maybe even an rc9": the hedge after "and" is the next claim's.
        var next = AndMaybe().Match(sentence, index);
        return sentence[start..(next.Success && next.Index < end ? next.Index : end)];
    }

    [GeneratedRegex(@"[,;:—]|\bbut\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ClauseBreak();

    // "(but) so is / so would …": an ellipsis that takes its predicate from the clause before.
    [GeneratedRegex(@"^\s*so\s+(?:is|are|was|were|would|could|might|may|does|do|will)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SoIsToo();

    // "… and maybe (even) …", "or possibly …": a hedge that opens the next item of a list.
    [GeneratedRegex(@"\b(?:and|or)\s+(?:maybe|perhaps|possibly)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AndMaybe();

    [GeneratedRegex(@"\bbut\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex But();

    // Where a sentence draws its conclusion from what it said before: ", so", "and so", "which is why", "that's why".
    [GeneratedRegex(@",\s*(?:and\s+)?so\b(?!\s+(?:far|much|many|long|that)\b)|\b(?:which|that)(?:'s|\s+is)\s+why\b|\btherefore\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SoThen();

    // Linus' plan opening its clause, right after the position: "I'll", "we will", "I'm going to".
    private const string PlanOpens = @"(?=(?:i'll|we'll|i\s+will|we\s+will|i'm\s+going\s+to|we're\s+going\s+to)\b)";

    // "… and I expect", "… and now we'll", "… so there's", "no big issues but I'll do an rc8 anyway", "rc7 was calm and
    // the final release comes next week": a clause with a subject of its own after "and", "so" or "but" ("and then"
    // stays with the step before it); Linus' plan after what led to it, with no comma between: "rc7 was so calm (that)
    // I'll do the final next weekend", "Since rc7 was calm I'll do the final from the road".
    [GeneratedRegex(@"\b(?:and|so|but)\s+(?:(?:now|still|honestly|frankly)\s+)?(?=(?:i|i'm|i'll|i'd|i've|we|we'll|we're|we'd|there|there's|there'll|it|it's|it'll|things|everything|nothing|nobody|the\s+(?:final|release|next|last)|-?rc\d+|v?\d+\.\d+)\b)|\bso\s+(?:\w+\s+){1,2}?(?:that\s+)?" + PlanOpens + @"|^(?:since|because|as|now\s+that|given\s+that)\s+[^,;:—]*?\s" + PlanOpens + @"", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NewClause();

    [GeneratedRegex(@"\b(?:and|so|but|while|though)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Conjunction();

    // A sentence ends after . ! ? before a capital, a digit or an rc, which Linus writes in lower case ("… unexpected. rc6
    // is tiny."); an ellipsis before an rc goes on ("So... rc8.").
    [GeneratedRegex(@"(?<=[.!?])\s+(?=[""'(]?[A-Z0-9])|(?<=[.!?])(?<!\.\.)\s+(?=[""'(]?-?rc\d)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SentenceEnd();

    [GeneratedRegex(@"\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Whitespace();

    [GeneratedRegex(@"[""“”]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Quotes();

    // The apostrophe as typed: "’", and a backtick, acute accent or left quote inside a word ("don`t", "won´t").
    private static string Apostrophes(string lower) => ApostropheLike().Replace(lower, "'");

    [GeneratedRegex(@"’|(?<=\p{L})[`´‘](?=\p{L})", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ApostropheLike();

    // A quoted title of a change or a thread: the "Revert rc8 workaround" patch, the "rc8 timing" thread. A quoted
    // phrase that describes the release is Linus' own claim: one of those "we'll have an extra week and I'll make an
    // rc8" releases.
    [GeneratedRegex(@"[""“][^""“”]+[""”](?=\s+(?:patch(?:es)?|commits?|thread|series|pull(?:\s+request)?|fix(?:es)?|change|discussion)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedTitle();

    // What somebody said, quoted after the verb that says so: Greg put it, "just do an rc8"; somebody said "6.18 will
    // surely need an rc8". Normalise writes others' words as reported speech ("greg put it just do an rc8"), so that
    // they are others' words (OthersThink) that Linus' answer may take up ("…, but I don't think it's needed"); Linus'
    // own words ("last time I confidently said "final next week"") go, and the verb stays.
    [GeneratedRegex(@"(?<verb>\b(?:said|says|wrote|writes|put\s+it|asked|asks|suggested|suggests|argued|argues|claimed|claims|joked|quipped|complained|told\s+me))\s*[,:]?\s*[""“](?<quote>[^""“”]*?)[,.]?[""”]", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedSpeech();

    // "I said", "I confidently wrote": Linus himself right before the verb of a quote (QuotedSpeech).
    [GeneratedRegex(@"\bi\s+(?:\w+\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OwnWordsBefore();

    // Somebody else's words quoted before who said them: "Just do an rc8," Greg suggested (on Friday, but …); "6.18 will
    // surely need an rc8", somebody wrote. Normalise writes them as reported speech ("greg suggested just do an rc8"), so
    // that they are others' words (OthersThink) that Linus' answer may take up. Linus' own words before "I said" stay as
    // they are: he often says them again.
    [GeneratedRegex(@"[""“](?<quote>[^""“”]*?)[,.]?[""”]\s*,?\s+(?<who>(?!i\s)(?:[\w'-]+\s+){1,3}?)(?<verb>said|says|wrote|writes|asked|asks|suggested|suggests|argued|argues|claimed|claims|joked|quipped|complained)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex QuotedBeforeVerb();

    // "I've changed my mind about the rc8 / about releasing next weekend": what the mind changed about is no longer the
    // plan (Normalise writes "i'm no longer planning"). A topic of a few words before a colon followed by the mind as
    // it is now, with no denial in it (group now: "I've changed my mind about rc8: it will happen after all"), is left
    // as "about rc8:" for that to be read; a denial there agrees with the change ("…about the rc8: we don't need it").
    [GeneratedRegex(@"\b(?:i've|i\s+have|i)\s+changed\s+my\s+mind\s+(?<about>about|on)\s+(?:(?<now>(?=(?:[\w'.-]+\s+){0,3}?[\w'.-]+\s*:\s*(?![^.;!?]*(?:n't|\bnot?\b|\bnever\b))\S))|)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ChangedMind();

    // The words that take back what follows them: "forget", "scratch", "ignore", "disregard", "never mind".
    private const string TakeBack = @"(?:forget|scratch|ignore|disregard|never\s+mind)";

    // "what I said (last week / in the rc6 announcement) about": what was said before, as the thing taken back.
    private const string SaidBeforeAbout = @"(?:what|everything)\s+i\s+(?:said|wrote|mentioned)(?:\s+" + SaidWhen + @")?\s+about\s+";

    // When something was said before: "last week", "earlier", "before", "a week ago", "in the (rc6) announcement".
    private const string SaidWhen = @"(?:last\s+week|earlier|before|a\s+week\s+ago|in\s+(?:the|my)\s+(?:-?rc\d+\s+)?(?:announcement|mail|email))";

    // "What I said last week about the final coming after rc7 no longer holds / is no longer true / was wrong": what
    // was said is taken back (Normalise writes "forget what i said about the final coming after rc7", which
    // ExtraRcTakenBack and Retracted read).
    [GeneratedRegex(@"\b" + SaidBeforeAbout + @"(?<what>[^,;:.!?—]+?)\s+(?:no\s+longer\s+(?:holds|stands|applies)|(?:is|was)\s+(?:no\s+longer\s+(?:true|right|the\s+case)|wrong)|(?:doesn't|does\s+not)\s+(?:hold|stand|apply)\s+any\s*more|turned\s+out\s+(?:to\s+be\s+)?wrong)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SaidNoLonger();

    // "So much for this being the last rc", "scratch what I said about this being the last one": this rc as the last,
    // taken back, is not the last (Normalise writes "this is not the last rc").
    [GeneratedRegex(@"\b(?:so\s+much\s+for\s+|" + TakeBack + @"\s+" + SaidBeforeAbout + @")(?<subject>this(?:\s+(?:one|rc|-?rc\d{1,2}))?|-?rc\d{1,2})\s+being\s+(?<what>the\s+(?:last|final)(?:\s+(?:rc|one))?)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex LastTakenBack();

    // "Scratch the rc8 I mentioned last week", "forget what I said about an rc8", "forget about an rc8", "ignore the
    // extra week I talked about in the rc6 announcement": an extra step taken back, its clause ending there, is one
    // that will not come (Normalise writes "there won't be an rc8"; "ignore the rc8 tag on the stable branch" takes
    // back no step). A final taken back ("scratch what I said about the final release") says no more than that, and
    // Retracted leaves it unread.
    [GeneratedRegex(@"\b" + TakeBack + @"\s+(?:" + SaidBeforeAbout + @"|about\s+)?(?:the|that|an?|my)\s+(?:planned\s+|possible\s+)?(?<step>-?rc\d{1,2}|(?:extra|additional)\s+(?:-?rc|week))\b(?:\s+(?:that\s+)?i\s+(?:\w+\s+)?(?:mentioned|talked\s+about|said|wrote\s+about|planned|was\s+planning|promised|threatened|brought\s+up))?(?:\s+" + SaidWhen + @")?(?=\s*(?:$|[.,;:!)—]))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExtraRcTakenBack();

    // "The rc8 idea is dead", "the rc8 plan is off (the table)", "the rc8 talk is over", "the rc8 scare is behind us":
    // the extra step given up or feared no more is one that will not come (Normalise writes "there won't be an rc8");
    // "the rc8 plan stands" is still the plan. So are plans for it called off: "I had plans for an rc8, but they're off
    // now", "the plan for an rc8 is dead".
    [GeneratedRegex(@"\b(?:the|that|my)\s+(?<step>-?rc\d{1,2})\s+(?:idea|plan|talk|option|threat|scare|worry|fear|danger|risk)\s+(?:is|was|has\s+been)\s+(?:now\s+)?(?:dead|off(?:\s+the\s+table)?|gone|over|history|cancel(?:l)?ed|scrapped|dropped|shelved|behind\s+us|past)\b|\b(?:(?:i|we)\s+had\s+)?(?:plans?|an?\s+idea)\s+for\s+(?:an?\s+)?(?<step>-?rc\d{1,2})\b(?:[^.;]|\.(?=\d))*?\b(?:(?:they|it|that)(?:'re|'s|\s+are|\s+is)|is|are)\s+(?:now\s+)?(?:dead|off(?:\s+the\s+table)?|gone|cancel(?:l)?ed|scrapped|dropped|shelved)\b(?:\s+now\b)?", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExtraRcGivenUp();

    // "I'm not going to make any predictions (yet) about an rc8": shorter as "I won't make any predictions", so that the
    // denial stays in the few words NotSaid looks at before the rc.
    [GeneratedRegex(@"\b(?:i'm|i\s+am)\s+not\s+going\s+to\s+(?=(?:make|offer)\s+any\s+(?:promises|guarantees|predictions|guesses|bets)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoPredictions();

    // "I wouldn't bet on this being the last rc / on an rc8" doubts it (Normalise writes "i doubt"); "I wouldn't bet
    // against an rc8" expects it ("i expect"). "…, but I wouldn't bet on it" is DoubtedAfter's.
    [GeneratedRegex(@"\b(?:i\s+)?(?:wouldn't|would\s+not|won't|will\s+not|don't|do\s+not)\s+(?:\w+\s+)?bet\s+(?:(?<against>against)|on)\s+(?!(?:it|that)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Bet();

    // "If rc7 is calm too, that'll be it", "I think this will be it": the last one (of the rc named before, or this rc),
    // as Normalise writes it; not "that'll be it for this week / for now" ("that should be it for the 6.21 rc series" is
    // read as it stands). A "that" with no rc named before it in the sentence stands for nothing the sentence names and
    // is left as written: after a condition it ends the cycle as "that's it" does ("Unless something comes up, that'll
    // be it"; FinalNext), and alone it says nothing.
    [GeneratedRegex(@"\b(?<subject>that|this|it|rc\d{1,2})(?<will>'ll|\s+will|\s+should|'s\s+going\s+to|\s+is\s+going\s+to)\s+be\s+it\b(?!\s+for\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex WillBeIt();

    /// <summary>
    /// "Greg asked for an rc8, but I won't do one", "some people asked whether there will be an rc8, and I'm going to do
    /// one": "one" (or "it") done, had or cut in a later clause is the rc named earlier in the sentence (written "do an
    /// rc8"), so that the claim stands where Linus makes it.
    /// </summary>
    private static string OneNamedBefore(string lower)
    {
        if (RcNamed().Match(lower) is not { Success: true } rc)
        {
            return lower;
        }

        var after = rc.Index + rc.Length;
        return lower[..after] + DoOne().Replace(lower[after..], $"${{clause}}${{verb}} an rc{rc.Groups["k"].Value}");
    }

    /// <summary>
    /// "I was on the fence about an rc8. I've decided to do one.", "Some people asked about an rc8. I don't think we'll
    /// need one.": in a sentence that names no rc of its own, "one" (or "it") done, needed, wanted or decided against
    /// (or "that" / "it" said to be needed: ItNeeded) is the rc still to come that a sentence just before named
    /// (ReadOnce keeps it), as <see cref="OneNamedBefore"/> does within a sentence. An rc already out ("rc7 was calm.
    /// I'll tag it Sunday") is not taken up.
    /// </summary>
    private static string OneNamedInSentenceBefore(string lower, string before, int rc)
    {
        // The nearest rc named is the one meant: "If rc7 is calm, we won't need an rc8. If not, we'll do one."
        if (RcNamed().IsMatch(lower) || RcNamed().Matches(before).LastOrDefault() is not { } named || int.Parse(named.Groups["k"].Value, CultureInfo.InvariantCulture) <= rc)
        {
            return lower;
        }

        var step = $"an rc{named.Groups["k"].Value}";
        // "I'll do an rc8. If nothing else comes up, that'll be it.": the rc named before is the last one.
        lower = WillBeIt().Replace(lower, m => m.Groups["subject"].Value == "that" ? $"rc{named.Groups["k"].Value}{m.Groups["will"].Value} be the last one" : m.Value);
        return ItNeeded().Replace(OneTakenUp().Replace(lower, $"${{verb}} {step}"), m => $"{step} {Be(m.Groups["be"].Value.Trim())} ");
    }

    /// <summary>"is" for "'s", "will be" for "'ll be", "would be" for "'d be"; other forms of "be" as written.</summary>
    private static string Be(string be) => be switch
    {
        "'s" => "is",
        "'ll be" => "will be",
        "'d be" => "would be",
        _ => be,
    };

    // "I might do an rc8. I don't think that's / it's necessary": "that" (or "it") said to be needed or warranted is the
    // rc a sentence just before named (OneNamedInSentenceBefore); not "it's necessary to …", where "it" stands for
    // nothing.
    [GeneratedRegex(@"\b(?:that|it)(?<be>'s|\s+is|\s+isn't|\s+is\s+not|'ll\s+be|\s+will\s+be|\s+won't\s+be|'d\s+be|\s+would\s+be|\s+wouldn't\s+be)\s+(?=(?:(?:really|strictly|actually|even|all\s+that|absolutely)\s+)?(?:necessary|needed|warranted|required|justified|called\s+for)\b(?!\s+(?:to|for|that)\b))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItNeeded();

    // What "one" (or "it") for an rc can follow besides a verb that does it, for OneTakenUp and DoOne: "decided / chose
    // / opted against (one)", "the / any / a / no need / reason / point / call for (one)"; the words go in group verb.
    private const string DecidedAgainst = @"(?<verb>(?:decided|chose|opted)\s+against)";
    private const string ReasonFor = @"(?<verb>(?:the|any|a|no)\s+(?:need|reason|point|call)\s+for)";

    // "one" (or "it") done, had, cut, needed, wanted or decided against, the object it is — not "one more", "one of",
    // "have it fixed", "cut it out" (OneNamedInSentenceBefore; DoOne reads it within a sentence, after a clause of its
    // own).
    [GeneratedRegex(@"\b(?:(?<verb>do|doing|have|having|cut|cutting|tag|tagging|need|needing|want|wanting)\s+(?:one|it)|" + DecidedAgainst + @"\s+(?:one|it)|" + ReasonFor + @"\s+(?:one|it))\b(?!\s+(?:more|last|of|from|out|in|on|up|by|ready|done|\w+ed)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OneTakenUp();

    /// <summary>
    /// "Some people were worried about an rc8, but it's not happening", "… but that won't happen": the rc named earlier
    /// in the sentence is what a later "but" dismisses (written "but there won't be an rc8") — unless what was named is
    /// the rc's avoiding ("I'd like to avoid an rc8, but that's not going to happen": written "but there will be an
    /// rc8"). What a later clause says is done ("but that's what we're doing") is the rc, the other way round.
    /// </summary>
    private static string RcDismissedAfter(string lower)
    {
        if (RcNamed().Match(lower) is not { Success: true } rc)
        {
            return lower;
        }

        var after = rc.Index + rc.Length;
        var avoided = AvoidedRc().IsMatch(lower[..rc.Index]);
        var step = avoided ? "will" : "won't";
        var rest = ItWontHappen().Replace(lower[after..], $"but there {step} be an rc{rc.Groups["k"].Value}");
        // "An rc9 would be unusual, but that's what we're doing this time", "I'd rather not do an rc8, but …, so that's
        // what we'll do": what a later clause says is done is the rc — the rc denied or avoided when an "and" with no
        // "but" before it keeps what was said ("I see no reason for an rc8, and that's the plan") — unless a plan for the
        // release stands between them, which "that" may mean.
        if (ItWillHappen().Match(rest) is { Success: true } done && !ReleaseNamed().IsMatch(rest[..done.Index]))
        {
            var kept = done.Groups["lead"].Value.StartsWith("and", StringComparison.Ordinal) && !But().IsMatch(rest[..done.Index]);
            var none = avoided || (kept && Negated(lower, rc.Index));
            rest = string.Concat(rest.AsSpan(0, done.Index), $"{done.Groups["lead"].Value}there {(none ? "won't" : "will")} be an rc{rc.Groups["k"].Value}",
                rest.AsSpan(done.Index + done.Length));
        }

        return lower[..after] + rest;
    }

    [GeneratedRegex(@"(?<lead>\b(?:but|so|and)\s*,?\s+(?:(?:yes|yeah|sadly|unfortunately|indeed)\s*,?\s+)?(?:i\s+(?:think|guess)\s+)?)(?:that's|that\s+is)\s+(?:what(?:'s|\s+is)\s+(?:happening|going\s+to\s+happen)|what\s+(?:we|i)(?:'re|'m|\s+are|\s+am)\s+(?:doing|going\s+to\s+do)|what\s+(?:we|i)(?:'ll|\s+will)\s+(?:do|have)|where\s+we\s+are|the\s+plan)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItWillHappen();

    // Any word of the release between the rc and "that's what we'll do" (RcDismissedAfter): "that" may then mean the
    // release, so the rc is not written in. Wider than ReleaseEvent on purpose — here a false "yes" only keeps the
    // sentence as it was.
    [GeneratedRegex(@"\b(?:final|release|releasing|next\s+(?:week|weekend|sunday))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ReleaseNamed();

    // The rc's avoiding, right before it: "avoid (an) rc8", "skip rc8", "do / get away without an rc8", "dodge an rc8"
    // (RcDismissedAfter; RcDenied reads a doubt after it as of the avoiding).
    [GeneratedRegex(@"\b(?:avoid(?:ing)?|skip(?:ping)?|(?:do|go|get\s+away)\s+without|dodg(?:e|ing)|escap(?:e|ing))\s+(?:an?\s+|the\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AvoidedRc();

    [GeneratedRegex(@"\bbut\s+(?:(?:it's|that's|it\s+is|that\s+is)\s+not\s+(?:happening|(?:gonna|going\s+to)\s+happen)|(?:it|that)\s+(?:won't|will\s+not)\s+happen)\b(?!\s+(?:before|until|till|on|this|next|yet)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItWontHappen();

    /// <summary>
    /// "I'll do the final from the airport if I have to, but it's coming out next weekend": "it" coming out in a later
    /// clause is the final (or release) named earlier in the sentence (written "the final is coming out"), as
    /// <see cref="OneNamedBefore"/> does for an rc; "once it's out" is the version named earlier ("Greg will pick 6.12 as
    /// the LTS kernel once it's out next weekend", written "once 6.12 is out").
    /// </summary>
    private static string FinalNamedBefore(string lower)
    {
        if (VersionNamed().Match(lower) is { Success: true } version)
        {
            // "Greg will pick 6.12 as the LTS kernel once it's out next weekend": "it" is the version named before.
            var afterVersion = version.Index + version.Length;
            lower = lower[..afterVersion] + ItOnceOut().Replace(lower[afterVersion..], m => $"{m.Groups["lead"].Value}{version.Value} {(m.Groups["will"].Success ? "will be" : "is")} ");
        }

        if (FinalNamed().Match(lower) is not { Success: true } named)
        {
            return lower;
        }

        var after = named.Index + named.Length;
        return lower[..after] + ItComesOut().Replace(lower[after..], m => $"{m.Groups["lead"].Value}the final {(m.Groups["will"].Success ? "will be" : "is")} ");
    }

    // A release's version ("6.12", "v6.12"), not an rc of it ("6.12-rc7").
    [GeneratedRegex(@"(?<![\w.-])v?\d+\.\d+(?![\w.-]*\d|-)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex VersionNamed();

    // A later clause's "it" out or released once something happens: "…, once / when / as soon as it's out (next weekend)".
    [GeneratedRegex(@"(?<lead>\b(?:once|when|after|as\s+soon\s+as)\s+)it(?:'s|\s+is|(?<will>'ll\s+be|\s+will\s+be))\s+(?=(?:out|released)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItOnceOut();

    [GeneratedRegex(@"\bthe\s+(?:final(?:\s+release)?|release)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex FinalNamed();

    // A later clause's "it" coming out: "…, but it's / it is / it'll be / it will be (coming) out".
    [GeneratedRegex(@"(?<lead>\b(?:but|and|so)\s+)it(?:'s|\s+is|(?<will>'ll\s+be|\s+will\s+be))\s+(?=(?:coming\s+)?out\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ItComesOut();

    [GeneratedRegex(@"\b(?:an?\s+)?-?rc(?<k>\d{1,2})\b(?!\s+(?:fix(?:es)?|changes|patch(?:es)?|pulls?|tag|announcement|mail|diffstat|shortlog)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RcNamed();

    // "I don't expect anybody to be shocked by an rc8", "nobody will be surprised that there will be an rc8": what
    // surprises nobody is expected (Normalise writes "i expect").
    [GeneratedRegex(@"\b(?:(?:i\s+)?(?:don't|do\s+not)\s+(?:expect|think)\s+(?:that\s+)?(?:anybody|anyone|many\s+people|people|many)|nobody|no\s+one)\s+(?:to\s+be|will\s+be|would\s+be|is\s+going\s+to\s+be)\s+(?:\w+\s+)?(?:shocked|surprised)\s+(?:by|at|that|if|when\s+i\s+say\s+(?:that\s+)?)\s*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NobodySurprised();

    // "I don't think it's a big deal that (we'll have an rc8)", "I don't think I need to explain why (there will be an
    // rc8)": what the denial is about is the telling, not the claim after it (Normalise drops it).
    [GeneratedRegex(@"\b(?:i\s+)?(?:don't|do\s+not)\s+think\s+(?:(?:it's|it\s+is|it'll\s+be|it\s+will\s+be)\s+(?:a\s+|any\s+)?(?:big\s+|huge\s+)?(?:deal|problem|surprise|secret)\s+(?:that|if)|i\s+(?:need|have)\s+to\s+(?:explain|say)\s+(?:why|that))\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex NoBigDeal();

    // "Greg asked for an rc8, and I agree" expects it; "… and (or but) I disagree", "… but I don't see the need", "…
    // but I don't think it's warranted", "… but I'm not convinced" do not (Normalise writes "i want an rc8" or "i
    // don't want an rc8"): what others want, answered at once, is wanted or not — "i want another week" is an extra
    // week, where "i expect another week" would be a week still to go.
    [GeneratedRegex(@"^(?:(?:so|and|well|now)\s+)?(?:[\w'-]+\s+){1,3}?(?:(?:has\s+|have\s+)?asked\s+for|wants|wanted|suggested|proposed|requested|pushed\s+for)\s+(?<what>(?:an?\s+|the\s+)?[^,;:.—]+?)\s*,?\s+(?:and|but)\s+i(?:'m|\s+am)?\s+(?:(?:fully|completely|totally|strongly|respectfully|really)\s+)?(?:(?<dis>disagree|(?:don't|do\s+not)\s+(?:really\s+)?(?:see\s+(?:the|a|any)\s+(?:need|point|reason)(?:\s+for\s+(?:it|one|that))?|think\s+(?:it's|it\s+is|that's|that\s+is|one\s+is)\s+(?:really\s+)?(?:warranted|needed|necessary|justified|called\s+for)|think\s+so|agree)|not\s+convinced)|agree)(?:\s+with\s+(?:him|her|them|that|it))?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OthersWishAnswered();

    // "(…,) but I won't do one", "(…) and I'm going to do one", "so I'll cut it", "but I don't think we'll need it",
    // "(calm enough) that I don't think we'll need it", "and we won't need one", "and I don't see any reason for one",
    // "but I've decided to do one", "but I've decided against it", "and I'm planning on one": a clause of its own after
    // the rc named ("but I think we need one" is AllTheSame's).
    [GeneratedRegex(@"(?<clause>(?:,|\band|\bbut|\bso|\bthat)\s+(?:i|we)(?:'ll|'m|'ve|'d|\s+[\w']+){0,3}\s+)(?:(?<verb>do|have|cut|tag|planning\s+on|plan\s+on)\s+(?:one|it)|" + DecidedAgainst + @"\s+(?:one|it)|(?<verb>need)\s+it|(?<!\bbut\s+(?:[\w']+\s+){0,4})(?<verb>need)\s+one|" + ReasonFor + @"\s+one)\b(?!\s+(?:more|last|of|from)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DoOne();

    // "I'd be surprised if, with how calm things have been this week, we needed an rc8": the aside after "surprised if"
    // goes, so that the supposition ("if we needed") stays beside its claim (the past of "we needed" is read in the
    // clause the last comma opens).
    [GeneratedRegex(@"\b(?<surprised>surprised\s+if),\s+[^,.;]{1,80},\s+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SurprisedIfAside();

    // "While an rc8 is possible, I expect the final next weekend", "Although things look calm, I'll do an rc8": a clause
    // that opens with a concession gives way to the one after its comma, as a "but" does (Normalise writes "…, but …").
    [GeneratedRegex(@"^(?:(?:so|and|now|but)\b,?\s+)?(?:while|although|though|even\s+though)\s+(?<conceded>[^,;:—.]+),\s*", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Concession();

    // "On paper, this is the last rc; in practice, I expect an rc8", "In theory we're done — in reality, rc8", "This is
    // the last rc on paper, but in practice I expect an rc8": what holds in theory is said not to hold, so only what
    // holds in practice is read (Normalise drops the theory). "In theory this is the last rc" alone stays the plan it
    // states.
    [GeneratedRegex(@"^(?:(?:so|and|now)\b,?\s+)?(?:(?:in\s+theory|on\s+paper|theoretically|officially|nominally)\s*,?\s+[^;:—.]+?\s*[,;:—.]\s*(?:but\s+)?(?=(?:in\s+practice|in\s+reality|in\s+real\s+life|realistically|practically)\b)|[^;:—.]+?\s*,?\s+but\s+(?=(?:in\s+practice|in\s+reality|in\s+real\s+life)\b)|[^;:—.]+?\s+(?:in\s+theory|on\s+paper)\s*[,;:—]?\s+but\s+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TheoryThenPractice();

    // "The 19th is when 6.7 comes out", "Next Sunday is when I expect to release": the time as the subject, read as the
    // time of what follows ("6.7 comes out on the 19th"; a date gets its "on" back, for DatedWeeks to count).
    [GeneratedRegex(@"^(?:(?:so|and)\s+)?(?<time>(?:next|this\s+coming)\s+(?:sunday|weekend|week)|(?:one|two|three|a|\d)\s+weeks?\s+from\s+(?:now|today)|(?<date>the\s+\d{1,2}(?:st|nd|rd|th)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*))\s+is\s+when\s+(?<rest>(?:[^,.;:—]|\.(?=\d))+)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex TimeIsWhen();

    // A sentence that opens with what holds in theory ("Officially, …", "On paper …") and one that opens with what holds
    // in practice ("In practice, …", "In reality …"): read as one (JoinDashedHopes).
    [GeneratedRegex(@"^(?:(?:so|and|now)\b,?\s+)?(?:in\s+theory|on\s+paper|theoretically|officially|nominally)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InTheory();

    [GeneratedRegex(@"^(?:But\s+)?(?:in\s+practice|in\s+reality|in\s+real\s+life)\b", RegexOptions.IgnoreCase, matchTimeoutMilliseconds: 1000)]
    private static partial Regex InPractice();

    // A link or an address: "https://lore.kernel.org/…", "<…@…>", "someone@example.org". Each alternative starts only
    // where a word starts, so a long run without spaces is scanned once, not once per character.
    [GeneratedRegex(@"\b(?:https?|ftp)://\S+|(?<![^\s(])<[^<>\s]*@[^<>\s]*>|(?<![^\s(<])[^\s@<>]+@[^\s<>]+", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Link();

    // "rc 8", "rc-8", "release candidate 8", "release-candidate 8", "release candidate number eight", "rc #8", "rc no. 8"
    // (Normalise writes them "rc8").
    [GeneratedRegex(@"\b(?:rc[\s-]|(?:rc|release[\s-]+candidate)\s+(?:number\s+|no\.\s*|#\s*)|release[\s-]+candidate\s+)(?:(?<k>\d{1,2})|(?<word>five|six|seven|eight|nine|ten))\b(?!\s+(?:days?|weeks?|hours?|months?|years?|times)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SpacedRc();

    // The dash of plain-text mail: a hyphen, or two, between spaces (Normalise writes "—", which ends a clause).
    [GeneratedRegex(@"(?<=\S)\s+-{1,2}\s+(?=\S)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex PlainDash();

    // "ain't" (or "aint"), which Normalise writes as the "isn't" it means: "an rc8 ain't happening".
    [GeneratedRegex(@"\bain'?t\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Aint();

    // "(I) dunno", which Normalise writes as the "I don't know" it means: "dunno if we'll need an rc8".
    [GeneratedRegex(@"\b(?:i\s+)?dunno\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dunno();

    // A contraction typed without its apostrophe: "dont", "wont", "isnt" (Normalise writes "don't", "won't", "isn't").
    [GeneratedRegex(@"\b(?:do|does|did|is|was|are|were|wo|ca|would|should|could|have|has|had|need)nt\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BareContraction();

    // A count of rcs past the usual seven that this release takes, which names its last: "an eight-rc release (/ one)"
    // and "we'll need eight rcs" are written "an rc8 release" and "we'll need an rc8" (not "seven or eight rcs", "more
    // than eight rcs"; seven rcs, "a normal seven-rc release", are NormalSchedule's).
    [GeneratedRegex(@"\b(?:an?\s+)?(?<n>eight|nine|ten|8|9|10)[\s-]+(?:-?rc|release\s+candidate)(?<what>\s+(?:release|cycle|kernel|one))\b|(?<=\b(?:take|takes|taking|need|needs|needing|have|has|having|get|gets|getting|with|be)\s+(?:(?:all|only|just|about|exactly)\s+)?)(?<n>eight|nine|ten|8|9|10)\s+(?:-?rcs|-?rc's|release\s+candidates)(?<what>)\b(?!\s+(?:or|and|than|before|after|in\s+a\s+row)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RcCount();

    // The number of a count of rcs: "eight" or "8".
    private static int RcNumber(string count) => SpelledRcNumbers.TryGetValue(count, out var n) ? n : int.Parse(count, CultureInfo.InvariantCulture);

    // "an eighth rc", "the ninth release candidate", "an 8th rc", "no / any eighth rc" (Normalise writes them "an rc8",
    // "the rc9", "no rc8").
    [GeneratedRegex(@"\b(?<a>an?|the|no|any)\s+(?<n>sixth|seventh|eighth|ninth|tenth|6th|7th|8th|9th|10th)\s+(?:-?rc|release\s+candidate)\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex OrdinalRc();

    // "Another week, another rc.", "Another Sunday, another rc", "Another rc, another set of fixes", "And here's
    // another rc", "I just tagged another rc",
    // "It's Sunday afternoon, and that means another rc", "So it's time for another rc." describe the mail itself.
    private const string AnotherOne = @"another\s+(?:-?rc|release\s+candidate)\b";

    [GeneratedRegex(@"\banother\s+(?:week|sunday|weekend),?\s+(?:and\s+)?" + AnotherOne + @"|^\s*(?:and\s+|so\s+)?" + AnotherOne + @",?\s+(?:and\s+)?another\s+\w+|\b(?:here's|here\s+is|here\s+we\s+go\s+with|(?:i've|i\s+have|i)\s+(?:just\s+)?(?:tagged|pushed\s+out|released|cut))\s+" + AnotherOne + @"|\bsunday(?:\s+(?:afternoon|evening|morning|night))?,?\s+(?:and\s+|so\s+)?(?:that|this|it)\s+means\s+" + AnotherOne + @"|\b(?:it's\s+)?time\s+for\s+" + AnotherOne + @"(?=\s*(?:[.!]|$))", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Idiom();
}
