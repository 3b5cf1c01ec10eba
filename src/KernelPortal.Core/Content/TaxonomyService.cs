using KernelPortal.Core.Data;
using KernelPortal.Core.Editorial;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Content;

/// <summary>A tag as the editor typed it; <see cref="Id"/> null for a new one.</summary>
/// <param name="Id">The tag to change, or null.</param>
/// <param name="Slug">Its address under /tags/.</param>
/// <param name="NameDe">German name.</param>
/// <param name="NameEn">English name.</param>
/// <param name="DescriptionDe">German description.</param>
/// <param name="DescriptionEn">English description.</param>
/// <param name="Position">Its place among the feature areas.</param>
public sealed record TagInput(int? Id, string Slug, string NameDe, string NameEn, string? DescriptionDe, string? DescriptionEn, int Position);

/// <summary>A series as the editor typed it; <see cref="Id"/> null for a new one.</summary>
/// <param name="Id">The series to change, or null.</param>
/// <param name="Title">Its title.</param>
/// <param name="Slug">Its address under /series/ (empty: made from the title).</param>
/// <param name="Description">What it is about.</param>
/// <param name="Language">Its language.</param>
/// <param name="ReleaseId">The release it is about, if any.</param>
public sealed record SeriesInput(int? Id, string Title, string Slug, string? Description, Language Language, int? ReleaseId);

/// <summary>What became of a save: stored, or why not (for the editor to read).</summary>
/// <param name="Saved">Whether anything was stored.</param>
/// <param name="Message">What the editor sees.</param>
public sealed record SaveResult(bool Saved, string Message);

/// <summary>
/// The one write path for feature tags and series from the CMS: checks the actor's current role (editors and admins),
/// validates, turns a slug clash — also one that a concurrent save causes — into a message, and tells the caches.
/// </summary>
public sealed class TaxonomyService(IDbContextFactory<PortalDbContext> contexts, IContentChangeNotifier? changes = null)
{
    /// <summary>Creates or changes a tag.</summary>
    public async Task<SaveResult> SaveTagAsync(TagInput input, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsEditor)
        {
            return new SaveResult(false, CoreText.T("Only editors and admins change tags."));
        }

        var slug = input.Slug.Trim();
        if (!Slug.IsValid(slug) || string.IsNullOrWhiteSpace(input.NameDe) || string.IsNullOrWhiteSpace(input.NameEn))
        {
            return new SaveResult(false, CoreText.T("Not saved: a tag needs a valid slug (lower-case letters, digits, hyphens) and a name in both languages."));
        }

        // The form limits the lengths, but a circuit can send anything: too long would be a database error.
        if (!TaxonomyRules.IsTagName(input.NameDe) || !TaxonomyRules.IsTagName(input.NameEn)
            || !TaxonomyRules.IsDescription(input.DescriptionDe, FeatureTag.DescriptionMaxLength)
            || !TaxonomyRules.IsDescription(input.DescriptionEn, FeatureTag.DescriptionMaxLength))
        {
            return new SaveResult(false, CoreText.T("Not saved: a name may have at most {0} characters, a description {1}.", FeatureTag.NameMaxLength, FeatureTag.DescriptionMaxLength));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.FeatureTags.AnyAsync(t => t.Slug == slug && t.Id != input.Id, cancellationToken))
        {
            return new SaveResult(false, CoreText.T("Not saved: the slug '{0}' belongs to another tag.", slug));
        }

        var tag = input.Id is { } id ? await db.FeatureTags.SingleOrDefaultAsync(t => t.Id == id, cancellationToken) : null;
        if (input.Id is not null && tag is null)
        {
            return new SaveResult(false, CoreText.T("This tag no longer exists."));
        }

        if (tag is null)
        {
            tag = TaxonomyRules.NewTag(slug, input.NameDe, input.NameEn, input.Position);
            db.FeatureTags.Add(tag);
        }

        tag.Slug = slug;
        tag.NameDe = input.NameDe.Trim();
        tag.NameEn = input.NameEn.Trim();
        tag.DescriptionDe = Optional(input.DescriptionDe);
        tag.DescriptionEn = Optional(input.DescriptionEn);
        tag.Position = input.Position;
        return await SaveAsync(db, CoreText.T("Tag '{0}' saved.", slug), CoreText.T("Not saved: the slug '{0}' was taken by another tag a moment ago.", slug), cancellationToken);
    }

    /// <summary>Creates or changes a series.</summary>
    public async Task<SaveResult> SaveSeriesAsync(SeriesInput input, Actor actor, CancellationToken cancellationToken)
    {
        if (!actor.IsEditor)
        {
            return new SaveResult(false, CoreText.T("Only editors and admins change series."));
        }

        var slug = string.IsNullOrWhiteSpace(input.Slug) ? Slug.FromTitle(input.Title) : input.Slug.Trim();
        if (string.IsNullOrWhiteSpace(input.Title) || !Slug.IsValid(slug))
        {
            return new SaveResult(false, CoreText.T("Not saved: a series needs a title and a valid slug (lower-case letters, digits, hyphens)."));
        }

        if (!TaxonomyRules.IsSeriesTitle(input.Title) || !TaxonomyRules.IsDescription(input.Description, Series.DescriptionMaxLength))
        {
            return new SaveResult(false, CoreText.T("Not saved: a title may have at most {0} characters, a description {1}.", Series.TitleMaxLength, Series.DescriptionMaxLength));
        }

        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        if (await db.Series.AnyAsync(s => s.Slug == slug && s.Id != input.Id, cancellationToken))
        {
            return new SaveResult(false, CoreText.T("Not saved: the slug '{0}' belongs to another series.", slug));
        }

        if (input.ReleaseId is { } releaseId && !await db.Releases.AnyAsync(r => r.Id == releaseId, cancellationToken))
        {
            return new SaveResult(false, CoreText.T("Not saved: the chosen release no longer exists."));
        }

        var series = input.Id is { } id ? await db.Series.SingleOrDefaultAsync(s => s.Id == id, cancellationToken) : null;
        if (input.Id is not null && series is null)
        {
            return new SaveResult(false, CoreText.T("This series no longer exists."));
        }

        if (series is null)
        {
            series = TaxonomyRules.NewSeries(slug, input.Title, input.Language);
            db.Series.Add(series);
        }

        series.Slug = slug;
        series.Title = input.Title.Trim();
        series.Description = Optional(input.Description);
        series.Language = input.Language;
        series.ReleaseId = input.ReleaseId;
        return await SaveAsync(db, CoreText.T("Series '{0}' saved.", series.Title), CoreText.T("Not saved: the slug '{0}' was taken by another series a moment ago.", slug), cancellationToken);
    }

    private async Task<SaveResult> SaveAsync(PortalDbContext db, string saved, string clash, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException ex) when (PortalDatabase.IsUniqueViolation(ex))
        {
            return new SaveResult(false, clash);
        }

        if (changes is not null)
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return new SaveResult(true, saved);
    }

    private static string? Optional(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
