using KernelPortal.Core.Content;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;

namespace KernelPortal.UnitTests.Releases;

/// <summary>What Linus last said of the plan: the newest rc's mail, or an earlier one whose plan still looks ahead.</summary>
public class LatestRcTests
{
    private static readonly DateOnly Rc1 = new(2023, 5, 7);

    private static LatestRc Rc(int number, int? lastRc = null, string? sentence = null) =>
        new(number, Rc1.AddDays(7 * (number - 1)), lastRc is { } last ? last > Math.Max(7, number) : null, lastRc, sentence, sentence is null ? null : $"<rc{number}@example.org>");

    [Fact]
    public void The_newest_mail_speaks_for_itself_when_it_says_something()
    {
        var latest = LatestRc.Of([Rc(5, 8, "I'm planning on an rc8."), Rc(6, 7, "rc7 will be the last.")])!;

        Assert.Equal(6, latest.Number);
        Assert.Equal(7, latest.ExpectedLastRc);
        Assert.Null(latest.StatedAt);
    }

    [Fact]
    public void A_plan_stands_while_the_newer_mails_say_nothing()
    {
        var latest = LatestRc.Of([Rc(7), Rc(5, 8, "I'm planning on an rc8."), Rc(6)])!;

        Assert.Equal(7, latest.Number);
        Assert.Equal(Rc1.AddDays(42), latest.AnnouncedOn);
        Assert.Equal(8, latest.ExpectedLastRc);
        Assert.Equal("I'm planning on an rc8.", latest.HintSentence);
        Assert.Equal("<rc5@example.org>", latest.MessageId);
        Assert.Equal(5, latest.StatedAt);
        Assert.Equal(Rc1.AddDays(28), latest.StatedOn);
        // An older word weighs its rc, it does not rule out the others.
        Assert.Null(latest.ExpectsExtraRc);
    }

    [Fact]
    public void Only_the_newest_statement_counts_and_only_while_it_looks_ahead()
    {
        // rc5 said rc8, rc6 took it back (rc7 the last): at a silent rc7 the rc6 word holds, not the rc5 one.
        var taken = LatestRc.Of([Rc(5, 8, "I'm planning on an rc8."), Rc(6, 7, "rc7 will be the last."), Rc(7)])!;
        // "rc7 will be the last" said at rc6 tells nothing once an rc8 is out.
        var behind = LatestRc.Of([Rc(6, 7, "rc7 will be the last."), Rc(7), Rc(8)])!;

        Assert.Equal((7, 6), (taken.ExpectedLastRc!.Value, taken.StatedAt!.Value));
        Assert.Equal(8, behind.Number);
        Assert.Null(behind.ExpectedLastRc);
        Assert.Null(behind.StatedAt);
        Assert.Null(LatestRc.Of([]));
    }

    [Fact]
    public void A_newer_mail_that_leaves_the_next_step_open_ends_the_plan()
    {
        var latest = LatestRc.Of([Rc(5, 8, "I'm planning on an rc8."), Rc(6) with { LeftOpen = true }])!;

        Assert.Equal(6, latest.Number);
        Assert.True(latest.LeftOpen);
        Assert.Null(latest.ExpectedLastRc);
        Assert.Null(latest.StatedAt);
    }

    [Fact]
    public void The_reader_is_told_whose_word_the_forecast_follows()
    {
        var history = CycleObservation.FromHistory(ReleaseHistory.Load().Where(r => r.Version < KernelVersion.Parse("6.4")));
        var release = new Release(KernelVersion.Parse("6.4"), ReleaseState.ReleaseCandidates) { MergeWindowOpenedOn = new DateOnly(2023, 4, 23), Rc1On = Rc1 };
        var latest = LatestRc.Of([Rc(5, 8, "I'm planning on doing an rc8 this release."), Rc(6)]);

        var forecast = ForecastService.Forecast(release, history, latest, Rc1.AddDays(36))!;

        // rc6 on 11 June, the rc8 plan of rc5: the release after rc8, on 2 July.
        Assert.Equal(new DateOnly(2023, 7, 2), forecast.MostLikely);
        Assert.Equal(ReleaseForecaster.FinalNextConfidence, forecast.MostLikelyProbability, 6);
        Assert.Contains("rc6 am 11. Juni: Linus sagt nichts Neues über den weiteren Plan. Bei rc5 am 4. Juni schrieb er, rc8 werde das letzte sein: „I'm planning on doing an rc8 this release.“", ForecastText.Reasons(forecast, Language.De));
        Assert.Contains("rc6 on 11 June: Linus says nothing new about what comes next. At rc5 on 4 June he wrote that rc8 would be the last: “I'm planning on doing an rc8 this release.”", ForecastText.Reasons(forecast, Language.En));
        Assert.Equal("<rc5@example.org>", forecast.Basis!.HintMessageId);
    }

    [Fact]
    public void An_rc_of_the_usual_cycle_is_expected_as_the_last_and_an_extra_rc_as_news()
    {
        var history = CycleObservation.FromHistory(ReleaseHistory.Load().Where(r => r.Version < KernelVersion.Parse("6.4")));
        var release = new Release(KernelVersion.Parse("6.4"), ReleaseState.ReleaseCandidates) { MergeWindowOpenedOn = new DateOnly(2023, 4, 23), Rc1On = Rc1 };

        var usual = ForecastService.Forecast(release, history, LatestRc.Of([Rc(6, 7, "I expect rc7 next week and the final the week after.")]), Rc1.AddDays(36))!;
        var extra = ForecastService.Forecast(release, history, LatestRc.Of([Rc(6, 8, "I'm planning on doing an rc8 this release.")]), Rc1.AddDays(36))!;

        // rc7 comes in every cycle: at rc6 the news is that it is the last.
        Assert.StartsWith("rc6 am 11. Juni: Linus erwartet rc7 als letzte Vorabversion: „", ForecastText.Reasons(usual, Language.De)[0], StringComparison.Ordinal);
        Assert.StartsWith("rc6 on 11 June: Linus expects rc7 to be the last rc: “", ForecastText.Reasons(usual, Language.En)[0], StringComparison.Ordinal);
        Assert.StartsWith("rc6 am 11. Juni: Linus erwartet ein rc8: „", ForecastText.Reasons(extra, Language.De)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void Travel_or_holidays_ahead_in_the_newest_mail_are_quoted_once()
    {
        var history = CycleObservation.FromHistory(ReleaseHistory.Load().Where(r => r.Version < KernelVersion.Parse("6.4")));
        var release = new Release(KernelVersion.Parse("6.4"), ReleaseState.ReleaseCandidates) { MergeWindowOpenedOn = new DateOnly(2023, 4, 23), Rc1On = Rc1 };
        const string travel = "I'll be traveling next week, but that shouldn't affect the release";
        const string both = "I'll be traveling next week, so there will be an rc8.";

        var told = ForecastService.Forecast(release, history, LatestRc.Of([Rc(7, 7, "I expect the final next week.") with { TravelSentence = travel }]), Rc1.AddDays(43))!;
        var quoted = ForecastService.Forecast(release, history, LatestRc.Of([Rc(7, 8, both) with { TravelSentence = both }]), Rc1.AddDays(43))!;
        // The plan is rc5's; the travel told at rc5 is no news at a silent rc6.
        var older = ForecastService.Forecast(release, history, LatestRc.Of([Rc(5, 8, "I'm planning on an rc8.") with { TravelSentence = travel }, Rc(6)]), Rc1.AddDays(36))!;

        Assert.Equal($"Zu Reisen und Feiertagen schreibt Linus: „{travel}“.", ForecastText.Reasons(told, Language.De)[1]);
        Assert.Equal($"On travel and holidays Linus writes: “{travel}”.", ForecastText.Reasons(told, Language.En)[1]);
        Assert.DoesNotContain(ForecastText.Reasons(quoted, Language.De), r => r.StartsWith("Zu Reisen", StringComparison.Ordinal));
        Assert.Contains(both, ForecastText.Reasons(quoted, Language.De)[0], StringComparison.Ordinal);
        Assert.DoesNotContain(ForecastText.Reasons(older, Language.De), r => r.StartsWith("Zu Reisen", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("I'm planning on doing an rc8 this release.", "release.“")]
    [InlineData("I'm planning on doing an rc8 this release", "release“.")]
    [InlineData("Will there be an rc8? Probably!", "Probably!“")]
    public void A_quote_that_ends_its_sentence_ends_the_reason(string sentence, string ending)
    {
        var history = CycleObservation.FromHistory(ReleaseHistory.Load().Where(r => r.Version < KernelVersion.Parse("6.4")));
        var release = new Release(KernelVersion.Parse("6.4"), ReleaseState.ReleaseCandidates) { MergeWindowOpenedOn = new DateOnly(2023, 4, 23), Rc1On = Rc1 };

        var forecast = ForecastService.Forecast(release, history, LatestRc.Of([Rc(5, 8, sentence)]), Rc1.AddDays(29))!;

        Assert.EndsWith(ending, ForecastText.Reasons(forecast, Language.De)[0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_plan_the_forecaster_sets_aside_is_not_quoted_as_Linus_word()
    {
        var history = CycleObservation.FromHistory(ReleaseHistory.Load().Where(r => r.Version < KernelVersion.Parse("6.4")));
        var release = new Release(KernelVersion.Parse("6.4"), ReleaseState.ReleaseCandidates) { MergeWindowOpenedOn = new DateOnly(2023, 4, 23), Rc1On = Rc1 };

        // A misreading of the rc1 mail: "rc2 is the last".
        var forecast = ForecastService.Forecast(release, history, LatestRc.Of([Rc(1, 2, "The rc2 should be out next Sunday as usual.")]), Rc1)!;

        Assert.Null(forecast.Basis!.ExpectedLastRc);
        Assert.Null(forecast.Basis.HintSentence);
        Assert.StartsWith("rc1 am 7. Mai: Linus sagt in seiner Ankündigung nichts über den weiteren Plan.", ForecastText.Reasons(forecast, Language.De)[0], StringComparison.Ordinal);
    }
}
