using System.Text.Json;
using System.Text.RegularExpressions;

namespace KernelPortal.IntegrationTests.Cli;

public class ForecastBacktestCommandTests
{
    private static readonly string WholeMails = Path.Combine(AppContext.BaseDirectory, "fixtures", "mail", "whole");

    [Fact]
    public async Task Reports_the_stages_for_all_cycles_for_the_cycles_with_that_rcs_mail_and_for_the_cycles_the_mails_cover()
    {
        var result = await KportalProcess.RunAsync(["forecast", "backtest", "--json", "--mails", WholeMails]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        var backtested = root.GetProperty("releases").EnumerateArray().Select(r => r.GetProperty("version").GetString()!).ToHashSet();

        // What the fixtures are, read from their names ("6.12-rc7-never-is.eml"): the rc mails of backtested cycles.
        var rcMails = Directory.GetFiles(WholeMails, "*.eml")
            .Select(f => Regex.Match(Path.GetFileName(f), @"^(\d+\.\d+)-rc(\d+)-"))
            .Where(m => m.Success) // release mails ("6.14-a-day-late.eml") are no rc evidence
            .Select(m => (Version: m.Groups[1].Value, Rc: int.Parse(m.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)))
            .Where(m => backtested.Contains(m.Version))
            .Distinct() // two mails of one rc count once: the backtest reads the first
            .ToList();
        Assert.NotEmpty(rcMails);

        var stagesAll = root.GetProperty("summary").EnumerateArray().Select(s => s.GetProperty("stage").GetString()).ToList();
        Assert.Equal(["merge-window", "rc1", "rc5", "rc6", "rc7"], stagesAll);
        Assert.All(root.GetProperty("summary").EnumerateArray(), s => Assert.Equal(backtested.Count, s.GetProperty("count").GetInt32()));

        var withMails = root.GetProperty("withMails").EnumerateArray().ToDictionary(s => s.GetProperty("stage").GetString()!, s => s.GetProperty("count").GetInt32());
        Assert.Equal(rcMails.Count(m => m.Rc == 7), withMails["rc7"]);
        Assert.Equal(rcMails.Count(m => m.Rc == 1), withMails.GetValueOrDefault("rc1"));

        var mailCycles = root.GetProperty("mailCycles").EnumerateArray().ToList();
        Assert.Equal(stagesAll, mailCycles.Select(s => s.GetProperty("stage").GetString()).ToList());
        var covered = rcMails.Select(m => m.Version).Distinct().Count();
        Assert.Equal(covered, mailCycles.Single(s => s.GetProperty("stage").GetString() == "merge-window").GetProperty("count").GetInt32());

        // A forecast at rc7 made from a mail says so in its row.
        var sixTwelve = root.GetProperty("releases").EnumerateArray().Single(r => r.GetProperty("version").GetString() == "6.12");
        Assert.True(sixTwelve.GetProperty("forecasts").EnumerateArray().Single(f => f.GetProperty("stage").GetString() == "rc7").GetProperty("fromMail").GetBoolean());

        // The release after each backtested one but the newest, forecast at the rc7 before it.
        var following = root.GetProperty("following");
        Assert.Equal("following", following.GetProperty("stage").GetString());
        Assert.Equal(backtested.Count - 1, following.GetProperty("count").GetInt32());
    }

    [Fact]
    public async Task The_same_mail_in_two_files_counts_once()
    {
        var folder = Directory.CreateTempSubdirectory("kportal-backtest-").FullName;
        try
        {
            var mail = Path.Combine(WholeMails, "6.12-rc7-never-is.eml");
            File.Copy(mail, Path.Combine(folder, "a.eml"));
            File.Copy(mail, Path.Combine(folder, "b.eml"));

            var result = await KportalProcess.RunAsync(["forecast", "backtest", "--mails", folder]);

            Assert.Equal(0, result.ExitCode);
            Assert.Contains($"1 rc and 0 release announcements read from {folder}, 1 read twice and counted once", result.Error, StringComparison.Ordinal);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task A_mail_folder_that_is_not_there_is_bad_input()
    {
        var result = await KportalProcess.RunAsync(["forecast", "backtest", "--mails", "/nonexistent/mails"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--mails: no such folder or file: /nonexistent/mails", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }
}
