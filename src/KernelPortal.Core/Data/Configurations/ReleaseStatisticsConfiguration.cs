using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ReleaseStatisticsConfiguration : IEntityTypeConfiguration<ReleaseStatistics>
{
    public void Configure(EntityTypeBuilder<ReleaseStatistics> builder)
    {
        builder.ToTable("release_statistics");
        builder.HasIndex(s => new { s.ReleaseId, s.Source }).IsUnique();
        builder.Property(s => s.Source).HasConversion<string>().HasMaxLength(32);
        builder.Property(s => s.FromVersion).HasMaxLength(Release.VersionMaxLength);
        builder.Property(s => s.Note).HasMaxLength(ReleaseStatistics.NoteMaxLength);
    }
}
