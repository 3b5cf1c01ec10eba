using System.Net.Sockets;
using KernelPortal.Ingestion;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace KernelPortal.UnitTests.Operations;

public class DatabaseOutageTests
{
    [Fact]
    public void A_refused_connection_is_an_outage_also_once_the_execution_strategy_gave_up()
    {
        var refused = new NpgsqlException("Failed to connect to 127.0.0.1:5432", new SocketException((int)SocketError.ConnectionRefused));

        Assert.True(DatabaseOutage.IsOutage(refused));
        Assert.True(DatabaseOutage.IsOutage(new RetryLimitExceededException("The maximum number of retries (6) was exceeded", refused)));
    }

    [Fact]
    public void Wrong_data_is_no_outage_however_it_is_wrapped()
    {
        var duplicate = new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505");

        Assert.False(DatabaseOutage.IsOutage(duplicate));
        Assert.False(DatabaseOutage.IsOutage(new RetryLimitExceededException("gave up", duplicate)));
        Assert.False(DatabaseOutage.IsOutage(new InvalidOperationException("Sequence contains no elements")));
        // An administrator's shutdown is one: PostgreSQL is going away and will be back.
        Assert.True(DatabaseOutage.IsOutage(new PostgresException("terminating connection due to administrator command", "FATAL", "FATAL", "57P01")));
    }
}
