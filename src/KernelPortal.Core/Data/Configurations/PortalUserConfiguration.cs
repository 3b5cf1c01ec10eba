using KernelPortal.Core.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(PortalUser.DisplayNameMaxLength);
        builder.Property(u => u.CmsLanguage).HasConversion(LanguageConverter.Instance).HasMaxLength(2).HasDefaultValue(Content.Language.De);
    }
}
