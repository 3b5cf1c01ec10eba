using System.CommandLine;
using System.Globalization;
using KernelPortal.Cli.Json;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal forecast backtest|show</c>: the release-date forecast and how well it does on the past.</summary>
internal static class ForecastCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var backtest = new Command("backtest", "Forecast every past release at the merge window, rc1, rc5 and rc7 from the cycles before it, against the naive 'rc1 + 7 weeks'.");
        backtest.Options.Add(json);
        backtest.SetAction(result =>
        {
            var (rows, summary) = ForecastBacktest.Run(ReleaseHistory.Load());
            if (result.GetValue(json))
            {
                CliJson.Write(new
                {
                    releases = rows.Select(r => new
                    {
                        version = r.Version.ToString(),
                        releasedOn = r.ReleasedOn,
                        lastRc = r.LastRc,
                        forecasts = r.Points.Select(p => new { stage = StageName(p.Stage), forecast = p.Forecast, error = p.Error, latest = p.Latest, inRange = p.InRange, naive = p.Naive, naiveError = p.NaiveError }),
                    }),
                    summary = summary.Select(s => new { stage = StageName(s.Stage), s.Count, s.MeanAbsoluteError, s.NaiveMeanAbsoluteError, s.ExactShare, s.NaiveExactShare, s.RangeCoverage }),
                });
                return ExitCodes.Success;
            }

            Console.WriteLine("version  released    rcs  | merge window | rc1          | rc5          | rc7          (forecast, error in days; naive error)");
            foreach (var row in rows)
            {
                var cells = ForecastBacktest.Stages.Select(stage => row.Points.FirstOrDefault(p => p.Stage == stage) is { } p
                    ? string.Create(CultureInfo.InvariantCulture, $"{p.Forecast:MM-dd} {p.Error,3:+0;-0;0} {p.NaiveError,3:+0;-0;0}")
                    : "      –     ");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Version,-8} {row.ReleasedOn:yyyy-MM-dd} rc{row.LastRc,-2} | {string.Join(" | ", cells)}"));
            }

            Console.WriteLine();
            Console.WriteLine("stage         n   MAE model  MAE naive  exact model  exact naive  in range");
            foreach (var s in summary)
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"{StageName(s.Stage),-12} {s.Count,3}   {s.MeanAbsoluteError,9:0.00}  {s.NaiveMeanAbsoluteError,9:0.00}  {s.ExactShare,11:P1}  {s.NaiveExactShare,11:P1}  {s.RangeCoverage,8:P1}"));
            }

            return ExitCodes.Success;
        });

        var show = new Command("show", "Forecast the release in progress from the database.");
        show.SetAction((result, ct) => CliHost.RunAsync(result.GetValue(GlobalOptions.Connection), async services =>
        {
            var db = services.GetRequiredService<PortalDbContext>();
            var release = (await db.Releases.AsNoTracking().Where(r => r.State != ReleaseState.Released).ToListAsync(ct)).MaxBy(r => r.Version);
            if (release is null || await services.GetRequiredService<ForecastService>().ForecastAsync(release, ct) is not { } forecast)
            {
                Console.WriteLine("No release in progress with a known merge-window date.");
                return ExitCodes.Success;
            }

            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            Console.WriteLine(ForecastText.Sentence(forecast, Language.De, today, release.IsProvisional));
            Console.WriteLine(ForecastText.Sentence(forecast, Language.En, today, release.IsProvisional));
            foreach (var c in forecast.Candidates.Where(c => c.Probability >= 0.005))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Date:yyyy-MM-dd} after rc{c.LastRc}: {c.Probability:P0}"));
            }

            return ExitCodes.Success;
        }));

        var command = new Command("forecast", "Release-date forecasts.");
        command.Subcommands.Add(backtest);
        command.Subcommands.Add(show);
        return command;
    }

    private static string StageName(int stage) => stage == 0 ? "merge-window" : $"rc{stage}";
}
