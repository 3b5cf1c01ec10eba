using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace KernelPortal.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSearchTable : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // What readers can find: one narrow row per published article (the date half of the visibility rule is
            // applied by the query, as published_at may lie ahead). The GIN match visits these rows to read the dates;
            // with the vectors stored out of line (toast_tuple_target and STORAGE EXTERNAL), about 180 rows share a page
            // where an article row filled one. Ranking keeps using articles.search_head, which stays in the row.
            migrationBuilder.Sql("""
                CREATE TABLE article_search (
                    article_id integer PRIMARY KEY REFERENCES articles (id) ON DELETE CASCADE,
                    published_at timestamp with time zone NOT NULL,
                    search_vector tsvector NOT NULL
                ) WITH (toast_tuple_target = 128);
                ALTER TABLE article_search ALTER COLUMN search_vector SET STORAGE EXTERNAL;
                -- fastupdate off: a new or edited article goes into the index at once instead of into a pending list
                -- that every search would scan until the next vacuum (8 ms per search right after 100,000 inserts).
                CREATE INDEX ix_article_search_search_vector ON article_search USING gin (search_vector) WITH (fastupdate = off);

                -- Title weight A, lead B, text C, in the article's own language (as articles.search_head weighs title
                -- and lead).
                CREATE FUNCTION article_search_vector(language text, title text, lead text, body text) RETURNS tsvector
                LANGUAGE sql IMMUTABLE AS $$
                    SELECT setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(title, '')), 'A') ||
                           setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(lead, '')), 'B') ||
                           setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(body, '')), 'C')
                $$;

                CREATE FUNCTION article_search_sync() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    IF NEW.status <> 'Published' OR NEW.published_at IS NULL THEN
                        DELETE FROM article_search WHERE article_id = NEW.id;
                        RETURN NULL;
                    END IF;
                    INSERT INTO article_search (article_id, published_at, search_vector)
                    VALUES (NEW.id, NEW.published_at, article_search_vector(NEW.language, NEW.title, NEW.lead, NEW.body_markdown))
                    ON CONFLICT (article_id) DO UPDATE
                        SET published_at = EXCLUDED.published_at,
                            search_vector = EXCLUDED.search_vector;
                    RETURN NULL;
                END
                $$;

                -- Only the columns the rows are made of: saving an article's other fields (or the xmin token's bump)
                -- costs no re-parse.
                CREATE TRIGGER trg_articles_search
                    AFTER INSERT OR UPDATE OF status, published_at, title, lead, body_markdown, language ON articles
                    FOR EACH ROW EXECUTE FUNCTION article_search_sync();

                -- The articles already published (an INSERT, not an UPDATE that would fire the trigger: that would bump
                -- every article's xmin and make an editor's open form see a conflict).
                INSERT INTO article_search (article_id, published_at, search_vector)
                SELECT id, published_at, article_search_vector(language, title, lead, body_markdown)
                FROM articles WHERE status = 'Published' AND published_at IS NOT NULL;
                """);

            migrationBuilder.DropIndex(
                name: "ix_articles_search_vector",
                table: "articles");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "articles");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                DROP TRIGGER trg_articles_search ON articles;
                DROP FUNCTION article_search_sync();
                DROP TABLE article_search;
                DROP FUNCTION article_search_vector(text, text, text, text);
                """);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(title, '')), 'A') || setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(lead, '')), 'B') || setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(body_markdown, '')), 'C')",
                stored: true);

            migrationBuilder.CreateIndex(
                name: "ix_articles_search_vector",
                table: "articles",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
