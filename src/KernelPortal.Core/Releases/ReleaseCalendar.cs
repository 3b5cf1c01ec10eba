using KernelPortal.Core.Content;
using KernelPortal.Core.Releases.Forecasting;

namespace KernelPortal.Core.Releases;

/// <summary>One day on the release calendar: a release, an rc, or the day the next release is expected.</summary>
/// <param name="Uid">Stable across updates: a release's forecast day and, once it is out, its release day share one, so a
/// subscribed calendar moves the entry instead of keeping the old guess beside the real day.</param>
/// <param name="Date">The day (Linus' local date; the forecast's most likely day).</param>
/// <param name="Summary">The entry's title.</param>
/// <param name="Description">What the entry says when opened.</param>
/// <param name="Path">The page about it on this site.</param>
public sealed record CalendarDay(string Uid, DateOnly Date, string Summary, string Description, string Path);

/// <summary>
/// The release calendar a reader subscribes to when planning an upgrade: the recent releases and their rcs, the day the
/// next release is expected, with why (the forecast's reasons), and the day of the release after it. Built from the
/// snapshot the pages read.
/// </summary>
public static class ReleaseCalendar
{
    /// <summary>How many of the newest releases (with their rcs) the calendar carries: about four years.</summary>
    public const int RecentReleases = 24;

    public static IReadOnlyList<CalendarDay> Days(ReleaseSnapshot snapshot, DateOnly today, Language language)
    {
        var de = language == Language.De;
        var prefix = de ? string.Empty : "/en";
        var days = new List<CalendarDay>();
        foreach (var release in snapshot.OldestFirst.Where(r => r.ReleasedOn is not null).TakeLast(RecentReleases).Append(snapshot.InProgress).OfType<Release>())
        {
            var page = $"{prefix}/releases/{release.VersionText}";
            days.AddRange(release.Candidates.Where(c => c.AnnouncedOn is not null).OrderBy(c => c.Number).Select(c => new CalendarDay(
                $"release-{release.Id}-rc{c.Number}",
                c.AnnouncedOn!.Value,
                $"Linux {release.VersionText}-rc{c.Number}",
                de ? $"Vorabversion {c.Number} von Linux {release.VersionText}." : $"Release candidate {c.Number} of Linux {release.VersionText}.",
                page)));

            if (release.ReleasedOn is { } released)
            {
                days.Add(new CalendarDay(
                    Uid(release),
                    released,
                    $"Linux {release.VersionText}",
                    de ? $"Linux {release.VersionText} ist erschienen." : $"Linux {release.VersionText} was released.",
                    page));
            }
            else if (snapshot.ForecastFor(release, today) is { HasDate: true } forecast)
            {
                var number = release.IsProvisional ? (de ? ", vorläufige Nummer" : ", provisional number") : string.Empty;
                days.Add(new CalendarDay(
                    Uid(release),
                    forecast.MostLikely,
                    $"Linux {release.VersionText} ({(de ? "voraussichtlich" : "expected")}{number})",
                    string.Join("\n", ForecastText.Reasons(forecast, language).Select(r => "– " + r)
                        .Prepend(ForecastText.Sentence(forecast, language, today, release.IsProvisional))),
                    page));

                // The release after it, for planning further ahead; its entry goes when the release in progress is out
                // and the next one has an entry of its own.
                if (forecast.Following is { HasDate: true } following)
                {
                    days.Add(new CalendarDay(
                        $"{Uid(release)}-following",
                        following.MostLikely,
                        $"Linux {following.Version} ({(de ? "voraussichtlich, vorläufige Nummer" : "expected, provisional number")})",
                        string.Join("\n", new[] { ForecastText.Following(following, language, today), ForecastText.LastOfYear(forecast, language, release.IsProvisional) }.OfType<string>()),
                        page));
                }
            }
        }

        return days;
    }

    private static string Uid(Release release) => $"release-{release.Id}";
}
