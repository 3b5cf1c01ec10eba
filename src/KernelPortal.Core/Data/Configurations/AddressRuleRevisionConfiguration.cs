using KernelPortal.Core.People;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class AddressRuleRevisionConfiguration : IEntityTypeConfiguration<AddressRuleRevision>
{
    public void Configure(EntityTypeBuilder<AddressRuleRevision> builder)
    {
        builder.HasIndex(v => new { v.RuleId, v.Number }).IsUnique();
        builder.Property(v => v.Employer).HasMaxLength(AddressRule.EmployerMaxLength);
        builder.Property(v => v.Author).HasMaxLength(200);
    }
}
