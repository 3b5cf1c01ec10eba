using KernelPortal.Core.Releases;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KernelPortal.IntegrationTests.Data;

public class ReleasePersistenceTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_release_with_candidates_and_statistics_round_trips()
    {
        var release = new ReleaseBuilder("2.6.39").OpenedOn(2011, 3, 14).WithCandidates(7).Released(2011, 5, 18).Build();
        release.Notes = "Release date verified.";
        release.Statistics.Add(new ReleaseStatistics
        {
            Source = StatisticsSource.KernelLogTable,
            FromVersion = "2.6.38",
            Files = 36706,
            Lines = 14_000_000_000,
            LinesWithoutDocs = 13_000_000,
            DevelopmentDays = 65,
            Commits = 10269,
            FilesChanged = 9000,
            Insertions = 801903,
            Deletions = 477611,
            ComputedAt = new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero),
            Note = "test",
        });
        await using (var db = Database.CreateContext())
        {
            db.Releases.Add(release);
            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var loaded = await read.Releases.Include(r => r.Candidates).Include(r => r.Statistics).SingleAsync(Ct);

        Assert.Equal(KernelVersion.Parse("2.6.39"), loaded.Version);
        Assert.Equal("2.6.39", loaded.VersionText);
        Assert.Equal(ReleaseState.Released, loaded.State);
        Assert.Equal(new DateOnly(2011, 5, 18), loaded.ReleasedOn);
        Assert.Equal(new DateOnly(2011, 3, 14), loaded.MergeWindowOpenedOn);
        Assert.Equal(Enumerable.Range(1, 7), loaded.Candidates.Select(c => c.Number).Order());
        var stats = Assert.Single(loaded.Statistics);
        Assert.Equal(14_000_000_000, stats.Lines);
        Assert.Equal(10269, stats.Commits);
        Assert.Equal(StatisticsSource.KernelLogTable, stats.Source);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero), stats.ComputedAt);
    }

    [Fact]
    public async Task Releases_sort_numerically_in_the_database()
    {
        await using (var db = Database.CreateContext())
        {
            foreach (var version in new[] { "3.10", "2.6.39", "3.9", "4.0", "3.0" })
            {
                db.Releases.Add(new ReleaseBuilder(version).Released(2015, 1, 1).Build());
            }

            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var ordered = await read.Releases.OrderBy(r => r.Major).ThenBy(r => r.Minor).ThenBy(r => r.Patch).Select(r => r.VersionText).ToListAsync(Ct);

        Assert.Equal(["2.6.39", "3.0", "3.9", "3.10", "4.0"], ordered);
    }

    [Fact]
    public async Task Renaming_a_provisional_release_keeps_what_is_attached_to_it()
    {
        int id;
        await using (var db = Database.CreateContext())
        {
            var release = new ReleaseBuilder("3.20").OpenedOn(2015, 2, 8).Provisional().Build();
            db.Releases.Add(release);
            await db.SaveChangesAsync(Ct);
            id = release.Id;
        }

        await using (var db = Database.CreateContext())
        {
            var release = await db.Releases.Include(r => r.Candidates).SingleAsync(Ct);
            release.Rename(KernelVersion.Parse("4.0"));
            release.CloseMergeWindow(new DateOnly(2015, 2, 22));
            release.AddCandidate(1, new DateOnly(2015, 2, 22));
            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var renamed = await read.Releases.Include(r => r.Candidates).SingleAsync(Ct);
        Assert.Equal(id, renamed.Id);
        Assert.Equal("4.0", renamed.VersionText);
        Assert.False(renamed.IsProvisional);
        Assert.Equal(ReleaseState.ReleaseCandidates, renamed.State);
        Assert.Single(renamed.Candidates);
    }

    [Fact]
    public async Task The_same_version_cannot_be_stored_twice()
    {
        await using var db = Database.CreateContext();
        db.Releases.Add(new ReleaseBuilder("4.0").Released(2015, 4, 12).Build());
        db.Releases.Add(new ReleaseBuilder("4.0").Released(2015, 4, 12).Build());

        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync(Ct));

        Assert.Equal(PostgresErrorCodes.UniqueViolation, Assert.IsType<PostgresException>(exception.InnerException).SqlState);
    }

    [Fact]
    public async Task A_second_announcement_with_the_same_Message_ID_is_refused()
    {
        await using (var db = Database.CreateContext())
        {
            db.Announcements.Add(Announcement("<test-1@example.org>"));
            await db.SaveChangesAsync(Ct);
        }

        await using var second = Database.CreateContext();
        second.Announcements.Add(Announcement("<test-1@example.org>"));
        var exception = await Assert.ThrowsAsync<DbUpdateException>(() => second.SaveChangesAsync(Ct));

        var postgres = Assert.IsType<PostgresException>(exception.InnerException);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, postgres.SqlState);
        Assert.Equal("ix_announcements_message_id", postgres.ConstraintName);
        await using var read = Database.CreateContext();
        Assert.Equal(1, await read.Announcements.CountAsync(Ct));
    }

    [Fact]
    public async Task An_announcement_keeps_the_senders_offset()
    {
        var sent = new DateTimeOffset(2015, 4, 12, 14, 4, 0, TimeSpan.FromHours(-7));
        await using (var db = Database.CreateContext())
        {
            db.Announcements.Add(Announcement("<offset@example.org>", sent));
            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var loaded = await read.Announcements.SingleAsync(Ct);

        Assert.Equal(sent, loaded.SentAt);
        Assert.Equal(TimeSpan.FromHours(-7), loaded.SentAt.Offset);
        Assert.Equal(KernelVersion.Parse("4.0-rc1"), loaded.Version);
    }

    private static Announcement Announcement(string messageId, DateTimeOffset? sent = null) => new(
        messageId,
        "Linux 4.0-rc1",
        "Linus Torvalds <torvalds@linux-foundation.org>",
        sent ?? new DateTimeOffset(2015, 2, 22, 18, 0, 0, TimeSpan.FromHours(-8)),
        "body",
        "raw",
        AnnouncementKind.ReleaseCandidate,
        KernelVersion.Parse("4.0-rc1"));
}
