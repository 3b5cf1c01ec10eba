using KernelPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ArticleRevisionConfiguration : IEntityTypeConfiguration<ArticleRevision>
{
    public void Configure(EntityTypeBuilder<ArticleRevision> builder)
    {
        builder.HasIndex(r => new { r.ArticleId, r.Number }).IsUnique();
        // "When was this article last revised" (article page, feeds) is max(saved_at) for one article: with this index
        // PostgreSQL reads one index entry instead of every revision (the 30-minute soak's articles had 11,000 each).
        builder.HasIndex(r => new { r.ArticleId, r.SavedAt });
        builder.Property(r => r.Title).HasMaxLength(Article.TitleMaxLength);
        builder.Property(r => r.Slug).HasMaxLength(Slug.MaxLength);
        builder.Property(r => r.Lead).HasMaxLength(Article.LeadMaxLength);
        builder.Property(r => r.Iow).HasMaxLength(Article.IowMaxLength);
        builder.Property(r => r.BodyMarkdown).HasMaxLength(Article.BodyMaxLength);
        builder.Property(r => r.SavedByName).HasMaxLength(Article.AuthorNameMaxLength);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(32);
    }
}
