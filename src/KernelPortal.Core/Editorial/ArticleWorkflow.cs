using KernelPortal.Core.Content;

namespace KernelPortal.Core.Editorial;

/// <summary>
/// Who may do what: Draft → In review → Scheduled or Published → Archived. Authors write their own drafts and
/// submit or withdraw them; Editors (and Admins) review, edit, schedule, publish, unpublish and archive anything.
/// </summary>
public static class ArticleWorkflow
{
    private static readonly Dictionary<ArticleStatus, ArticleStatus[]> Transitions = new()
    {
        [ArticleStatus.Draft] = [ArticleStatus.InReview, ArticleStatus.Scheduled, ArticleStatus.Published],
        [ArticleStatus.InReview] = [ArticleStatus.Draft, ArticleStatus.Scheduled, ArticleStatus.Published],
        [ArticleStatus.Scheduled] = [ArticleStatus.Draft, ArticleStatus.Published],
        [ArticleStatus.Published] = [ArticleStatus.Draft, ArticleStatus.Archived],
        [ArticleStatus.Archived] = [ArticleStatus.Draft],
    };

    /// <summary>The steps that exist from <paramref name="from"/>, whoever takes them.</summary>
    public static IReadOnlyList<ArticleStatus> Next(ArticleStatus from) => Transitions[from];

    /// <summary>Whether <paramref name="actor"/> may move <paramref name="article"/> to <paramref name="to"/>; if not, why.</summary>
    public static string? WhyNotTransition(Article article, ArticleStatus to, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(actor);
        if (!Transitions[article.Status].Contains(to))
        {
            return CoreText.T("An article that is {0} cannot become {1}.", article.Status, to);
        }

        if (actor.IsEditor)
        {
            return null;
        }

        // Authors submit their own drafts and take them back while nobody has published them.
        var submitOrWithdraw = (article.Status, to) is (ArticleStatus.Draft, ArticleStatus.InReview) or (ArticleStatus.InReview, ArticleStatus.Draft);
        if (!submitOrWithdraw)
        {
            return CoreText.T("Only Editors may make an article {0}.", to);
        }

        return IsOwnOrGenerated(article, actor) ? null : CoreText.T("Authors may submit only their own articles.");
    }

    /// <summary>Whether <paramref name="actor"/> may change the text of <paramref name="article"/>; if not, why.</summary>
    public static string? WhyNotEdit(Article article, Actor actor)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(actor);
        if (article.Status == ArticleStatus.Archived)
        {
            return CoreText.T("Archived articles are read-only; move it back to Draft first.");
        }

        if (actor.IsEditor)
        {
            return null;
        }

        if (!IsOwnOrGenerated(article, actor))
        {
            return CoreText.T("Authors may edit only their own articles and generated drafts.");
        }

        return article.Status == ArticleStatus.Draft ? null : CoreText.T("Authors may edit only drafts; withdraw it from review first.");
    }

    // Generated drafts belong to nobody: any author may take one up.
    private static bool IsOwnOrGenerated(Article article, Actor actor) =>
        (article.AuthorId is { } author && author == actor.UserId) || (article.AuthorId is null && article.IsGenerated);
}
