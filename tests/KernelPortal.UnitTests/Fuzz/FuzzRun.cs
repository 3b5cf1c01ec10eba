using System.Diagnostics;
using System.Globalization;

namespace KernelPortal.UnitTests.Fuzz;

/// <summary>
/// Runs a target on mutated inputs for a bounded time (KERNELPORTAL_FUZZ_SECONDS, default 2 per target) and fails
/// with the seed, iteration and input when the target throws something it should not, or takes longer than a second
/// on one input (a hang). KERNELPORTAL_FUZZ_SEED replays a run.
/// </summary>
internal static class FuzzRun
{
    public static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(1);

    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("KERNELPORTAL_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
        ? seed
        : 20261127;

    public static TimeSpan Budget { get; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("KERNELPORTAL_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 2);

    /// <summary>Returns how many inputs were tried.</summary>
    public static int Run(IReadOnlyList<byte[]> seeds, Action<byte[]> target, Func<Exception, bool> isClearError)
    {
        var mutator = new Mutator(Seed);
        var clock = Stopwatch.StartNew();
        var iterations = 0;
        while (clock.Elapsed < Budget)
        {
            var input = mutator.Mutate(seeds[iterations % seeds.Count]);
            iterations++;
            var started = Stopwatch.StartNew();
            var run = Task.Run(() => target(input));
            var completed = Task.WhenAny(run, Task.Delay(PerInputLimit * 5)).GetAwaiter().GetResult() == run;
            if (!completed || started.Elapsed > PerInputLimit)
            {
                Assert.Fail($"seed {Seed}, iteration {iterations}: took {started.Elapsed.TotalMilliseconds:0} ms on a {input.Length}-byte input");
            }

            if (run.Exception?.GetBaseException() is { } error && !isClearError(error))
            {
                Assert.Fail($"seed {Seed}, iteration {iterations}: {error.GetType().Name}: {error.Message}\nInput (first 500 bytes): {Convert.ToBase64String(input.AsSpan(0, Math.Min(500, input.Length)))}");
            }
        }

        return iterations;
    }
}
