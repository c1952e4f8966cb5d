using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AgendaPackSources : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "BackgroundPapers",
                table: "Reports",
                type: "TEXT",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WardCouncillorsNotified",
                table: "Reports",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StoragePath",
                table: "Enclosures",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClerkEmail",
                table: "Committees",
                type: "TEXT",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClerkName",
                table: "Committees",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClerkPhone",
                table: "Committees",
                type: "TEXT",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClerkTitle",
                table: "Committees",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "BackgroundPapers",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "WardCouncillorsNotified",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "StoragePath",
                table: "Enclosures");

            migrationBuilder.DropColumn(
                name: "ClerkEmail",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "ClerkName",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "ClerkPhone",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "ClerkTitle",
                table: "Committees");
        }
    }
}
