namespace KernelPortal.Core.Content;

/// <summary>
/// The newsroom's time zone, in which the public pages date articles and the archive files them by month: an article
/// published at 00:30 on 1 December in Berlin is a December article there, though it is still 30 November in UTC. The
/// web host takes it from <c>Cms:TimeZone</c>, the zone the CMS schedules in, so an editor's "1 December, 00:30" is
/// the day readers see; hosts without one (the CLI, tests that build services by hand) use UTC. Instants stay stored
/// in UTC; only their faces convert.
/// </summary>
/// <param name="Zone">The zone.</param>
public sealed record NewsroomZone(TimeZoneInfo Zone)
{
    public static readonly NewsroomZone Utc = new(TimeZoneInfo.Utc);

    /// <summary>The zone's id as PostgreSQL and .NET both know it ("Europe/Berlin", "UTC"), for queries that group by day or month.</summary>
    public string Id => Zone.Id;

    /// <summary>The newsroom's wall-clock time of an instant.</summary>
    public DateTime Local(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    /// <summary>
    /// The instant a wall-clock time in the newsroom means. Null for a time the clock skips when it goes forward (02:30
    /// on the last Sunday of March in Berlin does not exist); an hour the clock repeats in autumn means its first pass,
    /// still in summer time.
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

    /// <summary>
    /// The instant a newsroom day begins: its midnight, or — in a zone whose clock skips midnight when it goes forward
    /// (Santiago, Havana) — the first quarter hour the day has.
    /// </summary>
    public DateTimeOffset StartOf(DateOnly day)
    {
        var local = day.ToDateTime(TimeOnly.MinValue);
        DateTimeOffset? start;
        while ((start = Instant(local)) is null)
        {
            local = local.AddMinutes(15);
        }

        return start.Value;
    }
}
