using System.Diagnostics;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>A real git repository in /tmp, built commit by commit with the machine's git, deleted after the test.</summary>
internal sealed class TestRepository : IDisposable
{
    private TestRepository(string path) => Path = path;

    public string Path { get; }

    public static TestRepository Create()
    {
        var repository = new TestRepository(Directory.CreateTempSubdirectory("kernelportal-git-").FullName);
        repository.Git("init", "-q", "-b", "master");
        repository.Git("config", "user.name", "Fixture Maintainer");
        repository.Git("config", "user.email", "maintainer@example.org");
        return repository;
    }

    public TestRepository Write(string path, string content)
    {
        var full = System.IO.Path.Combine(Path, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllText(full, content);
        return this;
    }

    public TestRepository WriteBytes(string path, byte[] content)
    {
        var full = System.IO.Path.Combine(Path, path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        File.WriteAllBytes(full, content);
        return this;
    }

    /// <summary>Commits everything with the given committer date (ISO 8601 with offset), returning the commit id.</summary>
    public string Commit(string message, string date)
    {
        Git("add", "-A");
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }, "commit", "-q", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    /// <summary>Commits everything as the given author and committer ("Name &lt;mail&gt;"), returning the commit id.</summary>
    public string CommitAs(string message, string date, string author, string? committer = null)
    {
        static (string Name, string Email) Split(string person) =>
            (person[..person.IndexOf('<', StringComparison.Ordinal)].Trim(), person[(person.IndexOf('<', StringComparison.Ordinal) + 1)..person.IndexOf('>', StringComparison.Ordinal)]);
        var (authorName, authorEmail) = Split(author);
        var (committerName, committerEmail) = Split(committer ?? author);
        Git("add", "-A");
        Git(new Dictionary<string, string>
        {
            ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date,
            ["GIT_AUTHOR_NAME"] = authorName, ["GIT_AUTHOR_EMAIL"] = authorEmail,
            ["GIT_COMMITTER_NAME"] = committerName, ["GIT_COMMITTER_EMAIL"] = committerEmail,
        }, "commit", "-q", "--allow-empty", "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Merge(string branch, string message, string date)
    {
        Git(new Dictionary<string, string> { ["GIT_AUTHOR_DATE"] = date, ["GIT_COMMITTER_DATE"] = date }, "merge", "-q", "--no-ff", branch, "-m", message);
        return Git("rev-parse", "HEAD").Trim();
    }

    public string Git(params string[] arguments) => Git(new Dictionary<string, string>(), arguments);

    public string Git(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', arguments)}: {error}");
    }

    /// <summary>Runs a shell pipeline in the repository (the Kernel-Log's own commands are the reference).</summary>
    public string Shell(string command, string? workingDirectory = null)
    {
        var start = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = workingDirectory ?? Path };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add(command);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output.Trim() : throw new InvalidOperationException($"{command}: {error}");
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
