using System.Text.Json;

namespace KernelPortal.IntegrationTests.Cli;

public class AnnouncementParseCommandTests
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "mail", name);

    [Fact]
    public async Task Prints_one_object_per_file_in_the_documented_shape()
    {
        var result = await KportalProcess.RunAsync(["announcement", "parse", "--json", Fixture("linux-4.0-rc7.eml"), Fixture("linux-4.0.eml"), Fixture("breaks-laptop.eml")]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(3, items.Count);
        var rc7 = items[0];
        Assert.Equal(Fixture("linux-4.0-rc7.eml"), rc7.GetProperty("file").GetString());
        Assert.Equal("rc", rc7.GetProperty("kind").GetString());
        Assert.Equal("4.0", rc7.GetProperty("version").GetString());
        Assert.Equal(7, rc7.GetProperty("rc").GetInt32());
        Assert.Equal("2015-04-05T18:31:40-07:00", rc7.GetProperty("date").GetString());
        Assert.Equal("CA+55aFxFixtureRc7MessageIdBBBB@mail.gmail.com", rc7.GetProperty("messageId").GetString());
        Assert.Equal("Linux 4.0-rc7", rc7.GetProperty("subject").GetString());
        Assert.Equal(6, rc7.GetProperty("shortlogCommits").GetInt32());
        Assert.Equal(JsonValueKind.Null, rc7.GetProperty("error").ValueKind);
        Assert.Equal("release", items[1].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("rc").ValueKind);
        Assert.Equal("other", items[2].GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, items[2].GetProperty("version").ValueKind);
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("nextMergeWindow").ValueKind);
    }

    [Fact]
    public async Task Prints_the_next_merge_window_a_release_mail_plans()
    {
        var result = await KportalProcess.RunAsync(["announcement", "parse", "--json", Fixture(Path.Combine("whole", "7.28-three-week-merge-window.eml"))]);

        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var plan = json.RootElement[0].GetProperty("nextMergeWindow");
        Assert.Equal(21, plan.GetProperty("days").GetInt32());
        Assert.StartsWith("But it's going to be a bit different this time: I'll be traveling", plan.GetProperty("sentence").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_bad_and_missing_files_in_their_objects_and_exits_1()
    {
        var result = await KportalProcess.RunAsync(["announcement", "parse", "--json", Fixture("missing-date.eml"), "/nonexistent/mail.eml", Fixture("linux-4.0.eml")]);

        Assert.Equal(1, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Contains("Date", items[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal("file not found", items[1].GetProperty("error").GetString());
        Assert.Equal("release", items[2].GetProperty("kind").GetString());
    }
}
