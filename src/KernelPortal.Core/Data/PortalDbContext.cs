using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using KernelPortal.Core.Identity;
using KernelPortal.Core.Operations;
using KernelPortal.Core.Releases;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace KernelPortal.Core.Data;

/// <summary>The portal's one database context: releases, announcements, content, users and ingestion runs.</summary>
/// <remarks>
/// Add a migration from the repository root with:
/// <code>dotnet ef migrations add NAME --project src/KernelPortal.Core --startup-project src/KernelPortal.Core --output-dir Data/Migrations</code>
/// Names are snake_case (ADR-002). Apply with <c>kportal migrate</c>; the web host never migrates on its own
/// outside Development.
/// </remarks>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser, IdentityRole<Guid>, Guid>(options), IDataProtectionKeyContext
{
    public DbSet<Release> Releases => Set<Release>();

    public DbSet<ReleaseCandidate> ReleaseCandidates => Set<ReleaseCandidate>();

    public DbSet<ReleaseStatistics> ReleaseStatistics => Set<ReleaseStatistics>();

    public DbSet<Announcement> Announcements => Set<Announcement>();

    public DbSet<Article> Articles => Set<Article>();

    public DbSet<ArticleRevision> ArticleRevisions => Set<ArticleRevision>();

    public DbSet<ArticleSource> ArticleSources => Set<ArticleSource>();

    public DbSet<FeatureTag> FeatureTags => Set<FeatureTag>();

    /// <summary>The rows of <c>article_tags</c> themselves (<see cref="ArticleTagLink"/> names their keys).</summary>
    public DbSet<Dictionary<string, object>> ArticleTagLinks => Set<Dictionary<string, object>>(ArticleTagLink.EntityName);

    public DbSet<Series> Series => Set<Series>();

    public DbSet<IngestionRun> IngestionRuns => Set<IngestionRun>();

    public DbSet<UpstreamRelease> UpstreamReleases => Set<UpstreamRelease>();

    public DbSet<ArticlePresence> ArticlePresences => Set<ArticlePresence>();

    public DbSet<Media.MediaImage> MediaImages => Set<Media.MediaImage>();

    public DbSet<Media.MediaBlob> MediaBlobs => Set<Media.MediaBlob>();

    public DbSet<People.AddressRule> AddressRules => Set<People.AddressRule>();

    public DbSet<People.AddressRuleRevision> AddressRuleRevisions => Set<People.AddressRuleRevision>();

    /// <summary>ASP.NET Core Data Protection's key ring: shared by every instance, so auth cookies survive restarts.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        // Identity's tables first, so the configurations below can refine them.
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);

        // Identity names its tables explicitly ("AspNetUsers"), which the snake_case convention leaves alone.
        builder.Entity<PortalUser>().ToTable("users");
        builder.Entity<IdentityRole<Guid>>().ToTable("roles");
        builder.Entity<IdentityUserRole<Guid>>().ToTable("user_roles");
        builder.Entity<IdentityUserClaim<Guid>>().ToTable("user_claims");
        builder.Entity<IdentityUserLogin<Guid>>().ToTable("user_logins");
        builder.Entity<IdentityUserToken<Guid>>().ToTable("user_tokens");
        builder.Entity<IdentityRoleClaim<Guid>>().ToTable("role_claims");
    }
}
