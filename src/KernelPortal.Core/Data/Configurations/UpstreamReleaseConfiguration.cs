using KernelPortal.Core.Releases;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class UpstreamReleaseConfiguration : IEntityTypeConfiguration<UpstreamRelease>
{
    public void Configure(EntityTypeBuilder<UpstreamRelease> builder)
    {
        builder.Property(r => r.Moniker).HasMaxLength(UpstreamRelease.MonikerMaxLength);
        builder.Property(r => r.Version).HasMaxLength(UpstreamRelease.VersionMaxLength);
        builder.HasIndex(r => new { r.Moniker, r.Version }).IsUnique();
    }
}
