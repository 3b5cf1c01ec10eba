using System.Globalization;
using KernelPortal.Ingestion.Mail;

namespace KernelPortal.UnitTests.Mail;

public class DatedWeeksTests
{
    [Theory]
    [InlineData("2025-01-12T14:30:00-08:00", "i expect to release 6.13 on january 19th.", "i expect to release 6.13 in a week.")]
    [InlineData("2025-01-12T14:30:00-08:00", "the final is planned for jan. 26, 2025.", "the final is planned in 2 weeks.")]
    [InlineData("2025-01-12T14:30:00-08:00", "6.13 on sunday, the 26th", "6.13 in 2 weeks")]
    [InlineData("2025-01-12T14:30:00-08:00", "i'll close it early, on wednesday the 22nd.", "i'll close it early, on wednesday in a week.")] // round 440
    [InlineData("2023-11-12T14:30:00-08:00", "6.7 won't happen until the 26th.", "6.7 won't happen until in 2 weeks.")] // round 444
    [InlineData("2023-11-12T14:30:00-08:00", "either on the 19th or the 26th", "either in a week or in 2 weeks")] // round 444
    [InlineData("2023-11-12T14:30:00-08:00", "6.7 before thanksgiving", "6.7 in a week")] // round 444
    [InlineData("2023-11-05T14:30:00-08:00", "6.7 before thanksgiving", "6.7 before thanksgiving")] // round 444: a deadline
    [InlineData("2025-01-12T14:30:00-08:00", "a release on 19 january", "a release in a week")]
    [InlineData("2024-12-22T14:30:00-08:00", "the final on january 5th", "the final in 2 weeks")]
    [InlineData("2025-01-13T01:30:00+00:00", "the release on january 19", "the release in a week")]
    [InlineData("2025-01-12T14:30:00-08:00", "the 19th regression is fixed.", "the 19th regression is fixed.")]
    [InlineData("2025-01-12T14:30:00-08:00", "the rc on jan 5 was big.", "the rc on jan 5 was big.")]
    [InlineData("2025-01-12T14:30:00-08:00", "6.14 on march 30.", "6.14 on march 30.")]
    [InlineData("2025-01-12T14:30:00-08:00", "on the 0th or on feb 30.", "on the 0th or on feb 30.")]
    [InlineData("2025-05-11T14:30:00-07:00", "we may 19 times over.", "we may 19 times over.")]
    [InlineData("2025-05-11T14:30:00-07:00", "the final on may 18.", "the final in a week.")]
    [InlineData("2025-01-12T14:30:00-08:00", "final 6.13 on 2025-01-19, unless something comes up.", "final 6.13 in a week, unless something comes up.")]
    [InlineData("2025-01-12T14:30:00-08:00", "the final is planned for 2025-01-26.", "the final is planned in 2 weeks.")]
    [InlineData("2025-01-12T14:30:00-08:00", "the 2025-01-05 rc was big.", "the 2025-01-05 rc was big.")]
    [InlineData("2025-01-12T14:30:00-08:00", "on 2025-02-30 or 2025-13-01.", "on 2025-02-30 or 2025-13-01.")]
    [InlineData("2025-01-12T14:30:00-08:00", "6.13 on 1/19, unless something comes up.", "6.13 in a week, unless something comes up.")]
    [InlineData("2025-01-12T14:30:00-08:00", "the release on 01/26.", "the release in 2 weeks.")]
    [InlineData("2025-01-12T14:30:00-08:00", "about 1/3 of the fixes are drivers.", "about 1/3 of the fixes are drivers.")]
    [InlineData("2025-01-12T14:30:00-08:00", "the final for 13/1 or on 2/30.", "the final for 13/1 or on 2/30.")]
    [InlineData("2025-01-12T14:30:00-08:00", "fixed in commit 1/19/2025 on 1/19/25.", "fixed in commit 1/19/2025 on 1/19/25.")]
    [InlineData("2025-01-12T14:30:00-08:00", "6.13 on the nineteenth of january.", "6.13 in a week.")]
    [InlineData("2025-01-12T14:30:00-08:00", "the final on the twenty-sixth of january", "the final in 2 weeks")]
    [InlineData("2025-01-12T14:30:00-08:00", "the first of the fixes, on the thirty-second of january.", "the first of the fixes, on the thirty-second of january.")]
    [InlineData("2025-12-14T15:00:00-08:00", "i'll release 6.21 before christmas.", "i'll release 6.21 in a week.")]
    [InlineData("2018-12-16T15:00:00-08:00", "the final 4.20 just before the christmas break", "the final 4.20 in a week")]
    [InlineData("2025-12-14T15:00:00-08:00", "6.21 right before the holidays", "6.21 in a week")]
    [InlineData("2025-12-07T15:00:00-08:00", "i'll release 6.21 before christmas.", "i'll release 6.21 before christmas.")]
    [InlineData("2025-12-21T15:00:00-08:00", "i'll release 6.21 before christmas.", "i'll release 6.21 before christmas.")]
    [InlineData("2025-11-30T15:00:00-08:00", "6.21 before the holidays", "6.21 before the holidays")]
    // Round 547: after Thanksgiving (its first Sunday after), around a day.
    [InlineData("2023-11-12T14:30:00-08:00", "final release after thanksgiving.", "final release in 2 weeks.")]
    [InlineData("2023-11-19T14:30:00-08:00", "6.7 right after thanksgiving", "6.7 in a week")]
    [InlineData("2023-11-12T14:30:00-08:00", "the week after thanksgiving is quiet.", "the week after thanksgiving is quiet.")]
    [InlineData("2023-11-12T14:30:00-08:00", "after the thanksgiving weekend", "after the thanksgiving weekend")]
    [InlineData("2023-11-12T14:30:00-08:00", "expect the final around the 19th.", "expect the final in a week.")]
    public void Writes_a_date_as_the_weeks_from_the_mail(string sentOn, string sentence, string expected)
    {
        Assert.Equal(expected, DatedWeeks.Rewrite(sentence, DateTimeOffset.Parse(sentOn, CultureInfo.InvariantCulture)));
    }
}
