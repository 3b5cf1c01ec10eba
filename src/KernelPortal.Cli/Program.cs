using KernelPortal.Cli;
using Npgsql;

try
{
    return await KportalCommand.Create().Parse(args).InvokeAsync();
}
catch (InvalidOperationException ex) when (ex.Message.Contains("ConnectionStrings", StringComparison.Ordinal))
{
    await Console.Error.WriteLineAsync($"kportal: {ex.Message}");
    return ExitCodes.BadInput;
}
catch (NpgsqlException ex)
{
    // A database that cannot be reached is an operator problem, not a bug: say so without a stack trace.
    await Console.Error.WriteLineAsync($"kportal: cannot use the database: {ex.Message}");
    return ExitCodes.Failure;
}
