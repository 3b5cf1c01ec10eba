namespace KernelPortal.Core.Editorial;

/// <summary>
/// One open editor: refreshed by a heartbeat, so the CMS can show who else has an article open on any instance.
/// A row whose heartbeat stopped (a closed tab, a crashed instance) simply ages out.
/// </summary>
public class ArticlePresence
{
    public const int UserNameMaxLength = 200;

    /// <summary>One per open editor (a browser tab), not per user: one person may have two tabs open.</summary>
    public Guid SessionId { get; set; }

    public int ArticleId { get; set; }

    public Guid? UserId { get; set; }

    public string UserName { get; set; } = string.Empty;

    public DateTimeOffset SeenAt { get; set; }
}
