using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ImportedPackHashPerCouncil : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportedPacks_ContentHash",
                table: "ImportedPacks");

            migrationBuilder.DropIndex(
                name: "IX_ImportedPacks_CouncilId",
                table: "ImportedPacks");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPacks_ContentHash",
                table: "ImportedPacks",
                column: "ContentHash");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPacks_CouncilId_ContentHash",
                table: "ImportedPacks",
                columns: new[] { "CouncilId", "ContentHash" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_ImportedPacks_ContentHash",
                table: "ImportedPacks");

            migrationBuilder.DropIndex(
                name: "IX_ImportedPacks_CouncilId_ContentHash",
                table: "ImportedPacks");

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPacks_ContentHash",
                table: "ImportedPacks",
                column: "ContentHash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ImportedPacks_CouncilId",
                table: "ImportedPacks",
                column: "CouncilId");
        }
    }
}
