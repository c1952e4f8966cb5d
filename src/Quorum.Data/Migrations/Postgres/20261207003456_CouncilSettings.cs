using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    // Councils stored before settings existed are English (Nation defaults to England).
    public partial class CouncilSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<LocalDate>(
                name: "ElectionOn",
                table: "MunicipalYears",
                type: "date",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Councils",
                type: "character varying(500)",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nation",
                table: "Councils",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "England");

            migrationBuilder.AddColumn<string>(
                name: "Telephone",
                table: "Councils",
                type: "character varying(40)",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebAddress",
                table: "Councils",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumOneIn",
                table: "Committees",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Seats",
                table: "Committees",
                type: "integer",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilProcedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    EffectiveFrom = table.Column<LocalDate>(type: "date", nullable: false),
                    QuestionWorkingDaysBefore = table.Column<int>(type: "integer", nullable: false),
                    QuestionDeadline = table.Column<LocalTime>(type: "time", nullable: false),
                    CallInWorkingDays = table.Column<int>(type: "integer", nullable: false),
                    MinuteRestart = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    PublishDraftMinutes = table.Column<bool>(type: "boolean", nullable: false),
                    CommitteeRules = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ExecutiveRules = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    QuestionsRule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    PetitionsRule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    DeputationsRule = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ConstitutionPart = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CouncilProcedures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CouncilProcedures_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilProcedures_CouncilId_EffectiveFrom",
                table: "CouncilProcedures",
                columns: new[] { "CouncilId", "EffectiveFrom" });

            migrationBuilder.CreateIndex(
                name: "IX_CouncilProcedures_Modified",
                table: "CouncilProcedures",
                column: "Modified");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CouncilProcedures");

            migrationBuilder.DropColumn(
                name: "ElectionOn",
                table: "MunicipalYears");

            migrationBuilder.DropColumn(
                name: "Address",
                table: "Councils");

            migrationBuilder.DropColumn(
                name: "Nation",
                table: "Councils");

            migrationBuilder.DropColumn(
                name: "Telephone",
                table: "Councils");

            migrationBuilder.DropColumn(
                name: "WebAddress",
                table: "Councils");

            migrationBuilder.DropColumn(
                name: "QuorumOneIn",
                table: "Committees");

            migrationBuilder.DropColumn(
                name: "Seats",
                table: "Committees");
        }
    }
}
