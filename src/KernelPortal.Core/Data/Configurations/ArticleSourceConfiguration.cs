using KernelPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSource>
{
    public void Configure(EntityTypeBuilder<ArticleSource> builder)
    {
        builder.Property(s => s.CommitId).HasMaxLength(ArticleSource.CommitIdMaxLength);
        builder.Property(s => s.Subject).HasMaxLength(ArticleSource.SubjectMaxLength);
        builder.Property(s => s.PullText).HasMaxLength(ArticleSource.PullTextMaxLength);
        builder.Property(s => s.Puller).HasMaxLength(Article.AuthorNameMaxLength);
        builder.Property(s => s.Area).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(s => new { s.ArticleId, s.CommitId }).IsUnique();
        builder.HasOne(s => s.Article).WithMany(a => a.Sources).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
