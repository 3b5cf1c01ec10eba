using KernelPortal.Core.Content;

namespace KernelPortal.IntegrationTests.Infrastructure;

/// <summary>Builds articles for tests; published a day ago unless told otherwise.</summary>
public sealed class ArticleBuilder(string title)
{
    private ArticleStatus _status = ArticleStatus.Published;
    private DateTimeOffset? _publishedAt = DateTimeOffset.UtcNow.AddDays(-1);
    private DateTimeOffset? _publishAt;
    private Language _language = Language.De;

    public ArticleBuilder Draft()
    {
        _status = ArticleStatus.Draft;
        _publishedAt = null;
        return this;
    }

    public ArticleBuilder ScheduledFor(DateTimeOffset when)
    {
        _status = ArticleStatus.Scheduled;
        _publishAt = when;
        _publishedAt = null;
        return this;
    }

    public ArticleBuilder PublishedDaysAgo(int days)
    {
        _publishedAt = DateTimeOffset.UtcNow.AddDays(-days);
        return this;
    }

    public ArticleBuilder InEnglish()
    {
        _language = Language.En;
        return this;
    }

    public Article Build() => new()
    {
        Slug = Slug.FromTitle(title),
        Title = title,
        Lead = $"Lead of {title}",
        BodyMarkdown = $"Body of {title}",
        BodyHtml = $"<p>Body of {title}</p>",
        Language = _language,
        Status = _status,
        PublishedAt = _publishedAt,
        PublishAt = _publishAt,
        AuthorName = "Test",
    };
}
