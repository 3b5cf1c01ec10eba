using KernelPortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class AddressRuleConfiguration : IEntityTypeConfiguration<AddressRule>
{
    public void Configure(EntityTypeBuilder<AddressRule> builder)
    {
        builder.HasIndex(r => r.Email).IsUnique();
        builder.Property(r => r.Email).HasMaxLength(AddressRule.EmailMaxLength);
        builder.Property(r => r.Employer).HasMaxLength(AddressRule.EmployerMaxLength);
        builder.Property(r => r.UpdatedBy).HasMaxLength(200);
        builder.HasMany(r => r.Revisions).WithOne().HasForeignKey(v => v.RuleId).OnDelete(DeleteBehavior.Cascade);
    }
}
