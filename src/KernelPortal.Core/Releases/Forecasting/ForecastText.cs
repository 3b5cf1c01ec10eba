using System.Globalization;
using KernelPortal.Core.Content;

namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>Phrases a forecast as an editor would print it.</summary>
public static class ForecastText
{
    private static readonly CultureInfo German = Language.De.Culture();
    private static readonly CultureInfo English = Language.En.Culture();

    /// <summary>
    /// "Linux 4.0 erscheint voraussichtlich am 12. April, spätestens am 19. April." /
    /// "Linux 4.0 will probably be released on 12 April, on 19 April at the latest."
    /// The year is added when the forecast day is not in the year of <paramref name="today"/>.
    /// </summary>
    public static string Sentence(ReleaseForecast forecast, Language language, DateOnly today, bool isProvisional = false)
    {
        var name = Name(forecast, language, isProvisional);
        if (!forecast.HasDate)
        {
            // Mid-sentence, "Die nächste Version" is "die nächste Version".
            var inSentence = isProvisional ? char.ToLowerInvariant(name[0]) + name[1..] : name;
            return language == Language.De
                ? $"Für {inSentence} ist kein Termin mehr vorherzusagen: Jeder Tag, den die bisherigen Zyklen erwarten ließen, ist vorbei."
                : $"No date can be forecast for {inSentence} any more: every day the past cycles made likely has passed.";
        }

        var likely = forecast.MostLikely;
        var latest = forecast.Latest;
        if (language == Language.De)
        {
            return latest == likely
                ? $"{name} erscheint voraussichtlich am {ReleaseDay(likely, German, today)}."
                : $"{name} erscheint voraussichtlich am {ReleaseDay(likely, German, today)}, spätestens am {ReleaseDay(latest, German, today)}.";
        }

        return latest == likely
            ? $"{name} will probably be released on {ReleaseDay(likely, English, today)}."
            : $"{name} will probably be released on {ReleaseDay(likely, English, today)}, on {ReleaseDay(latest, English, today)} at the latest.";
    }

    /// <summary>
    /// The release after the one forecast, for readers who plan further ahead: "Die Version danach (vorläufig 4.1) folgt
    /// voraussichtlich am 21. Juni, spätestens am 28. Juni." / "The release after it (provisionally 4.1) will probably
    /// follow on 21 June, on 28 June at the latest." Its number is provisional: only its rc1 settles it.
    /// </summary>
    public static string Following(ReleaseForecast following, Language language, DateOnly today)
    {
        var culture = language == Language.De ? German : English;
        var likely = ReleaseDay(following.MostLikely, culture, today);
        var latest = ReleaseDay(following.Latest, culture, today);
        var same = following.Latest == following.MostLikely;
        return language == Language.De
            ? $"Die Version danach (vorläufig {following.Version}) folgt voraussichtlich am {likely}{(same ? "" : $", spätestens am {latest}")}."
            : $"The release after it (provisionally {following.Version}) will probably follow on {likely}{(same ? "" : $", on {latest} at the latest")}.";
    }

    /// <summary>
    /// What the release after means for the long-term kernel, when the forecast release is likely the last of its year:
    /// "Linux 6.18 wäre damit wahrscheinlich (86 %) die letzte Version des Jahres 2025 – die letzte eines Jahres wird
    /// meist die neue Langzeitversion (LTS)." Null below even odds, and where no release after is forecast.
    /// </summary>
    public static string? LastOfYear(ReleaseForecast forecast, Language language, bool isProvisional = false)
    {
        if (forecast.LastOfYearProbability is not { } probability || probability < 0.5 || !forecast.HasDate)
        {
            return null;
        }

        var name = Name(forecast, language, isProvisional);
        var year = forecast.MostLikely.Year;
        return language == Language.De
            ? $"{name} wäre damit wahrscheinlich ({Probability(probability, language)}) die letzte Version des Jahres {year} – die letzte eines Jahres wird meist die neue Langzeitversion (LTS)."
            : $"{name} would then probably ({Probability(probability, language)}) be the last release of {year} – the year's last release usually becomes the new long-term (LTS) kernel.";
    }

    /// <summary>
    /// The note beside a forecast whose range has passed: "Linux 7.3 ist überfällig: Nach den Daten allein wäre es
    /// spätestens am 25. Oktober erschienen." Null when the forecast is not overdue.
    /// </summary>
    public static string? OverdueNote(ReleaseForecast forecast, Language language, bool isProvisional = false)
    {
        if (!forecast.Overdue)
        {
            return null;
        }

        var name = Name(forecast, language, isProvisional);
        return language == Language.De
            ? $"{name} ist überfällig: Die Wahrscheinlichkeiten gelten nur noch für Tage ab heute ({Day(forecast.AsOf, German, forecast.AsOf)})."
            : $"{name} is overdue: the probabilities only cover days from today ({Day(forecast.AsOf, English, forecast.AsOf)}).";
    }

    /// <summary>
    /// Why this forecast, as a short list for readers: the newest rc and what Linus said in its mail (with the
    /// sentence), what that mail tells of travel or holidays ahead, the season, and how the similar past cycles ended.
    /// </summary>
    public static IReadOnlyList<string> Reasons(ReleaseForecast forecast, Language language)
    {
        if (forecast.Basis is not { } basis)
        {
            return [];
        }

        var de = language == Language.De;
        var culture = de ? German : English;
        var reasons = new List<string>();
        var day = basis.LatestRcOn is { } d ? Day(d, culture, forecast.AsOf == default ? d : forecast.AsOf) : null;
        if (basis.LatestRc == 0 && basis.PlannedMergeWindowDays is { } mergeWindow)
        {
            // The length Linus announced with the release counts instead of the usual two weeks, and he is quoted.
            var quote = basis.HintSentence is { } sentence ? (de ? $": „{sentence}“" : $": “{sentence}”") : string.Empty;
            var stop = EndsSentence(basis.HintSentence) ? string.Empty : ".";
            reasons.Add(de
                ? $"Merge Window seit {day}: Mit der Freigabe kündigte Linus {Length(mergeWindow, de)} bis zum rc1 an, sonst sind es fast immer zwei Wochen{quote}{stop}"
                : $"Merge window open since {day}: with the release Linus announced {Length(mergeWindow, de)} until rc1, where it is almost always two weeks{quote}{stop}");
        }
        else if (basis.LatestRc == 0)
        {
            reasons.Add(de
                ? $"Merge Window seit {day}: rc1 folgt fast immer nach zwei Wochen."
                : $"Merge window open since {day}: rc1 almost always follows after two weeks.");
        }
        else
        {
            var quote = basis.HintSentence is { } sentence ? (de ? $": „{sentence}“" : $": “{sentence}”") : string.Empty;
            var stop = EndsSentence(basis.HintSentence) ? string.Empty : ".";
            if (basis.StatedAt is { } at && basis.ExpectedLastRc is { } planned)
            {
                // The newest mail said nothing; the plan is an earlier rc's, and the reader is told whose.
                var then = basis.StatedOn is { } on ? Day(on, culture, forecast.AsOf == default ? on : forecast.AsOf) : null;
                reasons.Add(de
                    ? $"rc{basis.LatestRc} am {day}: Linus sagt nichts Neues über den weiteren Plan. Bei rc{at} am {then} schrieb er, rc{planned} werde das letzte sein{quote}{stop}"
                    : $"rc{basis.LatestRc} on {day}: Linus says nothing new about what comes next. At rc{at} on {then} he wrote that rc{planned} would be the last{quote}{stop}");
            }
            else
            {
                var said = basis.ExpectedLastRc switch
                {
                    null when basis.LeftOpen => de ? "Linus lässt in seiner Ankündigung offen, ob noch ein rc kommt" : "Linus' announcement leaves open whether another rc comes",
                    null => de ? "Linus sagt in seiner Ankündigung nichts über den weiteren Plan" : "Linus' announcement says nothing about what comes next",
                    var k when k == basis.LatestRc && basis.ReleaseWeekday is { } weekday => de
                        ? $"Linus erwartet die finale Version nächste Woche, am {German.DateTimeFormat.GetDayName(weekday)}"
                        : $"Linus expects the final release next week, on {English.DateTimeFormat.GetDayName(weekday)}",
                    var k when k == basis.LatestRc => de ? "Linus erwartet die finale Version nächste Woche" : "Linus expects the final release next week",
                    // An rc of the usual cycle comes anyway ("ein rc7" at rc6 says nothing): what he expects is that it
                    // is the last. An extra rc is the news itself.
                    var k when k <= ReleaseForecaster.UsualLastRc => de ? $"Linus erwartet rc{k} als letzte Vorabversion" : $"Linus expects rc{k} to be the last rc",
                    var k => de ? $"Linus erwartet ein rc{k}" : $"Linus expects an rc{k}",
                };
                reasons.Add($"rc{basis.LatestRc} {(de ? "am" : "on")} {day}: {said}{quote}{stop}");
            }

            // Travel or holidays ahead may move a day or explain the plan; a sentence quoted above is not quoted twice.
            if (basis.TravelSentence is { } travel && travel != basis.HintSentence)
            {
                var travelStop = EndsSentence(travel) ? string.Empty : ".";
                reasons.Add(de ? $"Zu Reisen und Feiertagen schreibt Linus: „{travel}“{travelStop}" : $"On travel and holidays Linus writes: “{travel}”{travelStop}");
            }
        }

        reasons.Add(basis.Season switch
        {
            HolidaySeason.AtTheEnd => de
                ? "Die letzten Wochen vor der üblichen Freigabe fallen auf Weihnachten und Neujahr: Die Prognose lernt vor allem aus den Zyklen, bei denen es ebenso war."
                : "The last weeks before the usual release fall on Christmas and New Year: the forecast learns mainly from the cycles where it was the same.",
            HolidaySeason.DuringRcs => de
                ? "Weihnachten und Neujahr fallen in die frühe rc-Phase, nicht auf ihre letzten Wochen."
                : "Christmas and New Year fall in the early rc phase, not on its last weeks.",
            _ => de ? "Kein Zyklus über die Feiertage: rc8 ist die Ausnahme." : "No holiday cycle: an rc8 is the exception.",
        });
        reasons.Add(de
            ? string.Create(German, $"{Language.De.Percent(basis.HistoryShare)} der vergleichbaren Zyklen (aus {basis.ComparableCycles}, die jüngeren stärker gewichtet) endeten mit rc{basis.HistoryRc}.")
            : string.Create(English, $"{basis.HistoryShare:P0} of comparable cycles (of {basis.ComparableCycles}, recent ones weighing more) ended with rc{basis.HistoryRc}."));
        return reasons;
    }

    /// <summary>
    /// The forecast's record in one sentence for readers (the releases index): how often it would have hit the day in the
    /// merge window, at rc1 and at rc7 over the back-tested releases, against the naive rule; null when nothing was
    /// back-tested (fewer cycles than <see cref="ForecastBacktest.MinimumTraining"/>).
    /// </summary>
    public static string? TrackRecord(ForecastBacktest.Result record, Language language)
    {
        var stages = record.Summary.Where(s => s.Count > 0).ToDictionary(s => s.Stage);
        if (record.Rows.Count == 0 || !stages.TryGetValue(0, out var window) || !stages.TryGetValue(1, out var rc1) || !stages.TryGetValue(7, out var rc7))
        {
            return null;
        }

        var first = record.Rows[0].Version;
        var last = record.Rows[^1].Version;
        return language == Language.De
            ? string.Create(German, $"Für die {record.Rows.Count} Versionen von {first} bis {last}, jede nur aus den Zyklen vor ihr und den bis dahin erschienenen Ankündigungen berechnet, hätte die Prognose den Tag im Merge Window in {Language.De.Percent(window.ExactShare)}, bei rc1 in {Language.De.Percent(rc1.ExactShare)} und bei rc7 in {Language.De.Percent(rc7.ExactShare)} der Fälle getroffen (die Regel „rc1 + 7 Wochen“: {Language.De.Percent(rc1.NaiveExactShare)}); bei rc1 lag sie im Mittel {rc1.MeanAbsoluteError:0.0} Tage daneben.")
            : string.Create(English, $"For the {record.Rows.Count} releases from {first} to {last}, each computed only from the cycles before it and the announcements out by then, the forecast would have hit the day in the merge window {window.ExactShare:P0}, at rc1 {rc1.ExactShare:P0} and at rc7 {rc7.ExactShare:P0} of the time (the rule \"rc1 + 7 weeks\": {rc1.NaiveExactShare:P0}); at rc1 it was {rc1.MeanAbsoluteError:0.0} days off on average.");
    }

    // "drei Wochen" / "three weeks", "eine Woche", "zwölf Tage" spelled as numbers: "12 Tage" / "12 days".
    private static string Length(int days, bool de)
    {
        string[] deWeeks = ["", "eine Woche", "zwei Wochen", "drei Wochen", "vier Wochen"];
        string[] enWeeks = ["", "one week", "two weeks", "three weeks", "four weeks"];
        return days % 7 == 0 && days / 7 is > 0 and < 5
            ? (de ? deWeeks : enWeeks)[days / 7]
            : de ? $"{days} Tage" : $"{days} days";
    }

    /// <summary>
    /// "62 %" / "62%": the probability of the most likely day. Short of certainty it never says 100: 0.998 is "über 99 %"
    /// / "over 99%".
    /// </summary>
    public static string Probability(double probability, Language language) =>
        probability is >= 0.995 and < 1
            ? language == Language.De ? $"über {language.Percent(0.99)}" : $"over {language.Percent(0.99)}"
            : language.Percent(probability);

    private static string Name(ReleaseForecast forecast, Language language, bool isProvisional) =>
        isProvisional
            ? language == Language.De ? $"Die nächste Version (vorläufig {forecast.Version})" : $"The next version (provisionally {forecast.Version})"
            : $"Linux {forecast.Version}";

    // A quoted sentence that ends with its own stop ends the reason too: „… next weekend.“ takes no second period.
    private static bool EndsSentence(string? quoted) => quoted is { Length: > 0 } text && text.TrimEnd()[^1] is '.' or '!' or '?' or '…';

    // A release day off the usual Sunday (one Linus named: "on Saturday") says its weekday: "am Samstag, 31. Mai".
    private static string ReleaseDay(DateOnly day, CultureInfo culture, DateOnly today) =>
        day.DayOfWeek == DayOfWeek.Sunday ? Day(day, culture, today) : $"{culture.DateTimeFormat.GetDayName(day.DayOfWeek)}, {Day(day, culture, today)}";

    private static string Day(DateOnly day, CultureInfo culture, DateOnly today)
    {
        var format = culture.Name == "de-DE"
            ? day.Year == today.Year ? "d. MMMM" : "d. MMMM yyyy"
            : day.Year == today.Year ? "d MMMM" : "d MMMM yyyy";
        return day.ToString(format, culture);
    }
}
