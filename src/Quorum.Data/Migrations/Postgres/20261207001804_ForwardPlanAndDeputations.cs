using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ForwardPlanAndDeputations : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Deputations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Speaker = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Email = table.Column<string>(type: "character varying(254)", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "character varying(1500)", maxLength: 1500, nullable: false),
                    ReceivedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Status = table.Column<int>(type: "integer", nullable: false),
                    ChairsReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    MinutesAllowed = table.Column<int>(type: "integer", nullable: true),
                    RecordedBy = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    DecidedAt = table.Column<Instant>(type: "timestamp with time zone", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Deputations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Deputations_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Deputations_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ForwardPlanEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Matter = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Decision = table.Column<string>(type: "text", nullable: false),
                    DecisionMakerBodyId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionMakerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    DecisionDate = table.Column<LocalDate>(type: "date", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: true),
                    Wards = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Documents = table.Column<string>(type: "text", nullable: false),
                    ExemptionParagraph = table.Column<int>(type: "integer", nullable: true),
                    ExemptionDetail = table.Column<string>(type: "text", nullable: true),
                    ListedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    GeneralExceptionOn = table.Column<LocalDate>(type: "date", nullable: true),
                    ScrutinyChair = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    UrgencyReasons = table.Column<string>(type: "text", nullable: true),
                    SpecialUrgencyOn = table.Column<LocalDate>(type: "date", nullable: true),
                    SpecialUrgencyAgreedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    WithdrawnOn = table.Column<LocalDate>(type: "date", nullable: true),
                    ExecutiveDecisionId = table.Column<Guid>(type: "uuid", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ForwardPlanEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ForwardPlanEntries_Committees_DecisionMakerBodyId",
                        column: x => x.DecisionMakerBodyId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ForwardPlanEntries_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ForwardPlanEntries_ExecutiveDecisions_ExecutiveDecisionId",
                        column: x => x.ExecutiveDecisionId,
                        principalTable: "ExecutiveDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ForwardPlanEntries_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_ForwardPlanEntries_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Deputations_AgendaItemId",
                table: "Deputations",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Deputations_MeetingId_Number",
                table: "Deputations",
                columns: new[] { "MeetingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Deputations_Modified",
                table: "Deputations",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_ForwardPlanEntries_CouncilId_DecisionDate",
                table: "ForwardPlanEntries",
                columns: new[] { "CouncilId", "DecisionDate" });

            migrationBuilder.CreateIndex(
                name: "IX_ForwardPlanEntries_CouncilId_Number",
                table: "ForwardPlanEntries",
                columns: new[] { "CouncilId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ForwardPlanEntries_DecisionMakerBodyId",
                table: "ForwardPlanEntries",
                column: "DecisionMakerBodyId");

            migrationBuilder.CreateIndex(
                name: "IX_ForwardPlanEntries_ExecutiveDecisionId",
                table: "ForwardPlanEntries",
                column: "ExecutiveDecisionId");

            migrationBuilder.CreateIndex(
                name: "IX_ForwardPlanEntries_MeetingId",
                table: "ForwardPlanEntries",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ForwardPlanEntries_Modified",
                table: "ForwardPlanEntries",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_ForwardPlanEntries_ReportId",
                table: "ForwardPlanEntries",
                column: "ReportId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "Deputations");

            migrationBuilder.DropTable(
                name: "ForwardPlanEntries");
        }
    }
}
