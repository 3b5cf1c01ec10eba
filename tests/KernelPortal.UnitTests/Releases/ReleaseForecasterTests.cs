using System.Globalization;
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
    public void Counts_from_the_newest_rc_when_the_merge_window_day_is_unknown()
    {
        // A mail from beyond a gap in the history: 4.0-rc7 on 5 April, its predecessor's release never read.
        var rc7 = new ForecastInput(KernelVersion.Parse("4.0"), null, 7, new DateOnly(2015, 4, 5), null);
        var known = Forecaster.Forecast(At(7));
        var unknown = Forecaster.Forecast(rc7);

        Assert.Equal(new DateOnly(2015, 4, 12), unknown.MostLikely);
        Assert.Equal(known.Candidates, unknown.Candidates);
        Assert.Throws<ArgumentException>(() => Forecaster.Forecast(rc7 with { LatestRc = 0, LatestRcOn = null }));
    }

    [Fact]
    public void Counts_an_rc_without_a_day_from_the_merge_window()
    {
        // rc5 is known, its day is not: it came four weeks after rc1, which came two weeks after 3.19.
        var forecast = Forecaster.Forecast(At(5) with { LatestRcOn = null });

        Assert.Equal(new DateOnly(2015, 4, 12), forecast.MostLikely);
    }

    [Fact]
    public void A_last_rc_no_cycle_came_near_is_not_taken_for_a_plan()
    {
        // Every cycle before 4.0 that the history knows ended with rc7 or later: "rc2 is the last" at rc1 is a misreading.
        Assert.True(History.Min(h => h.LastRc) >= 7);
        var misread = Forecaster.Forecast(At(1) with { ExpectedLastRc = 2 });
        var plain = Forecaster.Forecast(At(1));
        var rc6 = Forecaster.Forecast(At(1) with { ExpectedLastRc = 6 });

        Assert.Equal(plain.Candidates, misread.Candidates);
        Assert.Null(misread.Basis!.ExpectedLastRc);
        Assert.Equal(new DateOnly(2015, 4, 5), rc6.MostLikely);
    }

    [Theory]
    [InlineData(21, "2015-04-19", 21)] // "the merge window will be three weeks": rc1 on 1 March
    [InlineData(7, "2015-04-05", 7)] // "I'll close the merge window after one week"
    [InlineData(14, "2015-04-12", null)] // the usual two weeks, said outright: nothing to tell
    public void A_merge_window_the_release_mail_planned_moves_rc1_and_the_release(int days, string expected, int? planned)
    {
        var forecast = Forecaster.Forecast(At(0) with { PlannedMergeWindowDays = days });

        Assert.Equal(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), forecast.MostLikely);
        Assert.Equal(planned, forecast.Basis!.PlannedMergeWindowDays);
    }

    [Fact]
    public void A_planned_merge_window_no_longer_counts_once_rc1_is_out()
    {
        var plain = Forecaster.Forecast(At(1));
        var planned = Forecaster.Forecast(At(1) with { PlannedMergeWindowDays = 21 });

        Assert.Equal(plain.Candidates, planned.Candidates);
        Assert.Null(planned.Basis!.PlannedMergeWindowDays);
    }

    [Fact]
    public void The_backtest_in_the_merge_window_counts_from_the_length_the_release_mail_planned()
    {
        var history = ReleaseHistory.Load();
        // Invented evidence: every release mail from 4.0 on announces the next merge window's real length where it was
        // not the usual two weeks (and says nothing otherwise).
        var ordered = history.OrderBy(r => r.Version).ToList();
        var releaseMails = ordered.Zip(ordered.Skip(1))
            .Where(p => p.First.Version >= KernelVersion.Parse("4.0") && p.Second.Rc1On is not null)
            .Select(p => new ReleaseMailEvidence(p.First.Version, p.Second.Rc1On!.Value.DayNumber - p.First.ReleasedOn.DayNumber is var days && days != 14 && days is >= 7 and <= 28 ? (int?)days : null))
            .ToList();
        Assert.Contains(releaseMails, m => m.MergeWindowDays is not null);

        var plain = ForecastBacktest.Run(history, []);
        var told = ForecastBacktest.Run(history, [], releaseMails);

        var planned = releaseMails.Where(m => m.MergeWindowDays is not null).Select(m => ordered[ordered.FindIndex(r => r.Version == m.Release) + 1].Version).ToHashSet();
        var stage = told.WithMails.Single(s => s.Stage == 0);
        var before = BacktestSummary.Of(0, [.. plain.Rows.Where(r => planned.Contains(r.Version)).SelectMany(r => r.Points).Where(p => p.Stage == 0)], "same cycles");
        Assert.Equal(told.Rows.Count(r => planned.Contains(r.Version)), stage.Count);
        Assert.True(stage.MeanAbsoluteError < before.MeanAbsoluteError, $"MAE in the merge window {stage.MeanAbsoluteError:0.00} with the plans vs {before.MeanAbsoluteError:0.00} without");
        // A mail that planned nothing changes nothing: those cycles' merge-window forecasts are the history's.
        Assert.All(told.Rows.Where(r => !planned.Contains(r.Version)), r => Assert.Equal(
            plain.Rows.Single(p => p.Version == r.Version).Points.Single(p => p.Stage == 0).Forecast,
            r.Points.Single(p => p.Stage == 0).Forecast));
        Assert.DoesNotContain(told.WithMails, s => s.Stage > 0);
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
    public void A_final_Linus_names_for_a_weekday_comes_on_that_day()
    {
        // "I'll do the final on Saturday, since I'm traveling on Sunday" at rc7 (5 April 2015).
        var saturday = Forecaster.Forecast(At(7, extra: false) with { ExpectedLastRc = 7, ReleaseWeekday = DayOfWeek.Saturday });
        var monday = Forecaster.Forecast(At(7, extra: false) with { ExpectedLastRc = 7, ReleaseWeekday = DayOfWeek.Monday });
        // A weekday beside a plan for another rc is not the final's.
        var rc8 = Forecaster.Forecast(At(7, extra: true) with { ExpectedLastRc = 8, ReleaseWeekday = DayOfWeek.Saturday });

        Assert.Equal(new DateOnly(2015, 4, 11), saturday.MostLikely);
        Assert.Equal(ReleaseForecaster.FinalNextConfidence, saturday.MostLikelyProbability, 6);
        Assert.Equal(DayOfWeek.Saturday, saturday.Basis!.ReleaseWeekday);
        Assert.False(saturday.OnSundaysOnly);
        Assert.True(rc8.OnSundaysOnly);
        // The later candidates (after an rc8 or rc9) stay on Sundays.
        Assert.All(saturday.Candidates.Where(c => c.LastRc > 7), c => Assert.Equal(DayOfWeek.Sunday, c.Date.DayOfWeek));
        Assert.Equal(new DateOnly(2015, 4, 13), monday.MostLikely);
        Assert.Equal(new DateOnly(2015, 4, 19), rc8.MostLikely);
        Assert.Null(rc8.Basis!.ReleaseWeekday);
        Assert.Equal("Linux 4.0 erscheint voraussichtlich am Samstag, 11. April, spätestens am 19. April.", ForecastText.Sentence(saturday, Language.De, new DateOnly(2015, 4, 6)));
        Assert.Equal("Linux 4.0 will probably be released on Saturday, 11 April, on 19 April at the latest.", ForecastText.Sentence(saturday, Language.En, new DateOnly(2015, 4, 6)));
        Assert.StartsWith("rc7 am 5. April: Linus erwartet die finale Version nächste Woche, am Samstag", ForecastText.Reasons(saturday, Language.De)[0], StringComparison.Ordinal);
        Assert.StartsWith("rc7 on 5 April: Linus expects the final release next week, on Saturday", ForecastText.Reasons(saturday, Language.En)[0], StringComparison.Ordinal);
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
    [InlineData("2015-11-15", HolidaySeason.AtTheEnd)]   // 4.4: the usual release would have been 3 January; rc8 came
    [InlineData("2017-11-26", HolidaySeason.AtTheEnd)]   // 4.15: rc6 on 31 December
    [InlineData("2023-11-12", HolidaySeason.AtTheEnd)]   // 6.7: the usual release would have been 31 December
    [InlineData("2018-11-04", HolidaySeason.None)]       // 4.20: released after rc7 on 23 December, before the holidays
    [InlineData("2024-12-01", HolidaySeason.DuringRcs)]  // 6.13: the holidays on rc4 and rc5
    [InlineData("2025-12-14", HolidaySeason.DuringRcs)]  // 6.19: the holidays on rc2 and rc3
    [InlineData("2025-10-12", HolidaySeason.None)]       // 6.18
    public void Tells_where_the_holidays_fall_in_a_cycle(string rc1, HolidaySeason season)
    {
        Assert.Equal(season, HolidaySeasons.Of(DateOnly.Parse(rc1, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void Cycles_with_the_holidays_on_their_last_weeks_decide_alone_once_there_are_two()
    {
        // Thirty cycles of the usual length without holidays, then cycles whose last weeks fell on them and took an rc8.
        var normal = Enumerable.Range(0, 30).Select(i =>
        {
            var rc1 = new DateOnly(2000, 3, 5).AddDays(63 * i % 200);
            return new CycleObservation(KernelVersion.Parse($"3.{i}"), rc1, 7, rc1.AddDays(49), 14);
        });
        CycleObservation Holiday(int year, string version)
        {
            var rc1 = new DateOnly(year, 11, 15);
            return new CycleObservation(KernelVersion.Parse(version), rc1, 8, rc1.AddDays(56), 14);
        }

        var input = new ForecastInput(KernelVersion.Parse("5.0"), new DateOnly(2030, 11, 3), 1, new DateOnly(2030, 11, 17), null);
        var one = new ReleaseForecaster([.. normal, Holiday(2010, "4.0")]).Forecast(input);
        var two = new ReleaseForecaster([.. normal, Holiday(2010, "4.0"), Holiday(2012, "4.1")]).Forecast(input);

        Assert.Equal(HolidaySeason.AtTheEnd, two.Basis!.Season);
        Assert.Equal(7, one.Candidates.MaxBy(c => c.Probability)!.LastRc);
        Assert.Equal(31, one.Basis!.ComparableCycles);
        Assert.Equal(8, two.Candidates.MaxBy(c => c.Probability)!.LastRc);
        Assert.Equal(new DateOnly(2031, 1, 12), two.MostLikely);
        Assert.Equal(2, two.Basis!.ComparableCycles);
    }

    [Fact]
    public void The_history_makes_an_rc8_most_likely_when_the_holidays_fall_on_the_last_weeks()
    {
        // 3.2, 3.13, 4.4, 4.15, 5.16 and 6.7 had their last weeks on the holidays; all but 3.2 ended after rc8 or later.
        var forecaster = new ReleaseForecaster(CycleObservation.FromHistory(ReleaseHistory.Load()));
        var forecast = forecaster.Forecast(new ForecastInput(KernelVersion.Parse("7.5"), new DateOnly(2026, 11, 1), 1, new DateOnly(2026, 11, 15), null));

        Assert.Equal(8, forecast.Candidates.MaxBy(c => c.Probability)!.LastRc);
        Assert.Equal(new DateOnly(2027, 1, 10), forecast.MostLikely);

        // The reader is told why, and from how many cycles: the six with the holidays at the end.
        var reasons = ForecastText.Reasons(forecast, Language.De);
        Assert.Contains("Die letzten Wochen vor der üblichen Freigabe fallen auf Weihnachten und Neujahr: Die Prognose lernt vor allem aus den Zyklen, bei denen es ebenso war.", reasons);
        Assert.Contains(reasons, r => r.Contains("der vergleichbaren Zyklen (aus 6, die jüngeren stärker gewichtet) endeten mit rc8.", StringComparison.Ordinal));
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
    public void The_release_after_forecast_at_the_rc7_before_it_beats_the_naive_rule_and_its_range_holds()
    {
        var result = ForecastBacktest.Run(ReleaseHistory.Load(), []);
        var following = result.Following;

        // Every backtested cycle but the newest has a release after it to be compared with.
        Assert.Equal(ForecastBacktest.FollowingStage, following.Stage);
        Assert.Equal(result.Rows.Count - 1, following.Count);
        Assert.True(following.MeanAbsoluteError < following.NaiveMeanAbsoluteError, $"MAE {following.MeanAbsoluteError:0.00} vs naive {following.NaiveMeanAbsoluteError:0.00}");
        Assert.True(following.Brier < following.NaiveBrier, $"Brier {following.Brier:0.000} vs naive {following.NaiveBrier:0.000}");
        Assert.True(following.RangeCoverage >= 0.9, $"range held {following.RangeCoverage:P0}");
        // A whole cycle further ahead, it is less sure than the forecast of the release in progress at rc1.
        Assert.True(following.MeanAbsoluteError > result.Summary.Single(s => s.Stage == 1).MeanAbsoluteError);
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

        // The cycles the mails cover, at every stage: rc7 is the mails' own figure, rc1 what the history alone gives there.
        Assert.Equal(ForecastBacktest.Stages, told.MailCycles.Select(s => s.Stage));
        Assert.Equal(rc7, told.MailCycles.Single(s => s.Stage == 7) with { Subset = rc7.Subset });
        var rc1Before = BacktestSummary.Of(1, [.. plain.Rows.Where(r => mails.Any(m => m.Release == r.Version)).SelectMany(r => r.Points).Where(p => p.Stage == 1)], "same cycles");
        Assert.Equal(rc1Before with { Subset = "mail cycles" }, told.MailCycles.Single(s => s.Stage == 1));
        Assert.Empty(plain.MailCycles);
    }

    [Fact]
    public void A_plan_said_at_rc5_carries_the_backtest_at_rc6_and_rc7_but_never_back_to_rc1()
    {
        var history = ReleaseHistory.Load();
        // Invented evidence: at rc5 of every rc8 cycle from 5.0 on, Linus plans the rc8; the later mails are missing.
        var mails = history.Where(r => r.Version >= KernelVersion.Parse("5.0") && r.LastRc == 8 && r.Rc1On is not null)
            .Select(r => new MailEvidence(r.Version, 5, r.Rc1On!.Value.AddDays(28), true, 8))
            .ToList();

        var plain = ForecastBacktest.Run(history, []);
        var told = ForecastBacktest.Run(history, mails);

        var rows = told.Rows.Where(r => mails.Any(m => m.Release == r.Version)).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows.SelectMany(r => r.Points).Where(p => p.Stage is 5 or 6 or 7), p => Assert.Equal(0, p.Error));
        Assert.All(rows.SelectMany(r => r.Points).Where(p => p.Stage is 6 or 7), p => Assert.False(p.FromMail));
        Assert.All(rows, r => Assert.Equal(
            plain.Rows.Single(p => p.Version == r.Version).Points.Where(p => p.Stage <= 1).Select(p => p with { Candidates = null }),
            r.Points.Where(p => p.Stage <= 1).Select(p => p with { Candidates = null })));
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
    public void Forecasts_the_release_after_it_from_each_day_the_current_one_may_come()
    {
        // At 4.0-rc7 Linus expects the final next week: 12 April with 85 %, so 4.1's merge window most likely opens then.
        var forecast = Forecaster.Forecast(At(7) with { ExpectedLastRc = 7 });
        var following = forecast.Following!;
        var fromTheLikeliestDay = Forecaster.Forecast(new ForecastInput(KernelVersion.Parse("4.1"), new DateOnly(2015, 4, 12), 0, null, null));

        Assert.Equal(KernelVersion.Parse("4.1"), following.Version);
        Assert.Equal(1.0, following.Candidates.Sum(c => c.Probability), 6);
        Assert.Equal(fromTheLikeliestDay.MostLikely, following.MostLikely);
        // The current release's own uncertainty widens the range: never narrower than from its likeliest day alone.
        Assert.True(following.MostLikelyProbability < fromTheLikeliestDay.MostLikelyProbability);
        Assert.True(following.Latest >= fromTheLikeliestDay.Latest);
        // A merge window of two weeks and at least one rc week lie between the earliest days.
        Assert.All(following.Candidates, c => Assert.True(c.Date >= forecast.Candidates.Min(d => d.Date).AddDays(21)));
        Assert.Null(following.Following);
        Assert.Equal(
            "Die Version danach (vorläufig 4.1) folgt voraussichtlich am 14. Juni, spätestens am 28. Juni.",
            ForecastText.Following(following, Language.De, new DateOnly(2015, 4, 6)));
    }

    [Theory]
    // 6.18-rc7 on 23 November 2025: 6.18 came on 30 November, 6.19 in February 2026.
    [InlineData("6.18", "2025-09-28", "2025-11-23", true)]
    // 6.17-rc7 on 21 September 2025: 6.18 still came in the same year.
    [InlineData("6.17", "2025-07-27", "2025-09-21", false)]
    public void Says_whether_the_release_is_likely_the_last_of_its_year(string version, string opened, string rc7, bool last)
    {
        var released = KernelVersion.Parse(version);
        var forecaster = new ReleaseForecaster(CycleObservation.FromHistory(ReleaseHistory.Load().Where(r => r.Version < released)));
        var input = new ForecastInput(released, DateOnly.Parse(opened, CultureInfo.InvariantCulture), 7, DateOnly.Parse(rc7, CultureInfo.InvariantCulture), null);

        var forecast = forecaster.Forecast(input);
        var sentence = ForecastText.LastOfYear(forecast, Language.De);

        Assert.Equal(last, forecast.LastOfYearProbability > 0.5);
        Assert.Equal(last, sentence is not null);
        if (last)
        {
            Assert.StartsWith($"Linux {version} wäre damit wahrscheinlich (", sentence, StringComparison.Ordinal);
            Assert.Contains("die letzte Version des Jahres 2025 – die letzte eines Jahres wird meist die neue Langzeitversion (LTS).", sentence, StringComparison.Ordinal);
        }
    }

    // German sets the sign apart with a no-break space (U+00A0): "99" never ends a line with "%" at the next one's start.
    [Theory]
    [InlineData(0.62, "62\u00A0%", "62%")]
    [InlineData(0.625, "63\u00A0%", "63%")]
    [InlineData(0.998, "über 99\u00A0%", "over 99%")]
    [InlineData(1.0, "100\u00A0%", "100%")]
    public void A_probability_short_of_certainty_never_reads_100(double probability, string german, string english)
    {
        Assert.Equal(german, ForecastText.Probability(probability, Language.De));
        Assert.Equal(english, ForecastText.Probability(probability, Language.En));
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
        Assert.Null(never.Following);
        Assert.Null(never.LastOfYearProbability);
        Assert.Null(ForecastText.LastOfYear(never, Language.De));
        Assert.True(never.Overdue);
        Assert.StartsWith("Für Linux 4.0 ist kein Termin mehr vorherzusagen", ForecastText.Sentence(never, Language.De, never.AsOf), StringComparison.Ordinal);
        Assert.StartsWith("Linux 4.0 ist überfällig", ForecastText.OverdueNote(overdue, Language.De), StringComparison.Ordinal);
        Assert.Null(ForecastText.OverdueNote(plain, Language.De));
    }
}
