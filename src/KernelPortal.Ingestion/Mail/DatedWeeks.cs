using System.Globalization;
using System.Text.RegularExpressions;

namespace KernelPortal.Ingestion.Mail;

/// <summary>
/// Writes a calendar date in a sentence as the weeks from the day the mail was sent, so that <see cref="ProseReader"/>
/// reads "I expect to release 6.13 on January 19th" in a mail of Sunday, January 12 as "… in a week", "before
/// Christmas" in a mail of Sunday, December 14, 2025 as "in a week" (the last Sunday before December 25 is the next),
/// and "after Thanksgiving" in a mail of Sunday, November 12, 2023 as "in 2 weeks" (the first Sunday after November 23).
/// </summary>
/// <remarks>
/// The day of the mail is the sender's own (the Date header's offset): Linus sends his Sunday mails in the afternoon
/// Pacific time, which is already Monday in UTC, and a week from then is the next Sunday all the same, since the weeks
/// are rounded. A date without a year is the next one on or after the mail's day ("January 19th" in a December mail is
/// next year's); a day without a month ("on the 26th") is the next such day. Dates under four days or over eight weeks
/// away are left as they are: they name no release Sunday the reader could count to.
/// </remarks>
public static partial class DatedWeeks
{
    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    // The days of the month in words, first to thirty-first ("twenty-first" is read without its hyphen).
    private static readonly string[] DayWords =
    [
        "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth",
        "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth",
        "twentyfirst", "twentysecond", "twentythird", "twentyfourth", "twentyfifth", "twentysixth", "twentyseventh",
        "twentyeighth", "twentyninth", "thirtieth", "thirtyfirst",
    ];

    /// <summary>The sentence (lower case) with each date it names as "in a week" or "in N weeks" from <paramref name="sentOn"/>.</summary>
    public static string Rewrite(string lower, DateTimeOffset sentOn)
    {
        var sent = DateOnly.FromDateTime(sentOn.DateTime);
        // "on December 3rd rather than November 26th": the date set aside is left as written, so that only the one
        // meant counts.
        var dated = ExplicitDate().Replace(lower, m => SetAside().IsMatch(lower.AsSpan(0, m.Index)) ? m.Value : InWeeks(WeeksAway(m, sent)) ?? m.Value);
        dated = BeforeChristmas().Replace(dated, m => (!m.Groups["holidays"].Success || sent.Month == 12) && SundayBeforeIsNext(sent, new DateOnly(sent.Year, 12, 25)) ? "in a week" : m.Value);
        dated = AfterThanksgiving().Replace(dated, m => InWeeks(SundayAfter(sent, Thanksgiving(sent.Year))) ?? m.Value);
        return BeforeThanksgiving().Replace(dated, m => SundayBeforeIsNext(sent, Thanksgiving(sent.Year)) ? "in a week" : m.Value);
    }

    /// <summary>US Thanksgiving, the fourth Thursday of November: a release "before Thanksgiving" comes the Sunday before.</summary>
    private static DateOnly Thanksgiving(int year)
    {
        var first = new DateOnly(year, 11, 1);
        return first.AddDays((((int)DayOfWeek.Thursday - (int)first.DayOfWeek + 7) % 7) + 21);
    }

    private static string? InWeeks(int? weeks) => weeks switch
    {
        null => null,
        1 => "in a week",
        _ => $"in {weeks.Value.ToString(CultureInfo.InvariantCulture)} weeks",
    };

    /// <summary>
    /// True when the last Sunday before <paramref name="holiday"/> is the next Sunday: a release "before Christmas" comes
    /// then. Earlier in December "before Christmas" is a deadline that names no Sunday, and under four days before it
    /// the release cannot come before Christmas at all.
    /// </summary>
    private static bool SundayBeforeIsNext(DateOnly sent, DateOnly holiday)
    {
        var sunday = holiday.AddDays(-1);
        while (sunday.DayOfWeek != DayOfWeek.Sunday)
        {
            sunday = sunday.AddDays(-1);
        }

        var days = sunday.DayNumber - sent.DayNumber;
        return days >= 4 && RoundedWeeks(days) == 1;
    }

    /// <summary>
    /// The weeks to the first Sunday after <paramref name="holiday"/>, when that Sunday is four days to eight weeks away: a
    /// release "after Thanksgiving" comes then.
    /// </summary>
    private static int? SundayAfter(DateOnly sent, DateOnly holiday)
    {
        var sunday = holiday.AddDays(1);
        while (sunday.DayOfWeek != DayOfWeek.Sunday)
        {
            sunday = sunday.AddDays(1);
        }

        var days = sunday.DayNumber - sent.DayNumber;
        return days >= 4 && RoundedWeeks(days) <= 8 ? RoundedWeeks(days) : null;
    }

    /// <summary>Days as whole weeks, to the nearest (4–10 days are one week, 11–17 two): one rule for dates and day counts.</summary>
    internal static int RoundedWeeks(int days) => (int)Math.Round(days / 7.0, MidpointRounding.AwayFromZero);

    private static int? WeeksAway(Match m, DateOnly sent)
    {
        var day = m.Groups["dw"].Success
            ? Array.IndexOf(DayWords, m.Groups["dw"].Value.Replace("-", string.Empty, StringComparison.Ordinal)) + 1
            : int.Parse(m.Groups["d"].Value, CultureInfo.InvariantCulture);
        // "May" is also the modal verb ("we may 2x that"): as a month it needs a preposition or a weekday in front.
        if (day < 1 || (m.Groups["m"].Value == "may" && !m.Groups["lead"].Success))
        {
            return null;
        }

        var date = m.Groups["y"].Success ? Iso(m, day)
            : m.Groups["m"].Success ? OnOrAfter(sent, Array.IndexOf(MonthNames, m.Groups["m"].Value) + 1, day)
            : m.Groups["mn"].Success ? MonthDay(sent, int.Parse(m.Groups["mn"].Value, CultureInfo.InvariantCulture), day)
            : NextDay(sent, day);
        if (date is not { } d)
        {
            return null;
        }

        var days = d.DayNumber - sent.DayNumber;
        var weeks = RoundedWeeks(days);
        return days >= 4 && weeks <= 8 ? weeks : null;
    }

    /// <summary>The date "2024-03-10" names, if there is one.</summary>
    private static DateOnly? Iso(Match m, int day)
    {
        var year = int.Parse(m.Groups["y"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(m.Groups["mn"].Value, CultureInfo.InvariantCulture);
        return month is >= 1 and <= 12 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>The date "6/1" names (month first, as Linus writes it), if the month is one.</summary>
    private static DateOnly? MonthDay(DateOnly sent, int month, int day) => month is >= 1 and <= 12 ? OnOrAfter(sent, month, day) : null;

    /// <summary>The date with this month and day on or after <paramref name="sent"/>: this year's, else next year's.</summary>
    private static DateOnly? OnOrAfter(DateOnly sent, int month, int day)
    {
        foreach (var year in new[] { sent.Year, sent.Year + 1 })
        {
            if (day <= DateTime.DaysInMonth(year, month) && new DateOnly(year, month, day) is var date && date >= sent)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The next date after <paramref name="sent"/> whose day of the month is <paramref name="day"/>.</summary>
    private static DateOnly? NextDay(DateOnly sent, int day)
    {
        for (var month = new DateOnly(sent.Year, sent.Month, 1); month <= sent.AddMonths(2); month = month.AddMonths(1))
        {
            if (day <= DateTime.DaysInMonth(month.Year, month.Month) && new DateOnly(month.Year, month.Month, day) is var date && date > sent)
            {
                return date;
            }
        }

        return null;
    }

    // "on January 19th", "Sunday, January 19", "for Jan. 26", "on 19 January", "the 26th / twenty-sixth of January",
    // "on / around the 26th", "until the 26th", "Sunday / Wednesday the 26th" (a day alone only after on / for / by /
    // around, or after
    // until, a weekday or "the 19th or", which stay, so "the 19th regression" is no date), "2025-01-26", "on 6/1" (month
    // first, only after on / for / by / around, so "1/3 of the fixes" is no date). The preposition goes with the date,
    // since "in a week" replaces both; a year after the date is dropped with it. A dot goes with a month only after its
    // short name ("Jan."): "… of January." keeps its full stop.
    private const string Months = "(?:(?<m>jan)(?:uary|\\.)?|(?<m>feb)(?:ruary|\\.)?|(?<m>mar)(?:ch|\\.)?|(?<m>apr)(?:il|\\.)?"
        + "|(?<m>may)|(?<m>jun)(?:e|\\.)?|(?<m>jul)(?:y|\\.)?|(?<m>aug)(?:ust|\\.)?|(?<m>sep)(?:tember|t\\.?|\\.)?"
        + "|(?<m>oct)(?:ober|\\.)?|(?<m>nov)(?:ember|\\.)?|(?<m>dec)(?:ember|\\.)?)";
    private const string DayOf = "(?<d>[0-3]?\\d)(?:st|nd|rd|th)?";
    // A day in words ("twenty-sixth"), which DayWords turns into its number; another word ending so ("the month of
    // January") is no day and is left as it is.
    private const string DayWord = "(?<dw>[a-z]+(?:-[a-z]+)?(?:st|nd|rd|th))";

    [GeneratedRegex(@"\b(?<lead>(?:on|for|by|around)\s+)?(?<lead>(?:sun|sat|mon)(?:day)?\.?,?\s+)?(?:(?:the\s+)?(?:" + Months + @"\s+" + DayOf + @"|" + DayOf + @"\s+(?:of\s+)?" + Months + @"|" + DayWord + @"\s+of\s+" + Months + @")(?:,?\s+\d{4})?|(?<y>\d{4})-(?<mn>[01]\d)-(?<d>[0-3]\d)|(?<=\b(?:on|for|by|around)\s+)(?<mn>[01]?\d)/(?<d>[0-3]?\d)(?!\d|/\d)|(?:(?<=\b(?:on|for|by|until|till|around)\s+)|(?<=\b(?:sun|mon|tues|wednes|thurs|fri|satur)day,?\s+)|(?<=\bthe\s+\d{1,2}(?:st|nd|rd|th)\s+or\s+))the\s+" + DayOf + @"(?<=\d(?:st|nd|rd|th)))(?![\w/-])", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex ExplicitDate();

    // "before Christmas", "right before the Christmas break", "before the holidays" (in a December mail only: in November
    // the holidays may be Thanksgiving): the release on the last Sunday before December 25, if that is the next one.
    [GeneratedRegex(@"\b(?:(?:right|just|well)\s+)?before\s+(?:the\s+)?(?:christmas(?:\s+(?:break|holidays?|week))?|(?<holidays>holidays|holiday\s+break))\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BeforeChristmas();

    // "(right / just) after Thanksgiving": the release on the first Sunday after it (not "the week after Thanksgiving",
    // nor "after the Thanksgiving weekend", whose Sunday is the holiday's own).
    [GeneratedRegex(@"(?<!\bweek(?:end)?\s+)\b(?:(?:right|just)\s+)?after\s+(?:us\s+)?thanksgiving\b(?!\s+(?:break|holidays?|weekend|week)\b)", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex AfterThanksgiving();

    // "before Thanksgiving", "right before the Thanksgiving break / weekend".
    [GeneratedRegex(@"\b(?:(?:right|just|well)\s+)?before\s+(?:the\s+)?(?:us\s+)?thanksgiving(?:\s+(?:break|holidays?|weekend|week))?\b", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex BeforeThanksgiving();

    // What stands before a date that is set aside: "rather than", "instead of", ", not" (not "will not be on", a denial
    // the reader reads).
    [GeneratedRegex(@"(?:\brather\s+than|\binstead\s+of|,\s*(?:and\s+)?not)\s+(?:on\s+|the\s+)?$", RegexOptions.None, matchTimeoutMilliseconds: 1000)]
    private static partial Regex SetAside();
}
