namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>
/// Waits for an outcome by asking again (every 20 ms, for at most 30 s) — never by sleeping for a guessed time, so a
/// loaded machine makes a test slower, not red.
/// </summary>
internal static class Eventually
{
    public static Task TrueAsync(Func<bool> condition, CancellationToken cancellationToken) => TrueAsync(() => Task.FromResult(condition()), cancellationToken);

    public static async Task TrueAsync(Func<Task<bool>> condition, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "the condition did not come true within 30 s");
            await Task.Delay(20, cancellationToken);
        }
    }
}
