using System.Diagnostics;

namespace KernelPortal.IntegrationTests.Cli;

/// <summary>Runs the real <c>kportal</c> program (copied next to the tests by the project reference) as a child process.</summary>
internal static class KportalProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>
    /// kportal as its own build left it (artifacts/bin/KernelPortal.Cli/{configuration}/), not the copy beside the
    /// tests: this test project runs on the ASP.NET Core framework, so its folder lacks assemblies that a console app
    /// brings itself (System.Threading.RateLimiting for the resilience pipeline), and the copy would fail to load them.
    /// </summary>
    private static string KportalDll { get; } = FindKportal();

    private static string FindKportal()
    {
        var testFolder = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var path = Path.Combine(testFolder.Parent!.Parent!.FullName, "KernelPortal.Cli", testFolder.Name, "kportal.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException($"kportal is not built at {path}; build KernelPortal.sln first.", path);
    }

    public static async Task<Result> RunAsync(IEnumerable<string> arguments, string? connectionString = null, string? standardInput = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(KportalDll);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The child must see only the connection string the test gives it.
        start.Environment.Remove("ConnectionStrings__Portal");
        if (connectionString is not null)
        {
            start.Environment["ConnectionStrings__Portal"] = connectionString;
        }

        using var process = Process.Start(start)!;
        if (standardInput is not null)
        {
            await process.StandardInput.WriteAsync(standardInput);
        }

        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await process.WaitForExitAsync(timeout.Token);
        return new Result(process.ExitCode, await output, await error);
    }
}
