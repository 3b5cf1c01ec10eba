using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Content;

/// <summary>The tag filter the tag page, the tag feed and the API share (a semi-join on article_tags alone).</summary>
public class ArticleTagLinkTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WithTag_keeps_exactly_the_articles_that_carry_the_tag()
    {
        var storage = new FeatureTag { Slug = "storage", NameDe = "Speicher", NameEn = "Storage", Position = 1 };
        var network = new FeatureTag { Slug = "netzwerk", NameDe = "Netzwerk", NameEn = "Networking", Position = 2 };
        var both = new ArticleBuilder("Beides").Build();
        both.Tags.AddRange([storage, network]);
        var onlyNetwork = new ArticleBuilder("Nur Netzwerk").Build();
        onlyNetwork.Tags.Add(network);
        var none = new ArticleBuilder("Ohne Thema").Build();
        await using (var db = Database.CreateContext())
        {
            db.AddRange(both, onlyNetwork, none);
            await db.SaveChangesAsync(Ct);
        }

        await using var read = Database.CreateContext();
        var withStorage = await read.Articles.WithTag(read, storage.Id).Select(a => a.Slug).ToListAsync(Ct);
        var withNetwork = await read.Articles.WithTag(read, network.Id).OrderBy(a => a.Slug).Select(a => a.Slug).ToListAsync(Ct);

        Assert.Equal(["beides"], withStorage);
        Assert.Equal(["beides", "nur-netzwerk"], withNetwork);
    }
}
