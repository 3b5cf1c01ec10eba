using KernelPortal.IntegrationTests.Infrastructure;

// One database is shared by all tests and reset before each one, so tests run one at a time.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
[assembly: AssemblyFixture(typeof(PostgresFixture))]
