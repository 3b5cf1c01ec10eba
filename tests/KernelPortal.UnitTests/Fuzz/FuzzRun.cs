using System.Diagnostics;
using System.Globalization;

namespace KernelPortal.UnitTests.Fuzz;

/// <summary>
/// Runs a target on at least a given number of mutated inputs and on for a bounded time (KERNELPORTAL_FUZZ_SECONDS,
/// default 2 per target), and fails with the seed, iteration and input when the target throws something it should
/// not, or takes longer than five seconds on one input twice in a row (a hang: what these targets read takes
/// milliseconds, but a loaded 2-core machine has stalled one past a second twice in a row). KERNELPORTAL_FUZZ_SEED
/// replays a run.
/// </summary>
internal static class FuzzRun
{
    public static readonly TimeSpan PerInputLimit = TimeSpan.FromSeconds(5);

    public static int Seed { get; } = int.TryParse(Environment.GetEnvironmentVariable("KERNELPORTAL_FUZZ_SEED"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var seed)
        ? seed
        : 20261127;

    public static TimeSpan Budget { get; } = TimeSpan.FromSeconds(
        double.TryParse(Environment.GetEnvironmentVariable("KERNELPORTAL_FUZZ_SECONDS"), NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) ? seconds : 2);

    /// <summary>
    /// Tries at least <paramref name="minInputs"/> inputs — a fixed amount of work however slow the machine is — and
    /// more while the time budget lasts.
    /// </summary>
    public static void Run(IReadOnlyList<byte[]> seeds, int minInputs, Action<byte[]> target, Func<Exception, bool> isClearError)
    {
        var mutator = new Mutator(Seed);
        var clock = Stopwatch.StartNew();
        var iterations = 0;
        while (iterations < minInputs || clock.Elapsed < Budget)
        {
            var input = mutator.Mutate(seeds[iterations % seeds.Count]);
            iterations++;
            var (run, took) = Timed(target, input);
            if (took > PerInputLimit)
            {
                var again = Timed(target, input).Took;
                if (again > PerInputLimit)
                {
                    Assert.Fail($"seed {Seed}, iteration {iterations}: took {Ms(took)}, then {Ms(again)} on a {input.Length}-byte input");
                }
            }

            if (run.Exception?.GetBaseException() is { } error && !isClearError(error))
            {
                Assert.Fail($"seed {Seed}, iteration {iterations}: {error.GetType().Name}: {error.Message}\nInput (first 500 bytes): {Convert.ToBase64String(input.AsSpan(0, Math.Min(500, input.Length)))}");
            }
        }
    }

    private static string Ms(TimeSpan took) => took == TimeSpan.MaxValue ? $"over {(PerInputLimit * 5).TotalSeconds:0} s" : $"{took.TotalMilliseconds:0} ms";

    /// <summary>
    /// Runs the target once on the input, on a thread of its own; a run still going after five times the limit counts as
    /// that long.
    /// </summary>
    /// <remarks>
    /// Not on the thread pool: while the other test classes run in parallel the pool can be starved, and a
    /// <c>Task.Run</c> then waits there for a thread longer than the limit before the target even starts (a one-second
    /// "hang" of the front matter reader was measured that way while a browser suite ran beside the unit tests).
    /// </remarks>
    private static (Task Run, TimeSpan Took) Timed(Action<byte[]> target, byte[] input)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var started = Stopwatch.StartNew();
        var thread = new Thread(() =>
        {
            try
            {
                target(input);
                done.SetResult();
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        { IsBackground = true, Name = "fuzz target" };
        thread.Start();
        var completed = thread.Join(PerInputLimit * 5);
        return (done.Task, completed ? started.Elapsed : TimeSpan.MaxValue);
    }
}
