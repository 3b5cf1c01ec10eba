namespace KernelPortal.Core.Content;

/// <summary>A saved state of an article: every save adds one, so nothing an editor wrote is ever lost.</summary>
public class ArticleRevision
{
    public long Id { get; private set; }

    public int ArticleId { get; set; }

    public Article Article { get; set; } = null!;

    /// <summary>Its place among the article's saves, numbered by <see cref="RevisionNumbers"/>; unique per article.</summary>
    public int Number { get; set; }

    public required string Title { get; set; }

    public required string Slug { get; set; }

    public string Lead { get; set; } = string.Empty;

    public string BodyMarkdown { get; set; } = string.Empty;

    public string? Iow { get; set; }

    public ArticleStatus Status { get; set; }

    public Guid? SavedById { get; set; }

    public string SavedByName { get; set; } = string.Empty;

    public DateTimeOffset SavedAt { get; set; }

    /// <summary>Takes a snapshot of the article's editable fields.</summary>
    public static ArticleRevision Of(Article article, int number, Guid? savedById, string savedByName, DateTimeOffset savedAt) => new()
    {
        Article = article,
        Number = number,
        Title = article.Title,
        Slug = article.Slug,
        Lead = article.Lead,
        BodyMarkdown = article.BodyMarkdown,
        Iow = article.Iow,
        Status = article.Status,
        SavedById = savedById,
        SavedByName = savedByName,
        SavedAt = savedAt,
    };
}
