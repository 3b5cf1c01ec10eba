using System.ComponentModel;
using System.Diagnostics;

namespace KernelPortal.Ingestion.Git;

/// <summary>
/// Runs the machine's <c>git</c> against one repository (bare or not) with <c>git -C DIR</c>. Plain git is the
/// reference the statistics must agree with, so the portal asks it rather than reimplementing its diff.
/// </summary>
public sealed class GitRunner
{
    private GitRunner(string repository) => Repository = repository;

    public string Repository { get; }

    /// <summary>Opens a repository, failing clearly when the folder is missing or not a git repository.</summary>
    public static async Task<GitRunner> OpenAsync(string repository, CancellationToken cancellationToken)
    {
        if (!Directory.Exists(repository))
        {
            throw new GitException($"repository not found: {repository}");
        }

        var runner = new GitRunner(Path.GetFullPath(repository));
        var (code, _, _) = await runner.TryRunAsync(["rev-parse", "--git-dir"], cancellationToken);
        return code == 0 ? runner : throw new GitException($"not a git repository: {repository}");
    }

    /// <summary>The commit a tag or revision names; a clear error when it does not exist.</summary>
    public async Task<string> ResolveCommitAsync(string revision, CancellationToken cancellationToken)
    {
        if (revision.Length == 0 || revision.StartsWith('-') || revision.Any(char.IsControl))
        {
            throw new GitException($"not a valid tag or revision: '{revision}'");
        }

        var (code, output, _) = await TryRunAsync(["rev-parse", "--verify", "--quiet", "--end-of-options", revision + "^{commit}"], cancellationToken);
        return code == 0 ? output.Trim() : throw new GitException($"unknown tag or revision '{revision}' in {Repository}");
    }

    /// <summary>Runs git and returns its standard output; throws <see cref="GitException"/> with git's message on failure.</summary>
    public async Task<string> RunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var (code, output, error) = await TryRunAsync(arguments, cancellationToken);
        return code == 0 ? output : throw new GitException($"git {string.Join(' ', arguments)} failed: {error.Trim()}");
    }

    /// <summary>Starts git with redirected streams for callers that stream large outputs (cat-file --batch).</summary>
    public Process Start(IReadOnlyList<string> arguments, bool redirectInput)
    {
        var start = new ProcessStartInfo("git")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = redirectInput,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("-C");
        start.ArgumentList.Add(Repository);
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // Output must not depend on the operator's locale or pager.
        start.Environment["LC_ALL"] = "C";
        start.Environment["GIT_PAGER"] = "cat";
        try
        {
            return Process.Start(start) ?? throw new GitException("git could not be started");
        }
        catch (Win32Exception ex)
        {
            throw new GitException("git is not installed or not on PATH", ex);
        }
    }

    private async Task<(int Code, string Output, string Error)> TryRunAsync(IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        using var process = Start(arguments, redirectInput: false);
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        try
        {
            await process.WaitForExitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw;
        }

        return (process.ExitCode, await output, await error);
    }
}
