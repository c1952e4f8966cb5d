using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PaperConsultations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Consultations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    ReportId = table.Column<Guid>(type: "TEXT", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Purpose = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    Recommendation = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: false),
                    Outcome = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    MinuteId = table.Column<Guid>(type: "TEXT", nullable: true),
                    Created = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Modified = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Deleted = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Consultations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Consultations_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Consultations_Minutes_MinuteId",
                        column: x => x.MinuteId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Consultations_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_AgendaItemId",
                table: "Consultations",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_MinuteId",
                table: "Consultations",
                column: "MinuteId");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_Modified",
                table: "Consultations",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Consultations_ReportId_AgendaItemId",
                table: "Consultations",
                columns: new[] { "ReportId", "AgendaItemId" },
                unique: true,
                filter: "\"Deleted\" IS NULL");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Consultations");
        }
    }
}
