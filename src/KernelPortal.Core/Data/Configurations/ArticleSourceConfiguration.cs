using System.Text.Json;
using KernelPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ArticleSourceConfiguration : IEntityTypeConfiguration<ArticleSource>
{
    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web);

    public void Configure(EntityTypeBuilder<ArticleSource> builder)
    {
        builder.Property(s => s.CommitId).HasMaxLength(ArticleSource.CommitIdMaxLength);
        builder.Property(s => s.Subject).HasMaxLength(ArticleSource.SubjectMaxLength);
        builder.Property(s => s.PullText).HasMaxLength(ArticleSource.PullTextMaxLength);
        builder.Property(s => s.Puller).HasMaxLength(Article.AuthorNameMaxLength);
        builder.Property(s => s.Area).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(s => new { s.ArticleId, s.CommitId }).IsUnique();

        // Read and written whole with their source row, never queried by their parts: one jsonb document.
        builder.Property(s => s.Items)
            .HasColumnType("jsonb")
            .HasConversion(
                items => JsonSerializer.Serialize(items, JsonOptions),
                json => JsonSerializer.Deserialize<List<SourceItem>>(json, JsonOptions) ?? new List<SourceItem>(),
                new ValueComparer<List<SourceItem>>(
                    (a, b) => JsonSerializer.Serialize(a, JsonOptions) == JsonSerializer.Serialize(b, JsonOptions),
                    items => JsonSerializer.Serialize(items, JsonOptions).GetHashCode(StringComparison.Ordinal),
                    items => items.ToList()))
            .HasDefaultValueSql("'[]'::jsonb");
        builder.HasOne(s => s.Article).WithMany(a => a.Sources).HasForeignKey(s => s.ArticleId).OnDelete(DeleteBehavior.Cascade);
    }
}
