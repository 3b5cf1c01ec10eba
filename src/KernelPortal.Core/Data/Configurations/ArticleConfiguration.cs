using KernelPortal.Core.Content;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace KernelPortal.Core.Data.Configurations;

internal sealed class ArticleConfiguration : IEntityTypeConfiguration<Article>
{
    public void Configure(EntityTypeBuilder<Article> builder)
    {
        builder.Property(a => a.Slug).HasMaxLength(Slug.MaxLength);
        builder.HasIndex(a => a.Slug).IsUnique();
        builder.Property(a => a.Title).HasMaxLength(Article.TitleMaxLength);
        builder.Property(a => a.Lead).HasMaxLength(Article.LeadMaxLength);
        builder.Property(a => a.Iow).HasMaxLength(Article.IowMaxLength);
        builder.Property(a => a.BodyMarkdown).HasMaxLength(Article.BodyMaxLength);
        builder.Property(a => a.AuthorName).HasMaxLength(Article.AuthorNameMaxLength);
        builder.Property(a => a.Language).HasConversion(LanguageConverter.Instance).HasMaxLength(2);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(32);

        // xmin changes on every UPDATE, so it is a concurrency token that costs no column (Npgsql maps uint + IsRowVersion to xmin).
        builder.Property(a => a.ConcurrencyToken).IsRowVersion();

        // The public lists read "published, newest first" on every request. The id rides along so that counting a
        // tag's visible articles (the tag page's total) joins article_tags with this index alone: the heap, where each
        // row carries its text and search head, cost 5 ms per count at 5,000 articles, the index 2.
        builder.HasIndex(a => new { a.Status, a.PublishedAt }).IncludeProperties(a => a.Id);
        // One edition's lists (the archive, the front page, the edition feeds) read "published in this language, newest
        // first": with the language in the key, a page of 20 is an index range scan instead of a filter over both editions.
        builder.HasIndex(a => new { a.Status, a.Language, a.PublishedAt });
        builder.HasIndex(a => new { a.Status, a.PublishAt });
        // The front page asks which series had the newest published parts: with the series and the date in the key
        // that is an index-only scan over the series' parts instead of a visit to every part's heap page (12 ms at
        // 5,000 articles, where each row with its body and search vectors fills a page of its own).
        builder.HasIndex(a => new { a.Status, a.SeriesId, a.PublishedAt });
        // A release's articles (its page, its feed), newest first. With only the release's own index, PostgreSQL's
        // generic plan for the prepared statement — which it picks by itself, guessing a third of all articles for
        // "published_at <= $1" — ANDed that index with the (status, published_at) one and read every published entry:
        // 1.1 ms per release page at 5,000 articles instead of 0.05 (docs/performance.md).
        builder.HasIndex(a => new { a.Status, a.ReleaseId, a.PublishedAt });

        builder.HasOne(a => a.Translation).WithOne().HasForeignKey<Article>(a => a.TranslationId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Author).WithMany().HasForeignKey(a => a.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Release).WithMany(r => r.Articles).HasForeignKey(a => a.ReleaseId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(a => a.Series).WithMany(s => s.Articles).HasForeignKey(a => a.SeriesId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(a => a.Revisions).WithOne(r => r.Article).HasForeignKey(r => r.ArticleId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Tags).WithMany(t => t.Articles).UsingEntity(join => join.ToTable("article_tags"));

        builder.ToTable(t => t.HasCheckConstraint("ck_articles_series_part", "series_part IS NULL OR series_part >= 1"));

        // Full-text matching lives beside this table, in article_search (one narrow row per published article: id,
        // date and the whole text's tsvector, stored out of line), kept by a trigger on this table (migration
        // ArticleSearchTable): the GIN match then visits a few hundred narrow pages, not one wide article row per match
        // (docs/performance.md, search at 100,000 articles). It is not part of the EF model; only ArticleSearch's SQL
        // reads it.

        // Title and lead alone: small enough to stay in the row (no TOAST), so ranking the newest matches reads no
        // article bodies. Search matches in article_search and ranks on this.
        builder.Property<NpgsqlTypes.NpgsqlTsVector>("SearchHead")
            .HasColumnName("search_head")
            .HasComputedColumnSql(
                "setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(title, '')), 'A') || " +
                "setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(lead, '')), 'B')",
                stored: true);
    }
}
