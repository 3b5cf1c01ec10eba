using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class AnnouncementConfiguration : IEntityTypeConfiguration<Announcement>
{
    public void Configure(EntityTypeBuilder<Announcement> builder)
    {
        builder.Property(a => a.MessageId).HasMaxLength(Announcement.MessageIdMaxLength);
        // The natural key: ingesting the same mail twice must be refused by the database, not only by code.
        builder.HasIndex(a => a.MessageId).IsUnique();
        builder.Property(a => a.Subject).HasMaxLength(Announcement.SubjectMaxLength);
        builder.Property(a => a.From).HasMaxLength(Announcement.FromMaxLength);
        builder.Property(a => a.Kind).HasConversion<string>().HasMaxLength(32);
        builder.Property(a => a.VersionText).HasColumnName("version").HasMaxLength(Release.VersionMaxLength + 8);
        builder.Property(a => a.Raw).HasMaxLength(Announcement.RawMaxLength);
        builder.Property(a => a.HintSentence).HasMaxLength(Announcement.HintSentenceMaxLength);
        builder.Property(a => a.TravelSentence).HasMaxLength(Announcement.HintSentenceMaxLength);
        builder.Property(a => a.MergeWindowSentence).HasMaxLength(Announcement.HintSentenceMaxLength);
        builder.ToTable(t => t.HasCheckConstraint("ck_announcements_merge_window_days", "merge_window_days BETWEEN 1 AND 60"));
        builder.HasIndex(a => a.SentAtUtc);
        builder.Ignore(a => a.SentAt);
        builder.Ignore(a => a.Version);
        builder.HasOne(a => a.Release).WithMany().HasForeignKey(a => a.ReleaseId).OnDelete(DeleteBehavior.SetNull);
    }
}
