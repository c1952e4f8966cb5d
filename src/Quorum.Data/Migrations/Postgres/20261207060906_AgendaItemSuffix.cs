using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AgendaItemSuffix : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems");

            migrationBuilder.AddColumn<string>(
                name: "Suffix",
                table: "AgendaItems",
                type: "character varying(8)",
                maxLength: 8,
                nullable: false,
                defaultValue: "");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Number_Suffix",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Number", "Suffix" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AgendaItems_MeetingId_Number_Suffix",
                table: "AgendaItems");

            migrationBuilder.DropColumn(
                name: "Suffix",
                table: "AgendaItems");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Number" },
                unique: true);
        }
    }
}
