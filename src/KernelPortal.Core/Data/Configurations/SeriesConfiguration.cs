using KernelPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class SeriesConfiguration : IEntityTypeConfiguration<Series>
{
    public void Configure(EntityTypeBuilder<Series> builder)
    {
        builder.ToTable("series");
        builder.Property(s => s.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(s => s.Slug).IsUnique();
        builder.Property(s => s.Title).HasMaxLength(Series.TitleMaxLength);
        builder.Property(s => s.Description).HasMaxLength(Series.DescriptionMaxLength);
        builder.Property(s => s.Language).HasConversion(LanguageConverter.Instance).HasMaxLength(2);
        builder.HasOne(s => s.Release).WithMany().HasForeignKey(s => s.ReleaseId).OnDelete(DeleteBehavior.SetNull);
    }
}
