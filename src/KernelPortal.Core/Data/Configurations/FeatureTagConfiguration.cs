using KernelPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class FeatureTagConfiguration : IEntityTypeConfiguration<FeatureTag>
{
    public void Configure(EntityTypeBuilder<FeatureTag> builder)
    {
        builder.Property(t => t.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(t => t.Slug).IsUnique();
        builder.Property(t => t.NameDe).HasMaxLength(FeatureTag.NameMaxLength);
        builder.Property(t => t.NameEn).HasMaxLength(FeatureTag.NameMaxLength);
        builder.Property(t => t.DescriptionDe).HasMaxLength(FeatureTag.DescriptionMaxLength);
        builder.Property(t => t.DescriptionEn).HasMaxLength(FeatureTag.DescriptionMaxLength);
    }
}
