using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KernelPortal.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnnouncementScheduleHint : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "expected_last_rc",
                table: "announcements",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "hint_sentence",
                table: "announcements",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "expected_last_rc",
                table: "announcements");

            migrationBuilder.DropColumn(
                name: "hint_sentence",
                table: "announcements");
        }
    }
}
