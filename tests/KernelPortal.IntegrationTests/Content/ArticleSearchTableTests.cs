using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Content;

/// <summary>
/// The narrow search table (issue 15) follows every article's life through its trigger: search finds what readers
/// may see — published, and published by the time asked — with the text as last saved, and nothing else.
/// </summary>
public class ArticleSearchTableTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

    [Fact]
    public async Task Only_published_articles_are_found_and_scheduled_ones_from_their_time_on()
    {
        var published = new ArticleBuilder("Zoned Storage im Dateisystem").Build();
        var draft = new ArticleBuilder("Entwurf über Zoned Storage").Draft().Build();
        var later = new ArticleBuilder("Später über Zoned Storage").Build();
        later.PublishedAt = Now.AddHours(2);
        await using (var db = Database.CreateContext())
        {
            db.AddRange(published, draft, later);
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal([published.Id], await FoundAsync("Zoned", Now));
        int[] both = [.. new[] { published.Id, later.Id }.Order()];
        Assert.Equal(both, await FoundAsync("Zoned", Now.AddHours(3)));
        Assert.Equal(2, await RowsAsync());
    }

    [Fact]
    public async Task An_edited_text_is_searched_as_saved_and_a_withdrawn_or_deleted_article_no_longer()
    {
        var article = new ArticleBuilder("Ein Artikel").Build();
        article.BodyMarkdown = "Es geht um Grafiktreiber.";
        await using (var db = Database.CreateContext())
        {
            db.Add(article);
            await db.SaveChangesAsync(Ct);
        }

        Assert.Equal([article.Id], await FoundAsync("Grafiktreiber", Now));

        await UpdateAsync(article.Id, a => a.BodyMarkdown = "Es geht um Speicherverwaltung.");
        Assert.Empty(await FoundAsync("Grafiktreiber", Now));
        Assert.Equal([article.Id], await FoundAsync("Speicherverwaltung", Now));

        await UpdateAsync(article.Id, a => a.Status = ArticleStatus.Archived);
        Assert.Empty(await FoundAsync("Speicherverwaltung", Now));
        Assert.Equal(0, await RowsAsync());

        await UpdateAsync(article.Id, a => a.Status = ArticleStatus.Published);
        Assert.Equal([article.Id], await FoundAsync("Speicherverwaltung", Now));

        await using (var db = Database.CreateContext())
        {
            await db.Articles.Where(a => a.Id == article.Id).ExecuteDeleteAsync(Ct);
        }

        Assert.Empty(await FoundAsync("Speicherverwaltung", Now));
        Assert.Equal(0, await RowsAsync());
    }

    [Fact]
    public async Task Title_and_language_changes_move_the_ranking_and_the_stemming()
    {
        var article = new ArticleBuilder("Neue Netzwerke").Build();
        await using (var db = Database.CreateContext())
        {
            db.Add(article);
            await db.SaveChangesAsync(Ct);
        }

        // German stemming finds the plural from the singular; English stemming does not know the word's forms.
        Assert.Equal([article.Id], await FoundAsync("Netzwerk", Now));
        await UpdateAsync(article.Id, a =>
        {
            a.Title = "New networks";
            a.Lead = "A lead";
            a.BodyMarkdown = "A text.";
            a.Language = Language.En;
        });

        Assert.Empty(await FoundAsync("Netzwerk", Now));
        Assert.Equal([article.Id], await FoundAsync("network", Now));
    }

    private async Task UpdateAsync(int id, Action<Article> change)
    {
        await using var db = Database.CreateContext();
        var article = await db.Articles.SingleAsync(a => a.Id == id, Ct);
        change(article);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<int[]> FoundAsync(string query, DateTimeOffset now)
    {
        await using var db = Database.CreateContext();
        var result = await new ArticleSearch(db).SearchAsync(query, 1, now, Ct);
        Assert.Equal(result.Hits.Count, result.Total);
        return [.. result.Hits.Select(h => h.Id).Order()];
    }

    private async Task<long> RowsAsync()
    {
        await using var db = Database.CreateContext();
        return await db.Database.SqlQueryRaw<long>("SELECT count(*) AS \"Value\" FROM article_search").SingleAsync(Ct);
    }
}
