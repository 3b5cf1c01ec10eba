using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KernelPortal.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArticleRevisionSavedAtIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "ix_article_revisions_article_id_saved_at",
                table: "article_revisions",
                columns: new[] { "article_id", "saved_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_article_revisions_article_id_saved_at",
                table: "article_revisions");
        }
    }
}
