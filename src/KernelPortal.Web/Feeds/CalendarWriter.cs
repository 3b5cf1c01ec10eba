using System.Text;
using Ical.Net;
using Ical.Net.CalendarComponents;
using Ical.Net.DataTypes;
using Ical.Net.Serialization;
using KernelPortal.Core.Releases;

namespace KernelPortal.Web.Feeds;

/// <summary>Writes the <see cref="ReleaseCalendar"/> as iCalendar (RFC 5545) with Ical.Net: all-day entries a calendar subscribes to.</summary>
internal static class CalendarWriter
{
    public static byte[] Ics(string name, IReadOnlyList<CalendarDay> days, Uri site, DateTimeOffset stamp)
    {
        var calendar = new Calendar { ProductId = "-//KernelPortal//Release calendar//EN" };
        calendar.AddProperty("X-WR-CALNAME", name);
        // Subscribing clients poll at this interval: the forecast moves with each rc mail, at most weekly.
        calendar.AddProperty("X-PUBLISHED-TTL", "PT6H");
        foreach (var day in days)
        {
            calendar.Events.Add(new CalendarEvent
            {
                // Globally unique and stable: the same entry is updated, not duplicated, when the forecast moves.
                Uid = $"{day.Uid}@{site.Host}",
                Summary = day.Summary,
                Description = day.Description,
                // A date without a time: an all-day entry of one day (RFC 5545 §3.6.1).
                Start = new CalDateTime(day.Date),
                Url = new Uri(site, day.Path),
                // From the data, not the clock: the same data gives the same bytes, so ETags hold.
                DtStamp = new CalDateTime(stamp.UtcDateTime, CalDateTime.UtcTzId),
                Transparency = TransparencyType.Transparent,
            });
        }

        return Encoding.UTF8.GetBytes(new CalendarSerializer().SerializeToString(calendar)!);
    }
}
