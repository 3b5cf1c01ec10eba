namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>The repository the tests run from: docs, sources and scripts that tests read.</summary>
public static class Repository
{
    /// <summary>The folder with KernelPortal.sln, found above the test assembly.</summary>
    public static string Root { get; } = Find();

    private static string Find()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "KernelPortal.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("KernelPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
