using KernelPortal.Core.Content;
using Npgsql;

namespace KernelPortal.Ingestion;

/// <summary>
/// Announces a content change to every process on the database with PostgreSQL's NOTIFY on
/// <see cref="Channel"/>; web instances LISTEN and evict their caches. PostgreSQL is the only shared state, so it
/// also carries this message.
/// </summary>
public sealed class PostgresContentChangeNotifier(NpgsqlDataSource dataSource) : IContentChangeNotifier
{
    public const string Channel = "kernelportal_content";

    public async Task ContentChangedAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand($"SELECT pg_notify('{Channel}', 'changed')");
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
