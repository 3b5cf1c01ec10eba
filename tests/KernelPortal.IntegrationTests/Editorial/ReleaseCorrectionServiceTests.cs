using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.Core.Releases;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Editorial;

/// <summary>Release corrections from the CMS go through one service: role, validation, a state that follows the dates.</summary>
public class ReleaseCorrectionServiceTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly Actor Editor = new(null, "Redaktion", Roles.Editor);

    private async Task<(int V40, int V41)> SeedAsync()
    {
        await using var db = Database.CreateContext();
        var v40 = new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(7).Released(2015, 4, 12).Build();
        var v41 = new ReleaseBuilder("4.1").OpenedOn(2015, 4, 12).Build();
        db.AddRange(v40, v41);
        await db.SaveChangesAsync(Ct);
        return (v40.Id, v41.Id);
    }

    private async Task<Release> ReadAsync(int id)
    {
        await using var db = Database.CreateContext();
        return await db.Releases.AsNoTracking().SingleAsync(r => r.Id == id, Ct);
    }

    [Fact]
    public async Task Taking_the_release_day_away_puts_the_release_back_into_its_rc_phase()
    {
        var (v40, v41) = await SeedAsync();
        await using var services = new EditorialServices(Database.ConnectionString);

        var cleared = await services.Releases.SaveAsync(v40, new ReleaseCorrection("4.0", new(2015, 2, 8), new(2015, 2, 22), null, "korrigiert"), Editor, Ct);
        var window = await services.Releases.SaveAsync(v41, new ReleaseCorrection("4.1", new(2015, 4, 12), null, null, null), Editor, Ct);
        var inWindow = (await ReadAsync(v41)).State;
        var released = await services.Releases.SaveAsync(v41, new ReleaseCorrection("4.1", new(2015, 4, 12), new(2015, 4, 26), new(2015, 6, 22), null), Editor, Ct);

        Assert.True(cleared.Saved, cleared.Message);
        var stored = await ReadAsync(v40);
        Assert.Equal((ReleaseState.ReleaseCandidates, (DateOnly?)null, "korrigiert"), (stored.State, stored.ReleasedOn, stored.Notes));
        Assert.True(window.Saved);
        Assert.Equal(ReleaseState.MergeWindow, inWindow);
        Assert.True(released.Saved);
        Assert.Equal((ReleaseState.Released, (DateOnly?)new DateOnly(2015, 6, 22)), ((await ReadAsync(v41)).State, (await ReadAsync(v41)).ReleasedOn));
    }

    [Fact]
    public async Task Authors_bad_versions_dates_out_of_order_and_taken_numbers_are_refused_with_a_message()
    {
        var (v40, v41) = await SeedAsync();
        await using var services = new EditorialServices(Database.ConnectionString);
        var fine = new ReleaseCorrection("4.1", new(2015, 4, 12), null, null, null);

        var author = await services.Releases.SaveAsync(v41, fine, new Actor(null, "Autorin", Roles.Author), Ct);
        var rc = await services.Releases.SaveAsync(v41, fine with { Version = "4.1-rc1" }, Editor, Ct);
        var nonsense = await services.Releases.SaveAsync(v41, fine with { Version = "vier" }, Editor, Ct);
        var order = await services.Releases.SaveAsync(v41, fine with { Rc1On = new(2015, 4, 1) }, Editor, Ct);
        var taken = await services.Releases.SaveAsync(v41, fine with { Version = "4.0" }, Editor, Ct);
        var gone = await services.Releases.SaveAsync(999_999, fine, Editor, Ct);

        Assert.Equal("Only editors and admins correct releases.", author.Message);
        Assert.Contains("an rc cannot name a release", rc.Message, StringComparison.Ordinal);
        Assert.StartsWith("Not saved: 'vier' is not a release version", nonsense.Message, StringComparison.Ordinal);
        Assert.Equal("Not saved: the dates must run merge window → rc1 → release.", order.Message);
        Assert.Equal("Not saved: there is already a release 4.0.", taken.Message);
        Assert.Equal("This release no longer exists.", gone.Message);
        Assert.All(new[] { author, rc, nonsense, order, taken, gone }, r => Assert.False(r.Saved));
        Assert.Equal("4.1", (await ReadAsync(v41)).VersionText);
        Assert.Equal(ReleaseState.Released, (await ReadAsync(v40)).State);
    }
}
