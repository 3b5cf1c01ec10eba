using KernelPortal.Core.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class MediaImageConfiguration : IEntityTypeConfiguration<MediaImage>
{
    public void Configure(EntityTypeBuilder<MediaImage> builder)
    {
        builder.ToTable("media_images");
        builder.Property(m => m.Key).HasMaxLength(16);
        builder.HasIndex(m => m.Key).IsUnique();
        builder.Property(m => m.Sha256).HasMaxLength(64);
        builder.Property(m => m.Name).HasMaxLength(MediaImage.NameMaxLength);
        builder.Property(m => m.Format).HasConversion<string>().HasMaxLength(8);
        builder.Property(m => m.FileName).HasMaxLength(MediaImage.FileNameMaxLength);
        builder.Property(m => m.AltText).HasMaxLength(MediaLimits.AltTextMaxLength);
        builder.Property(m => m.UploadedBy).HasMaxLength(200);
        builder.HasIndex(m => m.UploadedAt);
        builder.Ignore(m => m.Address);
    }
}
