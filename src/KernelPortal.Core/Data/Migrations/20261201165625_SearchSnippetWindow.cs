using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KernelPortal.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class SearchSnippetWindow : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The text ts_headline makes a search hit's snippet from. ts_headline parses and stems every word it is
            // given (about 0.3 ms per 3 KB, so a 20 KB article costs a millisecond and more per hit), while the snippet
            // shows two fragments of at most 35 words. So it gets a window of 1,500 characters around the first place
            // where one of the query's lexemes occurs literally in the lower-cased text (300 before it, starting at a
            // word), which is where Snowball stems usually stand as a prefix ("dateisyst" in "Dateisysteme"). When no
            // lexeme occurs literally (a stem that is not a prefix, such as "memori" for "memory", or a hit in the
            // title only), the whole text as before, up to 20,000 characters.
            migrationBuilder.Sql("""
                CREATE FUNCTION article_search_snippet_source(body text, query tsquery) RETURNS text
                LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
                    SELECT CASE
                        WHEN x.first IS NULL THEN left(body, 20000)
                        WHEN x.first <= 300 THEN left(body, 1500)
                        ELSE regexp_replace(substr(body, x.first - 300, 1500), '^\S*\s+', '')
                    END
                    FROM (SELECT min(nullif(strpos(l.text, replace(m[1], '''''', '''')), 0)) AS first
                          FROM (SELECT lower(body) AS text) l,
                               regexp_matches(query::text, '''((?:[^'']|'''')+)''', 'g') m) x
                $$;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP FUNCTION article_search_snippet_source(text, tsquery);");
        }
    }
}
