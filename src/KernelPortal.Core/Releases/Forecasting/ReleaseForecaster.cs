namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// Forecasts a release day from the history of finished cycles.
/// </summary>
/// <remarks>
/// <para>The model: rcs come weekly, and the release follows the last rc by a week. So from the newest known rc
/// N on day D, a release after rc K falls on D + 7·(K − N + 1). What is uncertain is K, the number of the last
/// rc, learned as a weighted frequency over past cycles, conditioned on K ≥ N (the cycle is already at rc N).</para>
/// <para>Weights: recent cycles count more (half-life <see cref="HalfLifeCycles"/> cycles: the process became
/// more regular over the years), and cycles with the same <see cref="HolidaySeason"/> count more: where Christmas
/// fell in the rc phase. When the holidays fall on the last weeks before the usual release, the earlier such cycles
/// alone decide (each of them ran at least a week longer). Linus' own words override: "I expect an
/// rc8" conditions on K ≥ N + 1, "the final release next week" puts most weight on K = N.</para>
/// <para>Each candidate day is moved to the nearest Sunday, the day releases come out — but for the final Linus expects
/// next on a weekday he names ("on Saturday, since I'm traveling on Sunday"), which comes on that day.</para>
/// <para>In the merge window, rc1 is expected 14 days after the previous release (13–15 days in almost every
/// cycle since 2.6.13) — or as many days as the previous release's mail planned ("the merge window will be three
/// weeks") — which then anchors the same model. Back-tested in docs/forecast.md.</para>
/// </remarks>
public sealed class ReleaseForecaster(IReadOnlyList<CycleObservation> history)
{
    /// <summary>Share of probability the "latest" day covers.</summary>
    public const double Coverage = 0.9;

    /// <summary>How many cycles back a cycle's weight halves.</summary>
    public const double HalfLifeCycles = 20;

    /// <summary>Extra weight of a cycle with the same <see cref="HolidaySeason"/> as the one forecast.</summary>
    public const double SimilarSeasonWeight = 3;

    /// <summary>Earlier cycles with the holidays on their last weeks needed before they alone decide for such a cycle.</summary>
    public const int MinimumSimilarCycles = 2;

    /// <summary>Probability given to "final next" when Linus says so; the rest follows the history.</summary>
    public const double FinalNextConfidence = 0.85;

    /// <summary>Days from the previous release to rc1 assumed while the merge window is open.</summary>
    public const int MergeWindowDays = 14;

    /// <summary>The rc that ends a normal cycle: beyond it an rc is an extra one.</summary>
    public const int UsualLastRc = 7;

    private const int MaxRc = 12;

    /// <summary>
    /// Forecasts with what is known; throws when the history is empty. With <paramref name="today"/>, days before it
    /// are no longer possible: they are dropped and the rest renormalised, and <see cref="ReleaseForecast.Overdue"/>
    /// says that the range the data alone gives has passed.
    /// </summary>
    public ReleaseForecast Forecast(ForecastInput input, DateOnly? today = null)
    {
        var forecast = WithoutPastDays(FromData(input), today);
        if (!forecast.HasDate)
        {
            return forecast;
        }

        var (following, lastOfYear) = FollowingOf(forecast);
        return forecast with { Following = following, LastOfYearProbability = lastOfYear };
    }

    private static ReleaseForecast WithoutPastDays(ReleaseForecast forecast, DateOnly? today)
    {
        if (today is not { } day || forecast.Candidates.All(c => c.Date >= day))
        {
            return forecast with { AsOf = today ?? default };
        }

        var possible = forecast.Candidates.Where(c => c.Date >= day).ToList();
        var total = possible.Sum(c => c.Probability);
        return forecast with
        {
            Candidates = [.. possible.Select(c => c with { Probability = c.Probability / total })],
            AsOf = day,
            Overdue = forecast.Latest < day,
        };
    }

    /// <summary>
    /// The release after <paramref name="current"/>: its merge window opens on whichever day the current one comes out,
    /// so each of the current candidates opens a merge-window forecast of its own, weighted by that candidate's
    /// probability. Its number is the provisional one (only its rc1 settles it); each day keeps the last rc of the way to
    /// it that weighs most. With it, the probability that the current release is the last of its year: the weight of the
    /// ways on which the release after comes in a later year than the current one.
    /// </summary>
    private (ReleaseForecast Following, double LastOfYear) FollowingOf(ReleaseForecast current)
    {
        var version = current.Version.Release.ProvisionalSuccessor();
        var days = new Dictionary<DateOnly, (double Probability, double Heaviest, int LastRc)>();
        var lastOfYear = 0.0;
        foreach (var opening in current.Candidates)
        {
            foreach (var candidate in FromData(new ForecastInput(version, opening.Date, 0, null, null)).Candidates)
            {
                var weight = opening.Probability * candidate.Probability;
                var (sum, heaviest, lastRc) = days.GetValueOrDefault(candidate.Date);
                days[candidate.Date] = weight > heaviest ? (sum + weight, weight, candidate.LastRc) : (sum + weight, heaviest, lastRc);
                lastOfYear += candidate.Date.Year > opening.Date.Year ? weight : 0;
            }
        }

        var candidates = days.OrderBy(d => d.Key).Select(d => new ForecastCandidate(d.Key, d.Value.Probability, d.Value.LastRc)).ToList();
        return (new ReleaseForecast(version, candidates, current.TrainingCycles, current.AsOf), lastOfYear);
    }

    private ReleaseForecast FromData(ForecastInput input)
    {
        if (history.Count == 0)
        {
            throw new InvalidOperationException("No finished cycles to learn from.");
        }

        var rc = Math.Max(input.LatestRc, 1);
        // In the merge window, a length Linus planned with the release counts instead of the usual two weeks.
        var planned = input.LatestRc == 0 && input.PlannedMergeWindowDays is { } days && days != MergeWindowDays ? days : (int?)null;
        var anchor = input.LatestRc >= 1 && input.LatestRcOn is { } rcDay ? rcDay
            : input.MergeWindowOpenedOn is { } opened ? opened.AddDays((planned ?? MergeWindowDays) + (7 * (rc - 1)))
            : throw new ArgumentException("Neither an rc's day nor the merge window's opening is known.", nameof(input));
        var rc1 = input.LatestRc >= 1 ? anchor.AddDays(-7 * (input.LatestRc - 1)) : anchor;
        var season = HolidaySeasons.Of(rc1);

        // Holidays on the last weeks: those cycles alone decide once there are enough of them. Each of them ran longer,
        // and weighting alone would let the many cycles without holidays, most of which ended with rc7, outvote them.
        var similar = history.Count(h => h.Season == season);
        var alone = season == HolidaySeason.AtTheEnd && similar >= MinimumSimilarCycles;

        // Weighted frequency of the last rc number over finished cycles, newest weighing most.
        var weights = new double[MaxRc + 1];
        var ordered = history.OrderByDescending(h => h.Version).ToList();
        for (var age = 0; age < ordered.Count; age++)
        {
            var cycle = ordered[age];
            var weight = Math.Pow(0.5, age / HalfLifeCycles) * (cycle.Season == season ? SimilarSeasonWeight : alone ? 0 : 1);
            weights[Math.Clamp(cycle.LastRc, 1, MaxRc)] += weight;
        }

        // Linus' own words: the rc he expects to be the last gets most of the weight, the rest follows the history
        // (he is sometimes wrong: 5.17-rc7 expected the final and an rc8 came).
        // A last rc below every finished cycle's but one (rc2 at rc1) is no plan Linus has ever kept: a misreading, not
        // news, so the history decides alone.
        var earliestEnd = history.Min(h => h.LastRc) - 1;
        var stated = input.ExpectedLastRc is { } said && said >= rc && said <= MaxRc ? said
            : input.ExpectsExtraRc == false ? rc
            : (int?)null;
        var expected = stated >= earliestEnd ? stated : null;
        var minimum = input.ExpectsExtraRc == true ? rc + 1 : rc;
        var probabilities = Normalise(weights, minimum);
        if (expected is { } last)
        {
            var rest = Normalise(weights, minimum);
            var others = Enumerable.Range(0, MaxRc + 1).Where(k => k != last).Sum(k => rest[k]);
            for (var k = 0; k <= MaxRc; k++)
            {
                probabilities[k] = k == last ? FinalNextConfidence : others > 0 ? (1 - FinalNextConfidence) * rest[k] / others : 0;
            }
        }

        // "I'll do the final on Saturday, since I'm traveling on Sunday": the final Linus expects next comes on the day
        // he names, the weekday nearest that Sunday.
        var weekday = expected == rc ? input.ReleaseWeekday : null;
        var candidates = Enumerable.Range(minimum, MaxRc - minimum + 1)
            .Where(k => probabilities[k] > 0)
            .Select(k => new ForecastCandidate(NearestSunday(anchor.AddDays(7 * (k - rc + 1))), probabilities[k], k))
            .Select(c => weekday is { } day && c.LastRc == rc ? c with { Date = Nearest(c.Date, day) } : c)
            .ToList();
        var fromHistory = Normalise(weights, rc);
        var historyRc = Enumerable.Range(rc, MaxRc - rc + 1).MaxBy(k => fromHistory[k]);
        var basis = new ForecastBasis(input.LatestRc, input.LatestRc >= 1 ? anchor : input.MergeWindowOpenedOn!.Value, season, historyRc, fromHistory[historyRc], expected)
        {
            ComparableCycles = alone ? similar : history.Count,
            ReleaseWeekday = weekday,
            PlannedMergeWindowDays = planned,
        };
        return new ReleaseForecast(input.Version, candidates, history.Count) { Basis = basis };
    }

    /// <summary>
    /// Releases come on Sundays (72 of the 82 cycles with known rc data), even when rc1 came on a Saturday or
    /// Monday because Linus was travelling; so a day computed from an off-Sunday rc is moved to the nearest Sunday.
    /// </summary>
    public static DateOnly NearestSunday(DateOnly day) => Nearest(day, DayOfWeek.Sunday);

    /// <summary>The day of <paramref name="weekday"/> nearest <paramref name="day"/>: Saturday before a Sunday, Monday after it.</summary>
    public static DateOnly Nearest(DateOnly day, DayOfWeek weekday)
    {
        var ahead = ((int)weekday - (int)day.DayOfWeek + 7) % 7;
        return day.AddDays(ahead <= 3 ? ahead : ahead - 7);
    }

    // Probabilities of k ≥ minimum, with a small floor so that an outcome never seen (rc10) is unlikely, not impossible.
    private static double[] Normalise(double[] weights, int minimum)
    {
        var result = new double[weights.Length];
        var last = Math.Max(minimum + 1, Array.FindLastIndex(weights, w => w > 0) + 1);
        last = Math.Min(last, weights.Length - 1);
        var total = 0.0;
        for (var k = minimum; k <= last; k++)
        {
            result[k] = weights[k] + 0.05;
            total += result[k];
        }

        for (var k = minimum; k <= last; k++)
        {
            result[k] /= total;
        }

        return result;
    }
}
