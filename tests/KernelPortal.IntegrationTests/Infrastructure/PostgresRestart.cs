using System.Diagnostics;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Restarts the test cluster (fast shutdown: every session is cut off, as in a crash or a failover).</summary>
internal static class PostgresRestart
{
    public const string VariableName = "KERNELPORTAL_TEST_PGDIR";

    /// <summary>The cluster folder ./scripts/test.sh started; an outside database (CI service container) has none.</summary>
    public static string? ClusterDirectory => Environment.GetEnvironmentVariable(VariableName) is { Length: > 0 } dir ? dir : null;

    /// <summary>
    /// Fails (never skips) when the tests run against a database they may not restart: a green run must have run the
    /// fault tests. ./scripts/test.sh always starts a cluster of its own and sets the variable, in CI too.
    /// </summary>
    public static void RequireOwnCluster()
    {
        if (ClusterDirectory is null)
        {
            throw new InvalidOperationException($"{VariableName} is not set: the database is not a cluster this test run may restart. Run the tests with ./scripts/test.sh, which starts a cluster of its own (also on GitHub), instead of pointing KERNELPORTAL_TEST_DB at a shared server.");
        }
    }

    public static async Task RunAsync()
    {
        var script = Path.Combine(Repository.Root, "scripts", "lib", "pg-restart.sh");
        var start = new ProcessStartInfo("bash") { RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(script);
        start.ArgumentList.Add(ClusterDirectory!);
        using var process = Process.Start(start)!;
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"restarting PostgreSQL failed: {error}");
    }
}
