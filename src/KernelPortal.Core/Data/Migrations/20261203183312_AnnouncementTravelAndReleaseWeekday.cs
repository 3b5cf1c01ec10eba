using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace KernelPortal.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class AnnouncementTravelAndReleaseWeekday : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "release_weekday",
                table: "announcements",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "travel_sentence",
                table: "announcements",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "release_weekday",
                table: "announcements");

            migrationBuilder.DropColumn(
                name: "travel_sentence",
                table: "announcements");
        }
    }
}
