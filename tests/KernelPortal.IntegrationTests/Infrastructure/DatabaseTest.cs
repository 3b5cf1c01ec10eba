namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Base class for tests on the shared database: every test starts from empty tables.</summary>
public abstract class DatabaseTest(PostgresFixture database) : IAsyncLifetime
{
    protected PostgresFixture Database { get; } = database;

    public virtual async ValueTask InitializeAsync() => await Database.ResetAsync();

    public virtual ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }
}
