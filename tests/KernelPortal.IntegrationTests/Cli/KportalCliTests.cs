using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Cli;

public class KportalCliTests(PostgresFixture database) : DatabaseTest(database)
{
    [Fact]
    public async Task Help_lists_the_commands()
    {
        var result = await KportalProcess.RunAsync(["--help"]);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("migrate", result.Output, StringComparison.Ordinal);
        Assert.Contains("seed-demo", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Migrate_reports_an_up_to_date_database()
    {
        var result = await KportalProcess.RunAsync(["migrate"], Database.ConnectionString);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("up to date", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Seed_demo_loads_once_and_then_leaves_the_database_alone()
    {
        var first = await KportalProcess.RunAsync(["seed-demo", "--connection", Database.ConnectionString]);
        await using var db = Database.CreateContext();
        var releases = await db.Releases.CountAsync(TestContext.Current.CancellationToken);
        var second = await KportalProcess.RunAsync(["seed-demo", "--connection", Database.ConnectionString]);

        Assert.Equal(0, first.ExitCode);
        Assert.Contains("Loaded 125 releases", first.Output, StringComparison.Ordinal);
        Assert.Equal(125, releases);
        Assert.Equal(0, second.ExitCode);
        Assert.Contains("nothing was loaded", second.Output, StringComparison.Ordinal);
        Assert.Equal(125, await db.Releases.CountAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task A_missing_connection_string_is_a_clear_error()
    {
        var result = await KportalProcess.RunAsync(["migrate"]);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("ConnectionStrings__Portal", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_that_cannot_be_reached_is_one_clear_line_without_a_stack_trace()
    {
        // Every connection is refused: EF's execution strategy retries and then gives up.
        var port = RefusedPort.Next();

        var result = await KportalProcess.RunAsync(["forecast", "show", "--connection", RefusedPort.ConnectionString(port)]);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("kportal: cannot use the database", result.Error.Trim(), StringComparison.Ordinal);
        Assert.Contains($"Failed to connect to 127.0.0.1:{port}", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("fail:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_command_is_a_usage_error()
    {
        var result = await KportalProcess.RunAsync(["frobnicate"]);

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("frobnicate", result.Error, StringComparison.Ordinal);
    }
}
