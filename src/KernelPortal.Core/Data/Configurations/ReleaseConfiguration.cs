using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ReleaseConfiguration : IEntityTypeConfiguration<Release>
{
    public void Configure(EntityTypeBuilder<Release> builder)
    {
        builder.Property(r => r.VersionText).HasColumnName("version").HasMaxLength(Release.VersionMaxLength);
        builder.HasIndex(r => r.VersionText).IsUnique();
        builder.HasIndex(r => new { r.Major, r.Minor, r.Patch });
        builder.Property(r => r.State).HasConversion<string>().HasMaxLength(32);
        builder.Property(r => r.Notes).HasMaxLength(Release.NotesMaxLength);
        // The convention would write "rc1on"; a digit needs the separator spelled out.
        builder.Property(r => r.Rc1On).HasColumnName("rc1_on");
        builder.Ignore(r => r.Version);
        builder.Ignore(r => r.DevelopmentDays);

        builder.HasMany(r => r.Candidates).WithOne(c => c.Release).HasForeignKey(c => c.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Statistics).WithOne(s => s.Release).HasForeignKey(s => s.ReleaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Candidates).UsePropertyAccessMode(PropertyAccessMode.Field);

        // A PostgreSQL check keeps the one rule the database can see: provisional only in the merge window.
        builder.ToTable(t => t.HasCheckConstraint("ck_releases_provisional_in_merge_window", "NOT is_provisional OR state = 'MergeWindow'"));
    }
}
