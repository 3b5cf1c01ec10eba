using KernelPortal.Core.Content;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;

namespace KernelPortal.UnitTests.Releases;

public class ReleaseForecasterTests
{
    private static readonly IReadOnlyList<CycleObservation> History =
        CycleObservation.FromHistory(ReleaseHistory.Load().Where(r => r.Version < KernelVersion.Parse("4.0")));

    private static readonly ReleaseForecaster Forecaster = new(History);

    // 4.0: 3.19 came on 8 February 2015, rc1 on 22 February, the release on 12 April after rc7.
    private static ForecastInput At(int rc, bool? extra = null) =>
        new(KernelVersion.Parse("4.0"), new DateOnly(2015, 2, 8), rc, rc == 0 ? null : new DateOnly(2015, 2, 22).AddDays(7 * (rc - 1)), extra);

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(5)]
    [InlineData(7)]
    public void Forecasts_4_0_for_the_12th_of_April_at_every_stage(int rc)
    {
        var forecast = Forecaster.Forecast(At(rc));

        Assert.Equal(new DateOnly(2015, 4, 12), forecast.MostLikely);
        Assert.Equal(1.0, forecast.Candidates.Sum(c => c.Probability), 6);
        Assert.All(forecast.Candidates, c => Assert.Equal(DayOfWeek.Sunday, c.Date.DayOfWeek));
        Assert.Equal(new DateOnly(2015, 4, 19), forecast.Latest);
    }

    [Fact]
    public void An_expected_rc8_moves_the_forecast_a_week()
    {
        var forecast = Forecaster.Forecast(At(7, extra: true));

        Assert.Equal(new DateOnly(2015, 4, 19), forecast.MostLikely);
        Assert.DoesNotContain(forecast.Candidates, c => c.Date == new DateOnly(2015, 4, 12));
    }

    [Fact]
    public void Final_next_week_is_almost_certain_when_Linus_says_so()
    {
        var hinted = Forecaster.Forecast(At(7, extra: false));
        var plain = Forecaster.Forecast(At(7));

        Assert.Equal(new DateOnly(2015, 4, 12), hinted.MostLikely);
        Assert.Equal(ReleaseForecaster.FinalNextConfidence, hinted.MostLikelyProbability, 6);
        Assert.True(plain.MostLikelyProbability < hinted.MostLikelyProbability);
    }

    [Fact]
    public void A_cycle_over_Christmas_makes_an_rc8_more_likely()
    {
        // Learned from the whole history: four of the last six holiday cycles ended with rc8.
        var forecaster = new ReleaseForecaster(CycleObservation.FromHistory(ReleaseHistory.Load()));
        var holiday = forecaster.Forecast(new ForecastInput(KernelVersion.Parse("7.5"), new DateOnly(2026, 12, 6), 1, new DateOnly(2026, 12, 20), null));
        var spring = forecaster.Forecast(new ForecastInput(KernelVersion.Parse("7.6"), new DateOnly(2027, 3, 7), 1, new DateOnly(2027, 3, 21), null));

        Assert.True(holiday.Candidates.Single(c => c.LastRc == 8).Probability > spring.Candidates.Single(c => c.LastRc == 8).Probability);
    }

    [Theory]
    [InlineData("2015-04-11", "2015-04-12")]
    [InlineData("2015-04-13", "2015-04-12")]
    [InlineData("2015-04-09", "2015-04-12")]
    [InlineData("2015-04-12", "2015-04-12")]
    public void Moves_days_to_the_nearest_Sunday(string day, string sunday)
    {
        Assert.Equal(DateOnly.Parse(sunday, System.Globalization.CultureInfo.InvariantCulture), ReleaseForecaster.NearestSunday(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Phrases_the_forecast_as_an_editor_would()
    {
        var forecast = Forecaster.Forecast(At(1));

        Assert.Equal("Linux 4.0 erscheint voraussichtlich am 12. April, spätestens am 19. April.", ForecastText.Sentence(forecast, Language.De, new DateOnly(2015, 2, 23)));
        Assert.Equal("Linux 4.0 will probably be released on 12 April, on 19 April at the latest.", ForecastText.Sentence(forecast, Language.En, new DateOnly(2015, 2, 23)));
        Assert.Equal("Linux 4.0 erscheint voraussichtlich am 12. April 2015, spätestens am 19. April 2015.", ForecastText.Sentence(forecast, Language.De, new DateOnly(2014, 12, 30)));
    }

    [Fact]
    public void Refuses_to_forecast_without_history()
    {
        Assert.Throws<InvalidOperationException>(() => new ReleaseForecaster([]).Forecast(At(1)));
    }

    [Fact]
    public void The_backtest_beats_rc1_plus_seven_weeks_and_its_range_holds()
    {
        var (rows, summary) = ForecastBacktest.Run(ReleaseHistory.Load());

        Assert.True(rows.Count >= 60);
        foreach (var stage in summary.Where(s => s.Stage >= 1))
        {
            Assert.True(stage.MeanAbsoluteError < stage.NaiveMeanAbsoluteError, $"rc{stage.Stage}: MAE {stage.MeanAbsoluteError:0.00} vs naive {stage.NaiveMeanAbsoluteError:0.00}");
            Assert.True(stage.ExactShare > stage.NaiveExactShare, $"rc{stage.Stage}: exact {stage.ExactShare:P0} vs naive {stage.NaiveExactShare:P0}");
            Assert.True(stage.RangeCoverage >= 0.9, $"rc{stage.Stage}: range held {stage.RangeCoverage:P0}");
        }
    }

    [Fact]
    public void Linus_words_at_rc7_move_the_backtest_to_the_right_day_and_lower_its_Brier_score()
    {
        var history = ReleaseHistory.Load();
        // Invented evidence in the shape the mails give: at rc7 of every cycle from 5.0 on, Linus says what happened.
        var mails = history.Where(r => r.Version >= KernelVersion.Parse("5.0") && r.LastRc >= 7 && r.Rc1On is not null)
            .Select(r => new MailEvidence(r.Version, 7, r.Rc1On!.Value.AddDays(42), r.LastRc > 7, r.LastRc))
            .ToList();

        var plain = ForecastBacktest.Run(history, []);
        var told = ForecastBacktest.Run(history, mails);

        var rc7 = told.WithMails.Single(s => s.Stage == 7);
        var before = BacktestSummary.Of(7, [.. plain.Rows.Where(r => mails.Any(m => m.Release == r.Version)).SelectMany(r => r.Points).Where(p => p.Stage == 7)], "same cycles");
        Assert.Equal(mails.Count(m => told.Rows.Any(r => r.Version == m.Release)), rc7.Count);
        Assert.True(rc7.ExactShare > before.ExactShare, $"exact at rc7 {rc7.ExactShare:P0} with mails vs {before.ExactShare:P0} without");
        Assert.True(rc7.Brier < before.Brier, $"Brier at rc7 {rc7.Brier:0.000} with mails vs {before.Brier:0.000} without");
        Assert.True(rc7.Brier < rc7.NaiveBrier);
        Assert.All(told.Reliability.Where(b => b.Count >= 30), b => Assert.InRange(b.ObservedFrequency, b.From - 0.15, b.To + 0.15));
    }

    [Fact]
    public void Days_before_today_are_no_longer_candidates_and_the_rest_is_renormalised()
    {
        // Monday after the most likely Sunday (12 April) without a release: only later days are possible.
        var today = new DateOnly(2015, 4, 13);

        var forecast = Forecaster.Forecast(At(7), today);

        Assert.All(forecast.Candidates, c => Assert.True(c.Date >= today, $"{c.Date} is in the past"));
        Assert.Equal(1.0, forecast.Candidates.Sum(c => c.Probability), 6);
        Assert.Equal(new DateOnly(2015, 4, 19), forecast.MostLikely);
        Assert.Equal(today, forecast.AsOf);
        Assert.False(forecast.Overdue); // 19 April, the latest day of the range, is still to come
    }

    [Fact]
    public void After_the_range_the_forecast_is_overdue_and_after_every_possible_day_it_has_no_date()
    {
        var plain = Forecaster.Forecast(At(7));
        var afterRange = plain.Latest.AddDays(1);

        var overdue = Forecaster.Forecast(At(7), afterRange);
        var never = Forecaster.Forecast(At(7), plain.Candidates.Max(c => c.Date).AddDays(1));

        Assert.True(overdue.Overdue);
        Assert.True(overdue.HasDate);
        Assert.All(overdue.Candidates, c => Assert.True(c.Date >= afterRange));
        Assert.False(never.HasDate);
        Assert.True(never.Overdue);
        Assert.StartsWith("Für Linux 4.0 ist kein Termin mehr vorherzusagen", ForecastText.Sentence(never, Language.De, never.AsOf), StringComparison.Ordinal);
        Assert.StartsWith("Linux 4.0 ist überfällig", ForecastText.OverdueNote(overdue, Language.De), StringComparison.Ordinal);
        Assert.Null(ForecastText.OverdueNote(plain, Language.De));
    }
}
