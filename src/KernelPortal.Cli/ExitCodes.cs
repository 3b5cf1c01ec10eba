namespace KernelPortal.Cli;

/// <summary>Exit codes that scripts can rely on.</summary>
internal static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The work failed (database unreachable, a file could not be processed).</summary>
    public const int Failure = 1;

    /// <summary>The input was wrong: unknown option, bad version, missing file or repository.</summary>
    public const int BadInput = 2;
}
