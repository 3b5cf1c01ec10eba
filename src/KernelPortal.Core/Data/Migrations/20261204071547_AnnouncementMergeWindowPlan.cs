using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KernelPortal.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnnouncementMergeWindowPlan : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "merge_window_days",
                table: "announcements",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "merge_window_sentence",
                table: "announcements",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddCheckConstraint(
                name: "ck_announcements_merge_window_days",
                table: "announcements",
                sql: "merge_window_days BETWEEN 1 AND 60");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropCheckConstraint(
                name: "ck_announcements_merge_window_days",
                table: "announcements");

            migrationBuilder.DropColumn(
                name: "merge_window_days",
                table: "announcements");

            migrationBuilder.DropColumn(
                name: "merge_window_sentence",
                table: "announcements");
        }
    }
}
