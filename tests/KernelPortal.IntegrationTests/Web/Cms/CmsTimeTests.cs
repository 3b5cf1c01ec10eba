using KernelPortal.Web.Cms;
using Microsoft.Extensions.Options;

namespace KernelPortal.IntegrationTests.Web.Cms;

/// <summary>The newsroom's clock face: times shown and taken in Europe/Berlin by default, stored as instants.</summary>
public class CmsTimeTests
{
    private static CmsTime Berlin { get; } = new(Options.Create(new CmsOptions()));

    [Fact]
    public void A_wall_clock_time_in_winter_and_in_summer_is_the_instant_the_newsroom_means()
    {
        Assert.Equal(new DateTimeOffset(2030, 1, 15, 7, 0, 0, TimeSpan.Zero), Berlin.Instant(new DateTime(2030, 1, 15, 8, 0, 0)));
        Assert.Equal(new DateTimeOffset(2030, 7, 15, 6, 0, 0, TimeSpan.Zero), Berlin.Instant(new DateTime(2030, 7, 15, 8, 0, 0)));
    }

    [Fact]
    public void The_hour_skipped_in_spring_is_no_time_and_the_hour_repeated_in_autumn_is_its_first_pass()
    {
        // 2030: summer time begins on 31 March (02:00 → 03:00) and ends on 27 October (03:00 → 02:00).
        Assert.Null(Berlin.Instant(new DateTime(2030, 3, 31, 2, 30, 0)));
        Assert.Equal(new DateTimeOffset(2030, 10, 27, 0, 30, 0, TimeSpan.Zero), Berlin.Instant(new DateTime(2030, 10, 27, 2, 30, 0)));
    }

    [Fact]
    public void Instants_are_shown_on_the_newsroom_s_clock_with_its_name()
    {
        Assert.Equal("2026-12-04 07:01 (Berlin)", Berlin.Format(new DateTimeOffset(2026, 12, 4, 6, 1, 0, TimeSpan.Zero)));
        Assert.Equal("08:01:02 (Berlin)", Berlin.Format(new DateTimeOffset(2026, 7, 4, 6, 1, 2, TimeSpan.Zero), "HH:mm:ss"));

        var utc = new CmsTime(Options.Create(new CmsOptions { TimeZone = "UTC" }));
        Assert.Equal("2026-12-04 06:01 (UTC)", utc.Format(new DateTimeOffset(2026, 12, 4, 6, 1, 0, TimeSpan.Zero)));
        Assert.Equal("New York", new CmsTime(Options.Create(new CmsOptions { TimeZone = "America/New_York" })).Label);
    }

    [Fact]
    public void An_unknown_time_zone_is_refused_with_its_name()
    {
        var result = CmsOptions.ValidateTimeZone("Europe/Atlantis", new System.ComponentModel.DataAnnotations.ValidationContext(new CmsOptions()));

        Assert.NotNull(result);
        Assert.Contains("Cms:TimeZone 'Europe/Atlantis'", result.ErrorMessage, StringComparison.Ordinal);
    }
}
