namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// A forecast of a release day: candidate Sundays with probabilities, the most likely one, and the range
/// that holds <see cref="ReleaseForecaster.Coverage"/> of the probability. Only days from <see cref="AsOf"/> on are
/// candidates: a release cannot come yesterday.
/// </summary>
/// <param name="Version">The release forecast.</param>
/// <param name="Candidates">Possible days with their probabilities (summing to 1), none before <paramref name="AsOf"/>; empty when every day the history allows has passed.</param>
/// <param name="TrainingCycles">Finished cycles it learned from.</param>
/// <param name="AsOf">The day the forecast was made for (today).</param>
/// <param name="Overdue">The latest day of the range as forecast from the data alone has passed without a release: either the cycle runs long or the data is stale.</param>
public sealed record ReleaseForecast(KernelVersion Version, IReadOnlyList<ForecastCandidate> Candidates, int TrainingCycles, DateOnly AsOf = default, bool Overdue = false)
{
    /// <summary>What the forecast rests on, for the "why" list readers see.</summary>
    public ForecastBasis? Basis { get; init; }

    /// <summary>
    /// The release after this one, for readers who plan further ahead: its merge window opens the day this one comes
    /// out (<see cref="ReleaseForecaster"/>). Null for a forecast without a date and for the following release itself.
    /// </summary>
    public ReleaseForecast? Following { get; init; }

    /// <summary>
    /// The probability that this release is the last of the year it comes out in: that the release after it comes in a
    /// later year. The year's last release usually becomes the new long-term kernel. Null where no release after is
    /// forecast.
    /// </summary>
    public double? LastOfYearProbability { get; init; }

    /// <summary>False when no day the history allows is left (all have passed): no date may then be shown.</summary>
    public bool HasDate => Candidates.Count > 0;

    /// <summary>True when every candidate day is a Sunday: false only for a final Linus named for another weekday.</summary>
    public bool OnSundaysOnly => Candidates.All(c => c.Date.DayOfWeek == DayOfWeek.Sunday);

    /// <summary>The single most likely day (ties go to the earlier one).</summary>
    public DateOnly MostLikely => Candidates.OrderByDescending(c => c.Probability).ThenBy(c => c.Date).First().Date;

    /// <summary>Probability of <see cref="MostLikely"/>.</summary>
    public double MostLikelyProbability => Candidates.Where(c => c.Date == MostLikely).Sum(c => c.Probability);

    /// <summary>The earliest candidate with a real chance.</summary>
    public DateOnly Earliest => Candidates.OrderBy(c => c.Date).First(c => c.Probability >= 0.02).Date;

    /// <summary>The day by which the release comes with <see cref="ReleaseForecaster.Coverage"/> probability: "spätestens".</summary>
    public DateOnly Latest
    {
        get
        {
            var sum = 0.0;
            foreach (var candidate in Candidates.OrderBy(c => c.Date))
            {
                sum += candidate.Probability;
                if (sum >= ReleaseForecaster.Coverage)
                {
                    return candidate.Date;
                }
            }

            return Candidates.Max(c => c.Date);
        }
    }
}
