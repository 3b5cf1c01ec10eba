namespace KernelPortal.Core.Releases.Forecasting;

/// <summary>
/// How the forecast would have done on the releases the portal knows: the walk-forward backtest
/// (<see cref="ForecastBacktest"/>) over the stored history and the stored mails, so that readers can judge the forecast
/// by its record — on each released release's page what it would have said in the merge window, at rc1, rc5, rc6 and
/// rc7, and on the releases index how often it hit the day. Each release is forecast only from the cycles finished
/// before it and from its own mails up to each stage, as the portal forecasts a release in progress.
/// </summary>
public static class ForecastTrackRecord
{
    /// <summary>
    /// The backtest of every released release with rc data, from the releases (with their rcs and the rc mails'
    /// readings) and the release mails (for the merge window each planned), keyed by release id.
    /// </summary>
    public static ForecastBacktest.Result Of(IReadOnlyList<Release> releases, IReadOnlyDictionary<int, Announcement> releaseMails)
    {
        var finished = releases
            .Where(r => r.State == ReleaseState.Released && r.ReleasedOn is not null && r.Rc1On is not null && r.Candidates.Count > 0)
            .OrderBy(r => r.Version)
            .ToList();
        var history = finished.Select(r =>
        {
            var lastRc = r.Candidates.Max(c => c.Number);
            var days = Enumerable.Range(1, lastRc).Select(n => r.Candidates.FirstOrDefault(c => c.Number == n)?.AnnouncedOn).ToList();
            return new ReleaseHistoryRow(r.Version, r.ReleasedOn!.Value, r.Rc1On, lastRc, days, null, null, null, null, null, null, "yes", false, false, string.Empty);
        }).ToList();
        var mails = finished
            .SelectMany(r => r.Candidates
                .Where(c => c.Announcement is not null && c.AnnouncedOn is not null)
                .Select(c => new MailEvidence(r.Version, c.Number, c.AnnouncedOn!.Value, c.Announcement!.ExpectsExtraRc, c.Announcement.ExpectedLastRc, c.Announcement.ScheduleLeftOpen, c.Announcement.ReleaseWeekday)))
            .ToList();
        var opening = finished
            .Where(r => releaseMails.ContainsKey(r.Id))
            .Select(r => new ReleaseMailEvidence(r.Version, releaseMails[r.Id].MergeWindowDays))
            .ToList();
        return ForecastBacktest.Run(history, mails, opening);
    }
}
