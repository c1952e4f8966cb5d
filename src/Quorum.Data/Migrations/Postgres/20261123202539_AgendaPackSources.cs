using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
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
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WardCouncillorsNotified",
                table: "Reports",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "StoragePath",
                table: "Enclosures",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClerkEmail",
                table: "Committees",
                type: "character varying(254)",
                maxLength: 254,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClerkName",
                table: "Committees",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClerkPhone",
                table: "Committees",
                type: "character varying(50)",
                maxLength: 50,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "ClerkTitle",
                table: "Committees",
                type: "character varying(200)",
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
