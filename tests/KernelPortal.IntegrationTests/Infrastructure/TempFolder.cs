namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>A folder under /tmp that is deleted when the test ends.</summary>
internal sealed class TempFolder : IDisposable
{
    private int _counter;

    public string Path { get; } = Directory.CreateTempSubdirectory("kernelportal-test-").FullName;

    /// <summary>Writes mails as numbered files, so a folder read in name order sees them in the given order.</summary>
    public void Write(IEnumerable<(string Version, string Mail)> mails)
    {
        foreach (var (version, mail) in mails)
        {
            File.WriteAllText(System.IO.Path.Combine(Path, $"{_counter++:D4}-{version}.eml"), mail);
        }
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
