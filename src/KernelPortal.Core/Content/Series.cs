using KernelPortal.Core.Releases;

namespace KernelPortal.Core.Content;

/// <summary>A numbered series of articles, typically "Was 4.0 bringt" with one part per feature area.</summary>
public class Series
{
    public const int TitleMaxLength = 200;
    public const int DescriptionMaxLength = 1000;

    public int Id { get; private set; }

    public required string Slug { get; set; }

    public required string Title { get; set; }

    public string? Description { get; set; }

    public Language Language { get; set; }

    /// <summary>The release the series covers, if it is a release series.</summary>
    public int? ReleaseId { get; set; }

    public Release? Release { get; set; }

    public List<Article> Articles { get; } = [];
}
