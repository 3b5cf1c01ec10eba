using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;

namespace KernelPortal.UnitTests.Editorial;

public class ArticleValidatorTests
{
    [Fact]
    public void A_good_article_has_no_errors_and_gets_its_slug_from_the_title()
    {
        var fields = new ArticleFields { Title = "Was 4.0 bringt: Grafik" };

        Assert.Empty(ArticleValidator.Validate(fields));
        Assert.Equal("was-4-0-bringt-grafik", ArticleValidator.SlugFor(fields));
    }

    [Fact]
    public void Every_limit_is_reported_on_its_own_field()
    {
        var fields = new ArticleFields
        {
            Title = new string('T', Article.TitleMaxLength + 1),
            Lead = new string('L', Article.LeadMaxLength + 1),
            Iow = new string('I', Article.IowMaxLength + 1),
            BodyMarkdown = new string('B', Article.BodyMaxLength + 1),
            Slug = "-kaputt-",
            SeriesPart = 0,
            SeriesId = 3,
            TranslationId = 7,
        };

        var errors = ArticleValidator.Validate(fields, articleId: 7);

        Assert.Equal(
            [nameof(ArticleFields.BodyMarkdown), nameof(ArticleFields.Iow), nameof(ArticleFields.Lead), nameof(ArticleFields.SeriesPart), nameof(ArticleFields.Slug), nameof(ArticleFields.Title), nameof(ArticleFields.TranslationId)],
            errors.Keys.Order(StringComparer.Ordinal));
    }
}
