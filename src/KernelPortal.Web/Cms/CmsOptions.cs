using System.ComponentModel.DataAnnotations;

namespace KernelPortal.Web.Cms;

/// <summary>Settings of the editorial CMS under /admin.</summary>
public sealed class CmsOptions
{
    public const string SectionName = "Cms";

    /// <summary>Login attempts (form posts) allowed per client address and minute before answering 429.</summary>
    [Range(1, 10_000)]
    public int LoginAttemptsPerMinute { get; set; } = 10;

    /// <summary>Failed passwords in a row before an account is locked for <see cref="LockoutMinutes"/>.</summary>
    [Range(1, 100)]
    public int MaxFailedLogins { get; set; } = 5;

    /// <summary>How long a locked account stays locked, in minutes.</summary>
    [Range(1, 24 * 60)]
    public int LockoutMinutes { get; set; } = 15;

    /// <summary>How long a login lasts without activity, in hours (sliding).</summary>
    [Range(1, 24 * 30)]
    public int SessionHours { get; set; } = 8;

    /// <summary>
    /// Whether the CMS is served over HTTPS only (the default, and the only setting for production): its cookies are
    /// then <c>Secure</c> and <c>__Host-</c> prefixed. Set to false only for local development over plain http on
    /// 127.0.0.1 (<c>./scripts/run.sh</c> does), where a browser would drop such cookies.
    /// </summary>
    public bool RequireHttps { get; set; } = true;

    /// <summary>
    /// Whether this instance publishes scheduled articles. Every instance may: a claim in PostgreSQL makes each
    /// publication happen once. Off only for tests that need scheduled articles to stay scheduled.
    /// </summary>
    public bool SchedulerEnabled { get; set; } = true;

    /// <summary>
    /// The newsroom's time zone (an IANA id): the CMS shows times and takes scheduled publication times in it
    /// (<see cref="CmsTime"/>). The Kernel-Log was written in Germany, hence Europe/Berlin.
    /// </summary>
    [Required]
    [CustomValidation(typeof(CmsOptions), nameof(ValidateTimeZone))]
    public string TimeZone { get; set; } = "Europe/Berlin";

    public static ValidationResult? ValidateTimeZone(string? zone, ValidationContext context) =>
        zone is not null && System.TimeZoneInfo.TryFindSystemTimeZoneById(zone, out _)
            ? ValidationResult.Success
            : new ValidationResult($"Cms:TimeZone '{zone}' is no time zone this machine knows (use an IANA id such as Europe/Berlin or UTC).", [nameof(TimeZone)]);
}
