using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    // Councils stored before settings existed are English (Nation defaults to England).
    public partial class CouncilSettings : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ElectionOn",
                table: "MunicipalYears",
                type: "TEXT",
                maxLength: 10,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Address",
                table: "Councils",
                type: "TEXT",
                maxLength: 500,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Nation",
                table: "Councils",
                type: "TEXT",
                maxLength: 20,
                nullable: false,
                defaultValue: "England");

            migrationBuilder.AddColumn<string>(
                name: "Telephone",
                table: "Councils",
                type: "TEXT",
                maxLength: 40,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "WebAddress",
                table: "Councils",
                type: "TEXT",
                maxLength: 300,
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "QuorumOneIn",
                table: "Committees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.AddColumn<int>(
                name: "Seats",
                table: "Committees",
                type: "INTEGER",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "CouncilProcedures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CouncilId = table.Column<Guid>(type: "TEXT", nullable: false),
                    EffectiveFrom = table.Column<string>(type: "TEXT", maxLength: 10, nullable: false),
                    QuestionWorkingDaysBefore = table.Column<int>(type: "INTEGER", nullable: false),
                    QuestionDeadline = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    CallInWorkingDays = table.Column<int>(type: "INTEGER", nullable: false),
                    MinuteRestart = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    PublishDraftMinutes = table.Column<bool>(type: "INTEGER", nullable: false),
                    CommitteeRules = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    ExecutiveRules = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    QuestionsRule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    PetitionsRule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    DeputationsRule = table.Column<string>(type: "TEXT", maxLength: 20, nullable: true),
                    ConstitutionPart = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    Created = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Modified = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Deleted = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true)
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
