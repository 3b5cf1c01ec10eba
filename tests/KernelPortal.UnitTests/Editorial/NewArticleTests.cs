using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Markdown;

namespace KernelPortal.UnitTests.Editorial;

/// <summary>
/// <see cref="ArticleFields.NewArticle"/>, the one way editor, importer, demo content and draft generator make an
/// article (issue 15): the text as a save stores it, and dates that fit the workflow state.
/// </summary>
public class NewArticleTests
{
    private static readonly MarkdownRenderer Renderer = new();

    private static readonly DateTimeOffset Noon = new(2026, 12, 1, 12, 0, 0, TimeSpan.FromHours(1));

    private static readonly ArticleFields Fields = new()
    {
        Title = "  Was Linux 7.0 bringt  ",
        Lead = " Der Vorspann. ",
        BodyMarkdown = "Ein **fetter** Satz.<script>alert(1)</script>",
        Iow = "   ",
        Language = Language.En,
    };

    [Fact]
    public void The_text_is_stored_as_a_save_stores_it()
    {
        var article = Fields.NewArticle(Renderer, ArticleStatus.Draft, "Anna", Guid.Empty);

        Assert.Equal("Was Linux 7.0 bringt", article.Title);
        Assert.Equal("was-linux-7-0-bringt", article.Slug);
        Assert.Equal("Der Vorspann.", article.Lead);
        Assert.Null(article.Iow);
        Assert.Equal(Language.En, article.Language);
        Assert.Contains("<strong>fetter</strong>", article.BodyHtml, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", article.BodyHtml, StringComparison.Ordinal);
        Assert.Equal(("Anna", Guid.Empty), (article.AuthorName, article.AuthorId));
    }

    [Theory]
    [InlineData(ArticleStatus.Draft)]
    [InlineData(ArticleStatus.InReview)]
    public void A_draft_or_review_has_neither_date_even_when_one_is_given(ArticleStatus status)
    {
        var article = Fields.NewArticle(Renderer, status, "Anna", publishedAt: Noon, publishAt: Noon);

        Assert.Equal(status, article.Status);
        Assert.Null(article.PublishedAt);
        Assert.Null(article.PublishAt);
    }

    [Theory]
    [InlineData(ArticleStatus.Published)]
    [InlineData(ArticleStatus.Archived)]
    public void A_live_article_has_the_time_it_went_live_in_utc_and_no_due_time(ArticleStatus status)
    {
        var article = Fields.NewArticle(Renderer, status, "Import", publishedAt: Noon, publishAt: Noon.AddDays(1));

        Assert.Equal(Noon, article.PublishedAt);
        Assert.Equal(TimeSpan.Zero, article.PublishedAt!.Value.Offset);
        Assert.Null(article.PublishAt);
        Assert.Throws<ArgumentException>(() => Fields.NewArticle(Renderer, status, "Import"));
    }

    [Fact]
    public void A_scheduled_article_has_its_due_time_and_is_not_yet_live()
    {
        var article = Fields.NewArticle(Renderer, ArticleStatus.Scheduled, "Import", publishedAt: Noon, publishAt: Noon.AddDays(1));

        Assert.Equal(Noon.AddDays(1), article.PublishAt);
        Assert.Null(article.PublishedAt);
        Assert.False(article.IsVisibleAt(Noon.AddDays(2)));
        Assert.Throws<ArgumentException>(() => Fields.NewArticle(Renderer, ArticleStatus.Scheduled, "Import", publishedAt: Noon));
    }
}
