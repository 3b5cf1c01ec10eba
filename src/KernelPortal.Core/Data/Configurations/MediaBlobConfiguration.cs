using KernelPortal.Core.Media;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class MediaBlobConfiguration : IEntityTypeConfiguration<MediaBlob>
{
    public void Configure(EntityTypeBuilder<MediaBlob> builder)
    {
        builder.ToTable("media_blobs");
        builder.HasKey(b => b.Key);
        // Collation "C": deleting an image finds its variants by key prefix (LIKE 'key-%'), which the primary key's
        // index serves only under a byte-wise collation.
        builder.Property(b => b.Key).HasMaxLength(MediaBlob.KeyMaxLength).UseCollation("C");
        builder.Property(b => b.ContentType).HasMaxLength(40);
    }
}
