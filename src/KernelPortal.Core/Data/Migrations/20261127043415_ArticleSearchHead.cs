using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace KernelPortal.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleSearchHead : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_head",
                table: "articles",
                type: "tsvector",
                nullable: true,
                computedColumnSql: "setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(title, '')), 'A') || setweight(to_tsvector(CASE language WHEN 'de' THEN 'german'::regconfig ELSE 'english'::regconfig END, coalesce(lead, '')), 'B')",
                stored: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "search_head",
                table: "articles");
        }
    }
}
