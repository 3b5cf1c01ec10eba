using System.Text;
using KernelPortal.Core.Content;
using KernelPortal.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.IntegrationTests.Content;

/// <summary>
/// A hit's snippet is made from a window around the first mention of the query (migration SearchSnippetWindow), so
/// long articles cost no more than short ones — and a mention deep in a long text is shown, not cut off.
/// </summary>
public class ArticleSearchSnippetTests(PostgresFixture database) : DatabaseTest(database)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    // About 60,000 characters of words that match nothing searched here, each sentence different.
    private static string Filler(int sentences)
    {
        var text = new StringBuilder();
        for (var i = 0; i < sentences; i++)
        {
            text.Append("Absatz ").Append(i).Append(" handelt von Kleinigkeiten im Kernel, nummeriert und ohne Bezug. ");
        }

        return text.ToString();
    }

    [Fact]
    public async Task A_mention_deep_in_a_long_text_is_highlighted_in_the_snippet()
    {
        var article = new ArticleBuilder("Ein langer Artikel").Build();
        article.BodyMarkdown = Filler(800) + "Am Ende geht es um Dateisysteme und ihre Fehler. " + Filler(20);
        Assert.True(article.BodyMarkdown.IndexOf("Dateisysteme", StringComparison.Ordinal) > 40_000);
        await SaveAsync(article);

        var hit = Assert.Single((await SearchAsync("Dateisystem")).Hits);
        Assert.Contains("<mark>Dateisysteme</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Contains("Am Ende geht es um", hit.SnippetHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_window_is_short_starts_at_a_word_and_holds_the_first_mention()
    {
        var text = Filler(200) + "Ein Satz über Grafiktreiber. " + Filler(200);
        var source = await SourceAsync(text, "german", "grafiktreiber");

        Assert.InRange(source.Length, 1_000, 1_500);
        Assert.Contains("Grafiktreiber", source, StringComparison.Ordinal);
        var start = text.IndexOf(source, StringComparison.Ordinal);
        Assert.True(start > 0 && text[start - 1] == ' ', $"the window starts inside a word: \"{source[..20]}\"");
        Assert.Equal(text[..1_500], await SourceAsync(text[..2_000], "german", "absatz"));
    }

    [Fact]
    public async Task A_stem_that_is_not_a_prefix_of_the_word_still_finds_its_mention()
    {
        // English Snowball stems "memory" to "memori", which the text does not contain literally: the whole text is
        // given to ts_headline, which finds the word as before.
        var article = new ArticleBuilder("Kernel news").InEnglish().Build();
        article.BodyMarkdown = string.Concat(Enumerable.Repeat("Unrelated words about the kernel. ", 100)) + "This part is about memory.";
        await SaveAsync(article);

        var hit = Assert.Single((await SearchAsync("memory")).Hits);
        Assert.Contains("<mark>memory</mark>", hit.SnippetHtml, StringComparison.Ordinal);
        Assert.Equal(article.BodyMarkdown.Length + article.Lead.Length + 1,
            (await SourceAsync(article.Lead + " " + article.BodyMarkdown, "english", "memory")).Length);
    }

    [Fact]
    public async Task A_hit_in_the_title_only_shows_the_start_of_the_lead()
    {
        var article = new ArticleBuilder("Speicherverwaltung im Überblick").Build();
        await SaveAsync(article);

        var hit = Assert.Single((await SearchAsync("Speicherverwaltung")).Hits);
        Assert.StartsWith("Lead of", hit.SnippetHtml, StringComparison.Ordinal);
    }

    private async Task SaveAsync(Article article)
    {
        await using var db = Database.CreateContext();
        db.Add(article);
        await db.SaveChangesAsync(Ct);
    }

    private async Task<SearchResult> SearchAsync(string query)
    {
        await using var db = Database.CreateContext();
        return await new ArticleSearch(db).SearchAsync(query, 1, DateTimeOffset.UtcNow, Ct);
    }

    private async Task<string> SourceAsync(string text, string configuration, string words)
    {
        await using var db = Database.CreateContext();
        return await db.Database
            .SqlQueryRaw<string>("SELECT article_search_snippet_source({0}, websearch_to_tsquery({1}::regconfig, {2})) AS \"Value\"", text, configuration, words)
            .SingleAsync(Ct);
    }
}
