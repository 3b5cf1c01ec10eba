using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Content;

/// <summary>
/// The one numbering rule for revisions (issue 15): the edit service, the scheduler, the importer, the demo seeder and
/// the draft generator all number through it.
/// </summary>
public class RevisionNumbersTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_next_number_follows_the_highest_stored_one_and_an_article_without_revisions_starts_at_the_first()
    {
        var revised = new ArticleBuilder("Dreimal gespeichert").Build();
        var bare = new ArticleBuilder("Nie gespeichert").Build();
        await using (var db = Database.CreateContext())
        {
            db.AddRange(revised, bare);
            // Numbers with a gap (a revision was never lost, but numbers need not be dense): the next follows the highest.
            foreach (var number in new[] { 1, 2, 5 })
            {
                revised.Revisions.Add(ArticleRevision.Of(revised, number, null, "Test", DateTimeOffset.UnixEpoch.AddDays(number)));
            }

            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var next = await RevisionNumbers.NextAsync(read, [revised.Id, bare.Id], Ct);

        Assert.Equal(6, next[revised.Id]);
        Assert.Equal(RevisionNumbers.First, next[bare.Id]);
        Assert.Equal(1, RevisionNumbers.First);
        Assert.Equal(3, RevisionNumbers.After(2));
        Assert.Equal(RevisionNumbers.First, RevisionNumbers.After(null));
    }
}
