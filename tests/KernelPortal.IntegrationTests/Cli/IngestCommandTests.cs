using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Cli;

public class IngestCommandTests(PostgresFixture database) : DatabaseTest(database)
{
    private static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "fixtures", "mail", name);

    [Fact]
    public async Task Ingests_mails_reports_bad_ones_and_stores_nothing_twice()
    {
        string[] args = ["ingest", "mail", Fixture("linux-4.0-rc1.eml"), Fixture("linux-4.0-rc7.eml"), Fixture("linux-4.0.eml"), Fixture("breaks-laptop.eml"), Fixture("missing-date.eml")];

        var first = await KportalProcess.RunAsync(args, Database.ConnectionString);
        var second = await KportalProcess.RunAsync(args, Database.ConnectionString);

        Assert.Equal(1, first.ExitCode);
        Assert.Contains("5 items read, 3 new announcements, 1 failed", first.Output, StringComparison.Ordinal);
        Assert.Contains("missing-date.eml: missing header: Date", first.Error, StringComparison.Ordinal);
        Assert.Contains("skipped", first.Error, StringComparison.Ordinal);
        Assert.Contains("0 new announcements", second.Output, StringComparison.Ordinal);
        await using var db = Database.CreateContext();
        Assert.Equal(3, await db.Announcements.CountAsync(TestContext.Current.CancellationToken));
        Assert.Equal(2, await db.IngestionRuns.CountAsync(TestContext.Current.CancellationToken));
        var releases = await db.Releases.OrderBy(r => r.Major).ThenBy(r => r.Minor).Select(r => r.VersionText + (r.IsProvisional ? "?" : "")).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(["4.0", "4.1?"], releases);
    }

    [Fact]
    public async Task Two_instances_ingesting_the_same_mails_at_once_store_each_announcement_exactly_once()
    {
        using var folder = new TempFolder();
        var history = AnnouncementMailWriter.History();
        folder.Write(history);

        var results = await Task.WhenAll(
            KportalProcess.RunAsync(["ingest", "mail", folder.Path], Database.ConnectionString),
            KportalProcess.RunAsync(["ingest", "mail", folder.Path], Database.ConnectionString));

        Assert.All(results, r => Assert.Equal(0, r.ExitCode));
        await using var db = Database.CreateContext();
        Assert.Equal(history.Count, await db.Announcements.CountAsync(TestContext.Current.CancellationToken));
        var runs = await db.IngestionRuns.ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(history.Count, runs.Sum(r => r.ItemsNew));
        Assert.All(runs, r => Assert.Equal(0, r.ItemsFailed));
    }

    [Fact]
    public async Task A_folder_of_mails_with_an_index_beside_them_is_read_without_an_error()
    {
        using var folder = new TempFolder();
        var history = AnnouncementMailWriter.History();
        folder.Write(history);
        File.WriteAllText(System.IO.Path.Combine(folder.Path, "index.csv"), "file,version,what_followed\n4.0-rc7.eml,4.0,final\n");

        var result = await KportalProcess.RunAsync(["ingest", "mail", folder.Path], Database.ConnectionString);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains($"{history.Count + 1} items read, {history.Count} new announcements, 0 failed", result.Output, StringComparison.Ordinal);
        Assert.Contains("index.csv: not a mail", result.Error, StringComparison.Ordinal);
    }
}
