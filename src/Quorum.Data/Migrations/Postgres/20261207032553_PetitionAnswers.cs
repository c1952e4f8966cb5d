using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class PetitionAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "AnsweredAt",
                table: "Petitions");

            migrationBuilder.AddColumn<Guid>(
                name: "AnsweredByDecisionId",
                table: "Petitions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AnsweredByItemId",
                table: "Petitions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "AnsweredByReportId",
                table: "Petitions",
                type: "uuid",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_AnsweredByDecisionId",
                table: "Petitions",
                column: "AnsweredByDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_AnsweredByItemId",
                table: "Petitions",
                column: "AnsweredByItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Petitions_AnsweredByReportId",
                table: "Petitions",
                column: "AnsweredByReportId");

            migrationBuilder.AddForeignKey(
                name: "FK_Petitions_AgendaItems_AnsweredByItemId",
                table: "Petitions",
                column: "AnsweredByItemId",
                principalTable: "AgendaItems",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Petitions_ExecutiveDecisions_AnsweredByDecisionId",
                table: "Petitions",
                column: "AnsweredByDecisionId",
                principalTable: "ExecutiveDecisions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Petitions_Reports_AnsweredByReportId",
                table: "Petitions",
                column: "AnsweredByReportId",
                principalTable: "Reports",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_Petitions_AgendaItems_AnsweredByItemId",
                table: "Petitions");

            migrationBuilder.DropForeignKey(
                name: "FK_Petitions_ExecutiveDecisions_AnsweredByDecisionId",
                table: "Petitions");

            migrationBuilder.DropForeignKey(
                name: "FK_Petitions_Reports_AnsweredByReportId",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_AnsweredByDecisionId",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_AnsweredByItemId",
                table: "Petitions");

            migrationBuilder.DropIndex(
                name: "IX_Petitions_AnsweredByReportId",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "AnsweredByDecisionId",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "AnsweredByItemId",
                table: "Petitions");

            migrationBuilder.DropColumn(
                name: "AnsweredByReportId",
                table: "Petitions");

            migrationBuilder.AddColumn<string>(
                name: "AnsweredAt",
                table: "Petitions",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);
        }
    }
}
