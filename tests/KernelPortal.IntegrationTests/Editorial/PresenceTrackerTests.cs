using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.IntegrationTests.Infrastructure;

namespace KernelPortal.IntegrationTests.Editorial;

public class PresenceTrackerTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Editors_on_the_same_article_see_each_other_until_one_leaves()
    {
        await using var db = Database.CreateContext();
        var article = new ArticleBuilder("Gemeinsam bearbeitet").Draft().Build();
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        await using var services = new EditorialServices(Database.ConnectionString);
        var anna = new Actor(Guid.NewGuid(), "Anna", Roles.Editor);
        var bernd = new Actor(Guid.NewGuid(), "Bernd", Roles.Editor);
        var (annasTab, berndsTab, annasSecondTab) = (Guid.NewGuid(), Guid.NewGuid(), Guid.NewGuid());

        var annaAlone = await services.Presence.BeatAsync(article.Id, annasTab, anna, Ct);
        var berndSees = await services.Presence.BeatAsync(article.Id, berndsTab, bernd, Ct);
        var annaSees = await services.Presence.BeatAsync(article.Id, annasTab, anna, Ct);
        var annasOtherTabSees = await services.Presence.BeatAsync(article.Id, annasSecondTab, anna, Ct);
        await services.Presence.LeaveAsync(berndsTab, Ct);
        var afterBerndLeft = await services.Presence.BeatAsync(article.Id, annasTab, anna, Ct);

        Assert.Empty(annaAlone);
        Assert.Equal(["Anna"], berndSees);
        Assert.Equal(["Bernd"], annaSees);
        Assert.Equal(["Bernd"], annasOtherTabSees);
        Assert.Empty(afterBerndLeft);
    }

    [Fact]
    public async Task A_session_whose_heartbeat_stopped_ages_out()
    {
        await using var db = Database.CreateContext();
        var article = new ArticleBuilder("Verlassen").Draft().Build();
        db.Articles.Add(article);
        await db.SaveChangesAsync(Ct);
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var services = new EditorialServices(Database.ConnectionString, clock);

        await services.Presence.BeatAsync(article.Id, Guid.NewGuid(), new Actor(Guid.NewGuid(), "Weg", Roles.Editor), Ct);
        clock.Advance(PresenceTracker.Expiry + TimeSpan.FromSeconds(1));
        var seen = await services.Presence.BeatAsync(article.Id, Guid.NewGuid(), new Actor(Guid.NewGuid(), "Da", Roles.Editor), Ct);

        Assert.Empty(seen);
    }
}
