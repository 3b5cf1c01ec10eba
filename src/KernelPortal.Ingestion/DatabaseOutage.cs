using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KernelPortal.Ingestion;

/// <summary>
/// Tells "PostgreSQL is unreachable or restarting" from "the data is wrong". Retrying is the execution strategy's
/// job (PortalDatabase enables it for every context); this is for the places that, once its retries are used up,
/// carry on without the database: a pass's progress line, which the next write or the end of the pass brings up to date.
/// </summary>
public static class DatabaseOutage
{
    public static bool IsOutage(Exception ex) => ex switch
    {
        NpgsqlException npgsql => npgsql.IsTransient || npgsql is PostgresException { SqlState: "57P01" or "57P02" or "57P03" },
        DbUpdateException { InnerException: { } inner } => IsOutage(inner),
        // What the execution strategy throws once its retries are used up on an outage.
        RetryLimitExceededException { InnerException: { } inner } => IsOutage(inner),
        InvalidOperationException { InnerException: { } inner } => IsOutage(inner),
        _ => false,
    };
}
