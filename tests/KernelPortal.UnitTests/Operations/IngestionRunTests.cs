using KernelPortal.Core.Operations;

namespace KernelPortal.UnitTests.Operations;

public class IngestionRunTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 27, 12, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_run_without_errors_succeeds()
    {
        var run = new IngestionRun { ItemsSeen = 3, ItemsNew = 1 };

        run.Finish(Now);

        Assert.Equal(IngestionOutcome.Succeeded, run.Outcome);
        Assert.Equal(Now, run.FinishedAt);
    }

    [Fact]
    public void Some_errors_make_a_partial_failure_and_all_errors_a_failure()
    {
        var partial = new IngestionRun { ItemsSeen = 3, ItemsNew = 2 };
        partial.AddError("mail 3: no Date header");
        var failed = new IngestionRun { ItemsSeen = 1 };
        failed.AddError("lore: 503");

        partial.Finish(Now);
        failed.Finish(Now);

        Assert.Equal(IngestionOutcome.PartiallyFailed, partial.Outcome);
        Assert.Equal(IngestionOutcome.Failed, failed.Outcome);
    }

    [Fact]
    public void Keeps_the_error_count_exact_when_messages_are_capped()
    {
        var run = new IngestionRun();

        for (var i = 0; i < IngestionRun.MaxStoredErrors + 5; i++)
        {
            run.AddError($"error {i}");
        }

        Assert.Equal(IngestionRun.MaxStoredErrors + 5, run.ItemsFailed);
        Assert.Equal(IngestionRun.MaxStoredErrors, run.Errors.Count);
    }
}
