using System.CommandLine;
using System.Globalization;
using KernelPortal.Cli.Json;
using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;
using KernelPortal.Ingestion.Mail;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace KernelPortal.Cli.Commands;

/// <summary><c>kportal forecast backtest|show</c>: the release-date forecast and how well it does on the past.</summary>
internal static class ForecastCommand
{
    public static Command Create()
    {
        var json = new Option<bool>("--json") { Description = "Print JSON instead of a table." };
        var mails = new Option<string?>("--mails")
        {
            Description = "A folder (or mbox/mail files' folder) of Linus' announcements: a forecast at rcN then uses that mail's day and what its prose says, one in the merge window the length the previous release's mail planned.",
        };
        var backtest = new Command("backtest", "Forecast every past release at the merge window, rc1, rc5, rc6 and rc7 from the cycles before it, against the naive 'rc1 + 7 weeks'.");
        backtest.Options.Add(json);
        backtest.Options.Add(mails);
        backtest.SetAction(async (result, ct) =>
        {
            var evidence = new List<MailEvidence>();
            var releaseEvidence = new List<ReleaseMailEvidence>();
            if (result.GetValue(mails) is { } folder)
            {
                if (!Directory.Exists(folder) && !File.Exists(folder))
                {
                    await Console.Error.WriteLineAsync($"kportal: --mails: no such folder or file: {folder}");
                    return ExitCodes.BadInput;
                }

                var unreadable = 0;
                // The same mail twice (a file beside the mbox it also sits in) is one mail, as in the database.
                var seen = new HashSet<string>(StringComparer.Ordinal);
                var repeated = 0;
                await foreach (var parsed in new MailFileSource([folder]).ReadAsync(ct))
                {
                    if (parsed.Mail is { } any && !seen.Add(any.MessageId))
                    {
                        repeated++;
                    }
                    else if (parsed.Mail is { Kind: MailKind.ReleaseCandidate, Version: { Rc: { } rc } version } mail)
                    {
                        evidence.Add(new MailEvidence(version.Release, rc, mail.LocalDate, mail.Hint.ExpectsExtraRc, mail.Hint.ExpectedLastRc, mail.Hint.LeftOpen, mail.Hint.ReleaseWeekday));
                    }
                    else if (parsed.Mail is { Kind: MailKind.Release, Version: { } released } final)
                    {
                        releaseEvidence.Add(new ReleaseMailEvidence(released.Release, final.Hint.MergeWindow?.Days));
                    }
                    else if (parsed.Error is { } error)
                    {
                        // The backtest goes on without it, but the reader of the figures learns which mail is missing.
                        unreadable++;
                        await Console.Error.WriteLineAsync($"kportal: {parsed.Source}: error: {error}");
                    }
                }

                await Console.Error.WriteLineAsync($"kportal: {evidence.Count} rc and {releaseEvidence.Count} release announcements read from {folder}{(unreadable > 0 ? $", {unreadable} unreadable" : "")}{(repeated > 0 ? $", {repeated} read twice and counted once" : "")}");
            }

            var backtested = ForecastBacktest.Run(ReleaseHistory.Load(), evidence, releaseEvidence);
            if (result.GetValue(json))
            {
                CliJson.Write(new
                {
                    releases = backtested.Rows.Select(r => new
                    {
                        version = r.Version.ToString(),
                        releasedOn = r.ReleasedOn,
                        lastRc = r.LastRc,
                        forecasts = r.Points.Select(p => new { stage = StageName(p.Stage), forecast = p.Forecast, error = p.Error, latest = p.Latest, inRange = p.InRange, naive = p.Naive, naiveError = p.NaiveError, brier = p.Brier, naiveBrier = p.NaiveBrier, fromMail = p.FromMail }),
                    }),
                    summary = backtested.Summary.Select(Summary),
                    withMails = backtested.WithMails.Select(Summary),
                    mailCycles = backtested.MailCycles.Select(Summary),
                    following = Summary(backtested.Following),
                    reliability = backtested.Reliability,
                });
                return ExitCodes.Success;
            }

            Console.WriteLine("version  released    rcs  | merge window | rc1          | rc5          | rc6          | rc7          (forecast, error in days; naive error; * from a mail)");
            foreach (var row in backtested.Rows)
            {
                var cells = ForecastBacktest.Stages.Select(stage => row.Points.FirstOrDefault(p => p.Stage == stage) is { } p
                    ? string.Create(CultureInfo.InvariantCulture, $"{p.Forecast:MM-dd}{(p.FromMail ? '*' : ' ')}{p.Error,3:+0;-0;0} {p.NaiveError,3:+0;-0;0}")
                    : "      –     ");
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{row.Version,-8} {row.ReleasedOn:yyyy-MM-dd} rc{row.LastRc,-2} | {string.Join(" | ", cells)}"));
            }

            PrintSummary("all cycles", backtested.Summary);
            if (backtested.WithMails.Count > 0)
            {
                PrintSummary("cycles with a mail of that rc", backtested.WithMails);
            }

            if (backtested.MailCycles.Count > 0)
            {
                PrintSummary("cycles the mails cover (a mail of any rc), every stage", backtested.MailCycles);
            }

            PrintSummary("the release after, forecast at the rc7 before it (naive: that rc1 + 7 weeks + 9 weeks)", [backtested.Following]);

            Console.WriteLine();
            Console.WriteLine("reliability: days given probability p … came true");
            foreach (var bin in backtested.Reliability.Where(b => b.Count > 0))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  p {bin.From:0.0}–{bin.To:0.0}  n {bin.Count,4}  mean p {bin.MeanProbability,5:P0}  came true {bin.ObservedFrequency,5:P0}"));
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

            // The forecast's own day (the injected clock's), so the sentences speak of the day it was made for.
            var today = forecast.AsOf;
            Console.WriteLine(ForecastText.Sentence(forecast, Language.De, today, release.IsProvisional));
            Console.WriteLine(ForecastText.Sentence(forecast, Language.En, today, release.IsProvisional));
            foreach (var c in forecast.Candidates.Where(c => c.Probability >= 0.005))
            {
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {c.Date:yyyy-MM-dd} after rc{c.LastRc}: {c.Probability:P0}"));
            }

            if (forecast.HasDate)
            {
                Console.WriteLine("Why:");
                foreach (var reason in ForecastText.Reasons(forecast, Language.En))
                {
                    Console.WriteLine("  - " + reason);
                }
            }

            if (forecast.Following is { HasDate: true } following)
            {
                Console.WriteLine(ForecastText.Following(following, Language.En, today));
            }

            if (ForecastText.LastOfYear(forecast, Language.En, release.IsProvisional) is { } lastOfYear)
            {
                Console.WriteLine(lastOfYear);
            }

            return ExitCodes.Success;
        }));

        var command = new Command("forecast", "Release-date forecasts.");
        command.Subcommands.Add(backtest);
        command.Subcommands.Add(show);
        return command;
    }

    private static string StageName(int stage) => stage switch
    {
        ForecastBacktest.FollowingStage => "following",
        0 => "merge-window",
        _ => $"rc{stage}",
    };

    private static object Summary(BacktestSummary s) => new
    {
        stage = StageName(s.Stage),
        count = s.Count,
        meanAbsoluteError = s.MeanAbsoluteError,
        naiveMeanAbsoluteError = s.NaiveMeanAbsoluteError,
        exactShare = s.ExactShare,
        naiveExactShare = s.NaiveExactShare,
        rangeCoverage = s.RangeCoverage,
        brier = s.Brier,
        naiveBrier = s.NaiveBrier,
    };

    private static void PrintSummary(string title, IReadOnlyList<BacktestSummary> summary)
    {
        Console.WriteLine();
        Console.WriteLine(title);
        Console.WriteLine("stage         n   MAE model  MAE naive  exact model  exact naive  in range  Brier model  Brier naive");
        foreach (var s in summary)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{StageName(s.Stage),-12} {s.Count,3}   {s.MeanAbsoluteError,9:0.00}  {s.NaiveMeanAbsoluteError,9:0.00}  {s.ExactShare,11:P1}  {s.NaiveExactShare,11:P1}  {s.RangeCoverage,8:P1}  {s.Brier,11:0.000}  {s.NaiveBrier,11:0.000}"));
        }
    }
}
