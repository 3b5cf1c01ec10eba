using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ReleaseCandidateConfiguration : IEntityTypeConfiguration<ReleaseCandidate>
{
    public void Configure(EntityTypeBuilder<ReleaseCandidate> builder)
    {
        builder.HasIndex(c => new { c.ReleaseId, c.Number }).IsUnique();
        builder.Property(c => c.DateSource).HasConversion<string>().HasMaxLength(16).HasDefaultValue(RcDateSource.History).HasSentinel(RcDateSource.History);
        builder.HasOne(c => c.Announcement).WithMany().HasForeignKey(c => c.AnnouncementId).OnDelete(DeleteBehavior.SetNull);
        builder.ToTable(t => t.HasCheckConstraint("ck_release_candidates_number", $"number BETWEEN 1 AND {KernelVersion.MaxRc}"));
    }
}
