using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KernelPortal.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class UserCmsLanguage : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "cms_language",
                table: "users",
                type: "character varying(2)",
                maxLength: 2,
                nullable: false,
                defaultValue: "de");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "cms_language",
                table: "users");
        }
    }
}
