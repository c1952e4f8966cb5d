using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReservePlacesLiveOnly : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReserveListEntries_ReserveListId_Position",
                table: "ReserveListEntries");

            migrationBuilder.CreateIndex(
                name: "IX_ReserveListEntries_ReserveListId_Position",
                table: "ReserveListEntries",
                columns: new[] { "ReserveListId", "Position" },
                unique: true,
                filter: "\"Deleted\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ReserveListEntries_ReserveListId_Position",
                table: "ReserveListEntries");

            migrationBuilder.CreateIndex(
                name: "IX_ReserveListEntries_ReserveListId_Position",
                table: "ReserveListEntries",
                columns: new[] { "ReserveListId", "Position" },
                unique: true);
        }
    }
}
