using KernelPortal.Core.Operations;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class IngestionRunConfiguration : IEntityTypeConfiguration<IngestionRun>
{
    public void Configure(EntityTypeBuilder<IngestionRun> builder)
    {
        builder.Property(r => r.Trigger).HasMaxLength(IngestionRun.TriggerMaxLength);
        builder.Property(r => r.Progress).HasMaxLength(IngestionRun.ProgressMaxLength);
        builder.Property(r => r.Outcome).HasConversion<string>().HasMaxLength(32);
        builder.HasIndex(r => r.StartedAt);
    }
}
