using KernelPortal.Core.Content;
using KernelPortal.Core.Editorial;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ArticlePresenceConfiguration : IEntityTypeConfiguration<ArticlePresence>
{
    public void Configure(EntityTypeBuilder<ArticlePresence> builder)
    {
        builder.HasKey(p => p.SessionId);
        builder.Property(p => p.SessionId).ValueGeneratedNever();
        builder.Property(p => p.UserName).HasMaxLength(ArticlePresence.UserNameMaxLength);
        builder.HasIndex(p => p.ArticleId);
        builder.HasOne<Article>().WithMany().HasForeignKey(p => p.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
