using System.CommandLine;
using KernelPortal.Cli;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

try
{
    // Our own handler below maps failures to exit codes and plain messages; the library's default would print a stack trace.
    return await KportalCommand.Create().Parse(args).InvokeAsync(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (InvalidOperationException ex) when (ex.Message.Contains("ConnectionStrings", StringComparison.Ordinal))
{
    await Console.Error.WriteLineAsync($"kportal: {ex.Message}");
    return ExitCodes.BadInput;
}
catch (RetryLimitExceededException ex) when (ex.InnerException is NpgsqlException inner)
{
    // EF's execution strategy retried a database that stayed away (connection refused, a restart that never ended).
    await Console.Error.WriteLineAsync($"kportal: cannot use the database (gave up after retrying): {inner.Message}");
    return ExitCodes.Failure;
}
catch (NpgsqlException ex)
{
    // A database that cannot be reached is an operator problem, not a bug: say so without a stack trace.
    await Console.Error.WriteLineAsync($"kportal: cannot use the database: {ex.Message}");
    return ExitCodes.Failure;
}
catch (OperationCanceledException)
{
    await Console.Error.WriteLineAsync("kportal: cancelled.");
    return ExitCodes.Failure;
}
