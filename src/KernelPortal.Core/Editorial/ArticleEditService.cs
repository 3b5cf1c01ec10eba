using KernelPortal.Core.Content;
using KernelPortal.Core.Data;
using KernelPortal.Core.Markdown;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace KernelPortal.Core.Editorial;

/// <summary>
/// Every change the CMS makes to an article: create, save, workflow steps, restore. Each stores a revision (who,
/// when), is based on the version the editor loaded (PostgreSQL's <c>xmin</c>), so a second editor's save becomes a
/// <see cref="EditResult.Conflict"/> instead of a silent overwrite, and tells the caches when readers see a change.
/// </summary>
public sealed class ArticleEditService(
    IDbContextFactory<PortalDbContext> contexts,
    MarkdownRenderer renderer,
    TimeProvider clock,
    IContentChangeNotifier? changes = null)
{
    /// <summary>Loads an article with what the editor shows beside it, untracked.</summary>
    public async Task<Article?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Articles.AsNoTracking()
            .Include(a => a.Tags)
            .Include(a => a.Sources.OrderBy(s => s.Area).ThenBy(s => s.Id))
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
    }

    /// <summary>Creates a draft owned by <paramref name="actor"/>.</summary>
    public async Task<EditResult> CreateAsync(ArticleFields fields, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var errors = await ValidateAsync(db, fields, null, cancellationToken);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        var article = fields.NewArticle(renderer, ArticleStatus.Draft, actor.Name, actor.UserId);
        db.Articles.Add(article);
        return await ApplyAndSaveAsync(db, article, fields, actor, wasVisible: false, cancellationToken);
    }

    /// <summary>Saves new fields over the version <paramref name="basedOn"/> that the editor loaded.</summary>
    public async Task<EditResult> SaveAsync(int id, ArticleFields fields, uint basedOn, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (article, refused) = await LoadVersionAsync(db, id, basedOn, cancellationToken);
        if (article is null)
        {
            return refused!;
        }

        if (ArticleWorkflow.WhyNotEdit(article, actor) is { } reason)
        {
            return new EditResult.Forbidden(reason);
        }

        var errors = await ValidateAsync(db, fields, id, cancellationToken);
        if (errors.Count > 0)
        {
            return new EditResult.Invalid(errors);
        }

        db.Entry(article).Property(a => a.ConcurrencyToken).OriginalValue = basedOn;
        return await ApplyAndSaveAsync(db, article, fields, actor, IsVisible(article), cancellationToken);
    }

    /// <summary>Moves an article along the workflow; <paramref name="publishAt"/> is required for <see cref="ArticleStatus.Scheduled"/>.</summary>
    public async Task<EditResult> TransitionAsync(int id, ArticleStatus to, DateTimeOffset? publishAt, uint basedOn, Actor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var (article, refused) = await LoadVersionAsync(db, id, basedOn, cancellationToken);
        if (article is null)
        {
            return refused!;
        }

        if (ArticleWorkflow.WhyNotTransition(article, to, actor) is { } reason)
        {
            return new EditResult.Forbidden(reason);
        }

        var now = clock.GetUtcNow();
        if (to == ArticleStatus.Scheduled && (publishAt is not { } due || due <= now))
        {
            return new EditResult.Invalid(new Dictionary<string, string> { [nameof(Article.PublishAt)] = CoreText.T("Scheduling needs a time in the future; to publish now, choose Publish.") });
        }

        var wasVisible = IsVisible(article);
        article.Status = to;
        article.PublishAt = to == ArticleStatus.Scheduled ? publishAt!.Value.ToUniversalTime() : null;
        if (to == ArticleStatus.Published)
        {
            // A re-published article keeps its first date, as readers and feeds already know it.
            article.PublishedAt ??= now;
        }

        db.Entry(article).Property(a => a.ConcurrencyToken).OriginalValue = basedOn;
        return await SaveWithRevisionAsync(db, article, actor, wasVisible, cancellationToken);
    }

    /// <summary>Saves a revision's text as the newest version; the revisions in between stay.</summary>
    public async Task<EditResult> RestoreAsync(int id, int revisionNumber, uint basedOn, Actor actor, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var revision = await db.ArticleRevisions.AsNoTracking().SingleOrDefaultAsync(r => r.ArticleId == id && r.Number == revisionNumber, cancellationToken);
        var article = await LoadAsync(id, cancellationToken);
        if (revision is null || article is null)
        {
            return new EditResult.NotFound();
        }

        return await SaveAsync(id, ArticleFields.Of(article).WithTextOf(revision), basedOn, actor, cancellationToken);
    }

    /// <summary>The validator's checks, and that every library image the text shows is in the library.</summary>
    private static async Task<Dictionary<string, string>> ValidateAsync(PortalDbContext db, ArticleFields fields, int? id, CancellationToken cancellationToken)
    {
        var errors = ArticleValidator.Validate(fields, id);
        var images = ImageReferences.In(fields.BodyMarkdown).Where(r => r.Address is not null).ToList();
        if (errors.ContainsKey(nameof(fields.BodyMarkdown)) || images.Count == 0)
        {
            return errors;
        }

        var keys = images.Select(r => r.Address!.Key).Distinct(StringComparer.Ordinal).ToList();
        var stored = await db.MediaImages.AsNoTracking().Where(m => keys.Contains(m.Key)).Select(m => m.Key).ToListAsync(cancellationToken);
        if (images.FirstOrDefault(r => !stored.Contains(r.Address!.Key)) is { } missing)
        {
            errors[nameof(fields.BodyMarkdown)] =
                CoreText.T("The image on line {0} ({1}) is not in the media library (deleted, or its address mistyped): upload it again.", missing.Line, missing.Url);
        }

        return errors;
    }

    // The article a change is based on: NotFound, or a Conflict when someone saved after the editor loaded it.
    private static async Task<(Article? Article, EditResult? Refused)> LoadVersionAsync(PortalDbContext db, int id, uint basedOn, CancellationToken cancellationToken)
    {
        var article = await LoadTrackedAsync(db, id, cancellationToken);
        if (article is null)
        {
            return (null, new EditResult.NotFound());
        }

        return article.ConcurrencyToken == basedOn ? (article, null) : (null, await ConflictAsync(db, article, cancellationToken));
    }

    private static Task<Article?> LoadTrackedAsync(PortalDbContext db, int id, CancellationToken cancellationToken) =>
        db.Articles.Include(a => a.Tags).SingleOrDefaultAsync(a => a.Id == id, cancellationToken);

    private static bool IsVisible(Article article) => article.Status == ArticleStatus.Published;

    private async Task<EditResult> ApplyAndSaveAsync(PortalDbContext db, Article article, ArticleFields fields, Actor actor, bool wasVisible, CancellationToken cancellationToken)
    {
        fields.ApplyTo(article, renderer);

        var tags = fields.TagIds.Count == 0 ? [] : await db.FeatureTags.Where(t => fields.TagIds.Contains(t.Id)).ToListAsync(cancellationToken);
        article.Tags.RemoveAll(t => !tags.Contains(t));
        article.Tags.AddRange(tags.Where(t => !article.Tags.Contains(t)));

        var errors = new Dictionary<string, string>(StringComparer.Ordinal);
        if (await db.Articles.AnyAsync(a => a.Slug == article.Slug && a.Id != article.Id, cancellationToken))
        {
            var free = await FreeSlugAsync(db, article.Slug, article.Id, cancellationToken);
            if (string.IsNullOrWhiteSpace(fields.Slug) && !IsVisible(article))
            {
                // Made from a title another article already has: take the next free "-2", "-3" as WordPress does,
                // so a second "Was 7.3 bringt" saves at once. A slug the editor typed, or a live address, is never changed.
                article.Slug = free;
            }
            else
            {
                errors[nameof(fields.Slug)] = CoreText.T("The slug '{0}' is taken by another article; '{1}' is free.", article.Slug, free);
            }
        }

        if (fields.TranslationId is { } translation && !await db.Articles.AnyAsync(a => a.Id == translation, cancellationToken))
        {
            errors[nameof(fields.TranslationId)] = CoreText.T("There is no article {0} to link as the translation.", translation);
        }

        return errors.Count > 0
            ? new EditResult.Invalid(errors)
            : await SaveWithRevisionAsync(db, article, actor, wasVisible, cancellationToken);
    }

    /// <summary>The first of slug-2, slug-3 … that no other article has (shortened to fit <see cref="Slug.MaxLength"/>).</summary>
    private static async Task<string> FreeSlugAsync(PortalDbContext db, string slug, int articleId, CancellationToken cancellationToken)
    {
        for (var n = 2; ; n++)
        {
            var suffix = $"-{n}";
            var candidate = (slug.Length + suffix.Length > Slug.MaxLength ? slug[..(Slug.MaxLength - suffix.Length)].TrimEnd('-') : slug) + suffix;
            if (!await db.Articles.AnyAsync(a => a.Slug == candidate && a.Id != articleId, cancellationToken))
            {
                return candidate;
            }
        }
    }

    private async Task<EditResult> SaveWithRevisionAsync(PortalDbContext db, Article article, Actor actor, bool wasVisible, CancellationToken cancellationToken)
    {
        var number = article.Id == 0 ? RevisionNumbers.First : (await RevisionNumbers.NextAsync(db, [article.Id], cancellationToken))[article.Id];
        article.UpdatedAt = clock.GetUtcNow();
        db.ArticleRevisions.Add(ArticleRevision.Of(article, number, actor.UserId, actor.Name, clock.GetUtcNow()));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (Exception ex) when (ex is DbUpdateConcurrencyException || IsRevisionNumberTaken(ex))
        {
            // Another save won the race: it changed xmin first, or (when EF wrote the revision before the article)
            // took this revision's number. Either way, what it stored is what the editor must see.
            await using var fresh = await contexts.CreateDbContextAsync(cancellationToken);
            var current = await LoadTrackedAsync(fresh, article.Id, cancellationToken);
            return current is null ? new EditResult.NotFound() : await ConflictAsync(fresh, current, cancellationToken);
        }
        catch (DbUpdateException ex) when (ex.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique)
        {
            // Another save took the slug or the translation between the check above and this one.
            var field = unique.ConstraintName?.Contains("translation", StringComparison.Ordinal) == true ? nameof(ArticleFields.TranslationId) : nameof(ArticleFields.Slug);
            return new EditResult.Invalid(new Dictionary<string, string> { [field] = field == nameof(ArticleFields.Slug) ? CoreText.T("The slug '{0}' is taken by another article.", article.Slug) : CoreText.T("That article is already linked as another article's translation.") });
        }

        if ((wasVisible || IsVisible(article)) && changes is not null)
        {
            await changes.ContentChangedAsync(cancellationToken);
        }

        return new EditResult.Saved(article.Id, article.ConcurrencyToken, number);
    }

    private static bool IsRevisionNumberTaken(Exception ex) =>
        ex is DbUpdateException { InnerException: PostgresException { SqlState: PostgresErrorCodes.UniqueViolation } unique }
        && unique.TableName == "article_revisions";

    private static async Task<EditResult> ConflictAsync(PortalDbContext db, Article current, CancellationToken cancellationToken)
    {
        var last = await db.ArticleRevisions.AsNoTracking().Where(r => r.ArticleId == current.Id).OrderByDescending(r => r.Number).FirstOrDefaultAsync(cancellationToken);
        return new EditResult.Conflict(new ArticleVersion(
            ArticleFields.Of(current), current.Status, current.ConcurrencyToken, last?.SavedByName ?? current.AuthorName, last?.SavedAt ?? current.UpdatedAt));
    }
}
