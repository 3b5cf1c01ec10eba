using KernelPortal.Core.Content;

namespace KernelPortal.Core.Editorial;

/// <summary>What became of a save or a workflow step. Only <see cref="Saved"/> changed anything.</summary>
public abstract record EditResult
{
    private EditResult()
    {
    }

    /// <summary>Stored as revision <paramref name="Revision"/>; <paramref name="Token"/> is what the next save must be based on.</summary>
    public sealed record Saved(int ArticleId, uint Token, int Revision) : EditResult;

    /// <summary>Nothing stored: the fields that are wrong, by field name, with what is wrong.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string> Errors) : EditResult;

    /// <summary>Nothing stored: the actor's role does not allow it.</summary>
    public sealed record Forbidden(string Reason) : EditResult;

    /// <summary>Nothing stored: no such article (or revision).</summary>
    public sealed record NotFound : EditResult;

    /// <summary>Nothing stored: somebody saved the article after the version this save was based on.</summary>
    public sealed record Conflict(ArticleVersion Theirs) : EditResult;
}

/// <summary>The stored state of an article as another editor left it, shown beside one's own in a conflict.</summary>
public sealed record ArticleVersion(ArticleFields Fields, ArticleStatus Status, uint Token, string SavedBy, DateTimeOffset SavedAt);
