namespace KernelPortal.Core.Content;

/// <summary>
/// What makes a feature tag or a series storable, and how a new one is made — in one place for the CMS
/// (<see cref="TaxonomyService"/>) and the importer, which creates the tags and series a batch names inside its own
/// all-or-nothing save. The lengths are the columns' (<see cref="FeatureTag.NameMaxLength"/> and the others).
/// </summary>
public static class TaxonomyRules
{
    /// <summary>A tag's name in one language: not blank, at most <see cref="FeatureTag.NameMaxLength"/> characters once trimmed.</summary>
    public static bool IsTagName(string? name) => !string.IsNullOrWhiteSpace(name) && name.Trim().Length <= FeatureTag.NameMaxLength;

    /// <summary>A series' title: not blank, at most <see cref="Series.TitleMaxLength"/> characters once trimmed.</summary>
    public static bool IsSeriesTitle(string? title) => !string.IsNullOrWhiteSpace(title) && title.Trim().Length <= Series.TitleMaxLength;

    /// <summary>An optional description: none, or at most <paramref name="maxLength"/> characters once trimmed.</summary>
    /// <param name="text">The description as typed.</param>
    /// <param name="maxLength">The column's length (<see cref="FeatureTag.DescriptionMaxLength"/>, <see cref="Series.DescriptionMaxLength"/>).</param>
    public static bool IsDescription(string? text, int maxLength) => text is null || text.Trim().Length <= maxLength;

    /// <summary>A new tag, names trimmed; the caller has checked slug and names.</summary>
    /// <param name="slug">Its address under /tags/.</param>
    /// <param name="nameDe">German name.</param>
    /// <param name="nameEn">English name.</param>
    /// <param name="position">Its place among the feature areas.</param>
    public static FeatureTag NewTag(string slug, string nameDe, string nameEn, int position) =>
        new() { Slug = slug, NameDe = nameDe.Trim(), NameEn = nameEn.Trim(), Position = position };

    /// <summary>A new series, title trimmed; the caller has checked slug and title.</summary>
    /// <param name="slug">Its address under /series/.</param>
    /// <param name="title">Its title.</param>
    /// <param name="language">Its language.</param>
    public static Series NewSeries(string slug, string title, Language language) =>
        new() { Slug = slug, Title = title.Trim(), Language = language };
}
