using System.Globalization;
using KernelPortal.Core.Content;
using Microsoft.Extensions.Options;

namespace KernelPortal.Web.Cms;

/// <summary>
/// The newsroom's clock face: the CMS shows and takes times in <see cref="CmsOptions.TimeZone"/> (Europe/Berlin unless
/// configured), as WordPress and Ghost use their site's time zone — an editor scheduling for "8:00" means eight in the
/// morning where the newsroom is, not in UTC. What is stored stays an instant (UTC); only the CMS's faces convert.
/// </summary>
public sealed class CmsTime(IOptions<CmsOptions> options)
{
    /// <summary>The zone, resolved once (the options' validation has checked that it exists); the public pages date in it too.</summary>
    public NewsroomZone Newsroom { get; } = new(TimeZoneInfo.FindSystemTimeZoneById(options.Value.TimeZone));

    public TimeZoneInfo Zone => Newsroom.Zone;

    /// <summary>How times are labelled: the zone's city ("Berlin", "New York"), or "UTC".</summary>
    public string Label => Zone.Id is "UTC" or "Etc/UTC" ? "UTC" : Zone.Id[(Zone.Id.LastIndexOf('/') + 1)..].Replace('_', ' ');

    /// <summary>The newsroom's wall-clock time of an instant, with the label: "2026-12-04 07:01 (Berlin)".</summary>
    public string Format(DateTimeOffset instant, string pattern = "yyyy-MM-dd HH:mm") =>
        $"{Local(instant).ToString(pattern, CultureInfo.InvariantCulture)} ({Label})";

    /// <summary>The newsroom's wall-clock time of an instant.</summary>
    public DateTime Local(DateTimeOffset instant) => Newsroom.Local(instant);

    /// <inheritdoc cref="NewsroomZone.Instant"/>
    public DateTimeOffset? Instant(DateTime wallClock) => Newsroom.Instant(wallClock);
}
