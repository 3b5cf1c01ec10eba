using System.ComponentModel.DataAnnotations;

namespace KernelPortal.Ingestion;

/// <summary>Settings of the ingestion worker and its sources (section <c>Ingestion</c>).</summary>
public sealed class IngestionOptions
{
    public const string SectionName = "Ingestion";

    /// <summary>Runs the hosted worker. Off in tests and for local runs that should not reach the internet.</summary>
    public bool Enabled { get; set; }

    /// <summary>Time between passes (hh:mm:ss). Announcements come about once a week, so minutes are plenty; at least 10 seconds.</summary>
    [Range(typeof(TimeSpan), "00:00:10", "1.00:00:00")]
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    [Required]
    public LoreOptions Lore { get; set; } = new();

    [Required]
    public KernelOrgOptions KernelOrg { get; set; } = new();

    [Required]
    public GitMirrorOptions Git { get; set; } = new();

    [Required]
    public GitHubOptions GitHub { get; set; } = new();
}

/// <summary>GitHub's REST API, for deployments without a mirror (see docs/ingestion.md for what it cannot count).</summary>
public sealed class GitHubOptions
{
    /// <summary>API base URL; GitHub Enterprise and test servers get Octokit's "api/v3/" appended.</summary>
    [Required, Url]
    public string ApiUrl { get; set; } = "https://api.github.com/";

    /// <summary>"owner/name" of the mirror of Linus' tree.</summary>
    [Required, RegularExpression("^[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+$")]
    public string Repository { get; set; } = "torvalds/linux";

    /// <summary>A token raises the rate limit from 60 to 5,000 requests an hour. Secret: set it in the environment, never in a file.</summary>
    public string? Token { get; set; }

    /// <summary>Longest wait for an exhausted rate limit to reset before giving up (hh:mm:ss).</summary>
    public TimeSpan MaxRateLimitWait { get; set; } = TimeSpan.FromMinutes(2);
}

/// <summary>A local bare mirror of torvalds/linux for statistics and drafts.</summary>
public sealed class GitMirrorOptions
{
    /// <summary>Path of the bare clone (<c>git clone --mirror</c>); empty turns statistics and drafts off.</summary>
    public string MirrorPath { get; set; } = string.Empty;

    /// <summary>Runs <c>git fetch --prune --tags</c> in the mirror before each pass (else keep it current with cron).</summary>
    public bool Fetch { get; set; }

    /// <summary>Released versions whose missing git statistics are computed per pass (each takes seconds on a kernel mirror).</summary>
    [Range(0, 50)]
    public int StatisticsBackfillPerPass { get; set; } = 1;

    /// <summary>Where drafts and the CMS link a commit (its id is appended): the tree the mirror follows.</summary>
    [Required, Url]
    public string CommitUrl { get; set; } = Drafts.DraftComposer.DefaultCommitUrl;
}

/// <summary>The lore.kernel.org (public-inbox) archive of the LKML.</summary>
public sealed class LoreOptions
{
    public bool Enabled { get; set; } = true;

    /// <summary>The inbox's base URL, ending in a slash; entries' raw messages are at <c>{link}raw</c>.</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "https://lore.kernel.org/lkml/";

    /// <summary>public-inbox search query for Linus' announcements (Xapian syntax: f: from, s: subject).</summary>
    [Required]
    public string Query { get; set; } = "f:torvalds AND s:\"Linux\"";

    /// <summary>The backfill's search per release; <c>{0}</c> is the release ("4.0"). Finds its rc announcements.</summary>
    [Required]
    public string BackfillQuery { get; set; } = "s:\"Linux {0}-rc\" f:torvalds";

    /// <summary>Pause between the backfill's searches (one per release), to be gentle with the archive.</summary>
    public TimeSpan BackfillPace { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>Feed entries read per release in the backfill (a release has about ten rcs and some replies).</summary>
    [Range(1, 200)]
    public int BackfillMaxEntries { get; set; } = 50;

    /// <summary>Feed entries read per pass; public-inbox returns up to 200 per page.</summary>
    [Range(1, 200)]
    public int MaxEntries { get; set; } = 50;
}

/// <summary>kernel.org's release table.</summary>
public sealed class KernelOrgOptions
{
    public bool Enabled { get; set; } = true;

    [Required, Url]
    public string ReleasesUrl { get; set; } = "https://www.kernel.org/releases.json";
}
