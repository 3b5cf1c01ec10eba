using KernelPortal.Core.Content;
using KernelPortal.Core.Markdown;

namespace KernelPortal.Core.Editorial;

/// <summary>Checks an article's fields before anything is stored; the limits are the entity's own constants.</summary>
public static class ArticleValidator
{
    /// <summary>The errors by field name (<c>nameof</c> the <see cref="ArticleFields"/> property); empty when all is well.</summary>
    /// <param name="fields">What is to be stored.</param>
    /// <param name="articleId">The article's id, when it is stored already.</param>
    /// <param name="bodyLine">The line the text starts on in what the editor sees: 1 in the CMS, below the header in an imported file.</param>
    public static Dictionary<string, string> Validate(ArticleFields fields, int? articleId = null, int bodyLine = 1)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(fields.Title))
        {
            errors[nameof(fields.Title)] = CoreText.T("A title is required.");
        }

        Limit(errors, nameof(fields.Title), fields.Title, Article.TitleMaxLength);
        Limit(errors, nameof(fields.Lead), fields.Lead, Article.LeadMaxLength);
        Limit(errors, nameof(fields.BodyMarkdown), fields.BodyMarkdown, Article.BodyMaxLength);
        Limit(errors, nameof(fields.Iow), fields.Iow, Article.IowMaxLength);
        if (!errors.ContainsKey(nameof(fields.BodyMarkdown)) && ImageProblems(fields.BodyMarkdown, bodyLine) is { } images)
        {
            errors[nameof(fields.BodyMarkdown)] = images;
        }

        var slug = SlugFor(fields);
        // A slug made from a bad title is not worth a second error; a slug the editor typed always is.
        var slugGiven = !string.IsNullOrWhiteSpace(fields.Slug);
        if ((slugGiven || !errors.ContainsKey(nameof(fields.Title))) && !Slug.IsValid(slug))
        {
            errors[nameof(fields.Slug)] = CoreText.T("'{0}' is not a valid slug: lower-case letters and digits joined by single hyphens, at most {1} characters.", slug, Slug.MaxLength);
        }

        if (fields.SeriesPart is { } part && (part < 1 || fields.SeriesId is null))
        {
            errors[nameof(fields.SeriesPart)] = fields.SeriesId is null ? CoreText.T("A part number needs a series.") : CoreText.T("Parts are numbered from 1.");
        }

        if (fields.TranslationId is { } translation && translation == articleId)
        {
            errors[nameof(fields.TranslationId)] = CoreText.T("An article cannot be its own translation.");
        }

        return errors;
    }

    /// <summary>The slug the article gets: the one given, or one made from the title.</summary>
    public static string SlugFor(ArticleFields fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        return string.IsNullOrWhiteSpace(fields.Slug) ? Slug.FromTitle(fields.Title) : fields.Slug.Trim();
    }

    /// <summary>
    /// What is wrong with the text's images: each needs alt text, and each must come from the media library (the
    /// site's Content-Security-Policy shows no other, and readers' browsers should not call third parties).
    /// </summary>
    private static string? ImageProblems(string? markdown, int bodyLine)
    {
        var problems = new List<string>();
        foreach (var image in ImageReferences.In(markdown ?? string.Empty).Select(i => i with { Line = i.Line + bodyLine - 1 }))
        {
            if (image.AltText.Length == 0)
            {
                problems.Add(CoreText.T("The image on line {0} has no alt text: write what it shows between the brackets, ![like this]({1}).", image.Line, image.Url));
            }

            if (image.Address is null)
            {
                problems.Add(CoreText.T("The image on line {0} ({1}) is not in the media library: upload it with \"Add image\" or by dropping it on the text; the site shows only its own images.", image.Line, Shorten(image.Url)));
            }
        }

        return problems.Count == 0 ? null : string.Join(" ", problems.Take(3)) + (problems.Count > 3 ? $" ({problems.Count - 3} more)" : string.Empty);
    }

    private static string Shorten(string url) => url.Length <= 80 ? url : url[..77] + "…";

    private static void Limit(Dictionary<string, string> errors, string field, string? value, int max)
    {
        if (value is not null && value.Length > max)
        {
            errors[field] = CoreText.T("At most {0:N0} characters ({1:N0} given).", max, value.Length);
        }
    }
}
