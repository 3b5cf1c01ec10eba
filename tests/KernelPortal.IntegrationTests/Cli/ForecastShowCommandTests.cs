using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Cli;

public class ForecastShowCommandTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Prints_the_forecast_its_days_and_why()
    {
        // kportal runs on the real clock: a merge window that opened three days ago, after two finished cycles.
        var opened = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-3);
        await using (var db = Database.CreateContext())
        {
            db.Releases.Add(new ReleaseBuilder("3.19").OpenedOn(2014, 12, 7).WithCandidates(7).Released(2015, 2, 8).Build());
            db.Releases.Add(new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(7).Released(2015, 4, 12).Build());
            db.Releases.Add(new ReleaseBuilder("4.1").OpenedOn(opened.Year, opened.Month, opened.Day).Build());
            await db.SaveChangesAsync(Ct);
        }

        var result = await KportalProcess.RunAsync(["forecast", "show"], Database.ConnectionString);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("Linux 4.1 erscheint voraussichtlich am", result.Output, StringComparison.Ordinal);
        // The day itself depends on the real date (the Sunday nearest, the holidays): its shape does not.
        Assert.Matches(@"(?m)^  \d{4}-\d{2}-\d{2} after rc7: \d+\s?%$", result.Output);
        Assert.Contains("Why:\n  - ", result.Output, StringComparison.Ordinal);
        Assert.Contains("of comparable cycles (of 2, recent ones weighing more) ended with rc7.", result.Output, StringComparison.Ordinal);
        Assert.Contains("The release after it (provisionally 4.2) will probably follow on", result.Output, StringComparison.Ordinal);
    }
}
