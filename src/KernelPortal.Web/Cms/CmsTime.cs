using System.Globalization;
using Microsoft.Extensions.Options;

namespace KernelPortal.Web.Cms;

/// <summary>
/// The newsroom's clock face: the CMS shows and takes times in <see cref="CmsOptions.TimeZone"/> (Europe/Berlin unless
/// configured), as WordPress and Ghost use their site's time zone — an editor scheduling for "8:00" means eight in the
/// morning where the newsroom is, not in UTC. What is stored stays an instant (UTC); only the CMS's faces convert.
/// </summary>
public sealed class CmsTime(IOptions<CmsOptions> options)
{
    /// <summary>The zone, resolved once (the options' validation has checked that it exists).</summary>
    public TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone);

    /// <summary>How times are labelled: the zone's city ("Berlin", "New York"), or "UTC".</summary>
    public string Label => Zone.Id is "UTC" or "Etc/UTC" ? "UTC" : Zone.Id[(Zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    /// <summary>The newsroom's wall-clock time of an instant, with the label: "2026-12-04 07:01 (Berlin)".</summary>
    public string Format(DateTimeOffset instant, string pattern = "yyyy-MM-dd HH:mm") =>
        $"{Local(instant).ToString(pattern, CultureInfo.InvariantCulture)} ({Label})";

    /// <summary>The newsroom's wall-clock time of an instant.</summary>
    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>
    /// The instant an editor means by a wall-clock time in the newsroom. Null for a time the clock skips when it goes
    /// forward (02:30 on the last Sunday of March in Berlin does not exist); an hour the clock repeats in autumn means
    /// its first pass, still in summer time.
    /// </summary>
    public DateTimeOffset? Instant(DateTime wallClock)
    {
        var local = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (Zone.IsInvalidTime(local))
        {
            return null;
        }

        var offset = Zone.IsAmbiguousTime(local) ? Zone.GetAmbiguousTimeOffsets(local).Max() : Zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }
}
