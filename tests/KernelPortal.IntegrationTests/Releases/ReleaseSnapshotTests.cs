using KernelPortal.Core.Demo;
using KernelPortal.Core.Markdown;
using KernelPortal.Core.Releases;
using KernelPortal.Core.Releases.Forecasting;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Time.Testing;

namespace KernelPortal.IntegrationTests.Releases;

/// <summary>The release history in memory (issue 15): read once, read again on the change signal or when too old.</summary>
public class ReleaseSnapshotTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2015, 3, 20, 12, 0, 0, TimeSpan.Zero));

    [Fact]
    public async Task It_is_read_once_and_again_only_after_a_change_signal()
    {
        await AddAsync(new ReleaseBuilder("3.19").Released(2015, 2, 8).WithCandidates(7).Build());
        using var source = new ReleaseSnapshotSource(new TestContextFactory(Database), _clock);

        var first = await source.GetAsync(Ct);
        await AddAsync(new ReleaseBuilder("4.0").OpenedOn(2015, 2, 8).WithCandidates(2).Build());
        var unchanged = await source.GetAsync(Ct);
        source.Invalidate();
        var changed = await source.GetAsync(Ct);

        Assert.Same(first, unchanged);
        Assert.Null(unchanged.Find("4.0"));
        Assert.NotSame(first, changed);
        Assert.Equal("4.0", changed.InProgress?.VersionText);
        Assert.Equal("3.19", changed.Current?.VersionText);
    }

    [Fact]
    public async Task A_snapshot_older_than_a_minute_is_read_again_even_without_a_signal()
    {
        await AddAsync(new ReleaseBuilder("3.19").Released(2015, 2, 8).WithCandidates(7).Build());
        using var source = new ReleaseSnapshotSource(new TestContextFactory(Database), _clock);
        var first = await source.GetAsync(Ct);

        _clock.Advance(ReleaseSnapshotSource.MaxAge - TimeSpan.FromSeconds(1));
        Assert.Same(first, await source.GetAsync(Ct));
        _clock.Advance(TimeSpan.FromSeconds(1));
        Assert.NotSame(first, await source.GetAsync(Ct));
    }

    [Fact]
    public async Task Concurrent_requests_after_a_signal_share_one_read()
    {
        await AddAsync(new ReleaseBuilder("3.19").Released(2015, 2, 8).WithCandidates(7).Build());
        using var source = new ReleaseSnapshotSource(new TestContextFactory(Database), _clock);

        var snapshots = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => source.GetAsync(Ct)));

        Assert.All(snapshots, s => Assert.Same(snapshots[0], s));
    }

    [Fact]
    public async Task On_the_demo_history_it_holds_what_the_database_holds_and_forecasts_as_the_database_path_does()
    {
        await using (var db = Database.CreateContext())
        {
            await new DemoContentSeeder(db, new MarkdownRenderer(), _clock).SeedAsync(Ct);
        }

        using var source = new ReleaseSnapshotSource(new TestContextFactory(Database), _clock);
        var snapshot = await source.GetAsync(Ct);

        await using var check = Database.CreateContext();
        Assert.Equal(await check.Releases.CountAsync(Ct), snapshot.OldestFirst.Count);
        Assert.Equal(await check.ReleaseCandidates.CountAsync(Ct), snapshot.OldestFirst.Sum(r => r.Candidates.Count));
        Assert.Equal(await check.ReleaseStatistics.CountAsync(Ct), snapshot.OldestFirst.Sum(r => r.Statistics.Count));
        Assert.All(snapshot.OldestFirst, r => Assert.Equal(r.Candidates.OrderBy(c => c.Number).Select(c => c.Number), r.Candidates.Select(c => c.Number)));
        Assert.Equal(snapshot.OldestFirst.Select(r => r.Version).Order(), snapshot.OldestFirst.Select(r => r.Version));

        var database = new ForecastService(check, _clock);
        Assert.Equal((await database.HistoryAsync(Ct)).ToList(), snapshot.History.ToList());
        var inProgress = snapshot.InProgress ?? throw new InvalidOperationException("the demo history has a release in progress");
        var tracked = await check.Releases.AsNoTracking().Include(r => r.Candidates).SingleAsync(r => r.Id == inProgress.Id, Ct);
        var expected = await database.ForecastAsync(tracked, Ct);
        var actual = snapshot.ForecastFor(inProgress, DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime));
        Assert.NotNull(expected);
        Assert.Equal(expected.MostLikely, actual?.MostLikely);
        Assert.Equal(expected.Candidates, actual?.Candidates);
    }

    [Fact]
    public async Task Neighbours_and_the_release_mail_come_from_the_snapshot()
    {
        await AddAsync(new ReleaseBuilder("3.18").Released(2014, 12, 7).WithCandidates(7).Build());
        await AddAsync(new ReleaseBuilder("3.19").Released(2015, 2, 8).WithCandidates(7).Build());
        await AddAsync(new ReleaseBuilder("3.20").Released(2015, 4, 12).WithCandidates(7).Build());
        await using (var db = Database.CreateContext())
        {
            var release = await db.Releases.SingleAsync(r => r.VersionText == "3.19", Ct);
            db.Announcements.Add(new Announcement("<final@kernel.org>", "Linux 3.19", "Linus Torvalds <torvalds@linux-foundation.org>",
                new DateTimeOffset(2015, 2, 8, 14, 0, 0, TimeSpan.FromHours(-8)), "body", "raw", AnnouncementKind.Release, KernelVersion.Parse("3.19")) { ReleaseId = release.Id });
            await db.SaveChangesAsync(Ct);
        }

        using var source = new ReleaseSnapshotSource(new TestContextFactory(Database), _clock);
        var snapshot = await source.GetAsync(Ct);
        var middle = snapshot.Find("3.19")!;

        var (previous, next) = snapshot.Neighbours(middle);
        Assert.Equal("3.18", previous?.VersionText);
        Assert.Equal("3.20", next?.VersionText);
        Assert.Equal("<final@kernel.org>", snapshot.ReleaseMailOf(middle)?.MessageId);
        Assert.Equal(-480, snapshot.ReleaseMailOf(middle)?.SentAt.Offset.TotalMinutes);
        Assert.Null(snapshot.ReleaseMailOf(previous!));
        // The mail text stays in the database: the snapshot keeps headers and the reading of the prose only.
        Assert.Equal(string.Empty, snapshot.ReleaseMailOf(middle)?.Body);
    }

    private async Task AddAsync(Release release)
    {
        await using var db = Database.CreateContext();
        db.Releases.Add(release);
        await db.SaveChangesAsync(Ct);
    }
}
