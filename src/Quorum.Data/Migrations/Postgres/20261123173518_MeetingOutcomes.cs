using System;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class MeetingOutcomes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "Sensitive",
                table: "Declarations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "VoteId",
                table: "Resolutions",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "DispensationId",
                table: "Declarations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Outcome",
                table: "Declarations",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Remained");

            // A member who left the room under the old flag withdrew.
            migrationBuilder.Sql("UPDATE \"Declarations\" SET \"Outcome\" = 'Withdrew' WHERE \"LeftTheRoom\";");

            migrationBuilder.DropColumn(
                name: "LeftTheRoom",
                table: "Declarations");

            migrationBuilder.AddColumn<Guid>(
                name: "RegisteredInterestId",
                table: "Declarations",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "NotedAtReservesItem",
                table: "Attendance",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<Guid>(
                name: "ReportBackMeetingId",
                table: "ActionPoints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<Guid>(
                name: "ResolutionId",
                table: "ActionPoints",
                type: "uuid",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "Status",
                table: "ActionPoints",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "Green");

            migrationBuilder.CreateTable(
                name: "Dispensations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: true),
                    Scope = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Ground = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    GrantedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    CoversDiscussion = table.Column<bool>(type: "boolean", nullable: false),
                    CoversVoting = table.Column<bool>(type: "boolean", nullable: false),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    Expires = table.Column<LocalDate>(type: "date", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Dispensations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Dispensations_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Dispensations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ExecutiveDecisions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    MinuteId = table.Column<Guid>(type: "uuid", nullable: true),
                    DecisionMaker = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Decision = table.Column<string>(type: "text", nullable: false),
                    DecidedOn = table.Column<LocalDate>(type: "date", nullable: false),
                    Reasons = table.Column<string>(type: "text", nullable: false),
                    AlternativesRejected = table.Column<string>(type: "text", nullable: false),
                    ConflictsDeclared = table.Column<string>(type: "text", nullable: true),
                    KeyDecision = table.Column<bool>(type: "boolean", nullable: false),
                    CallInWaived = table.Column<bool>(type: "boolean", nullable: false),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    PublishedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    CallInEnds = table.Column<LocalDate>(type: "date", nullable: true),
                    ImplementableFrom = table.Column<LocalDate>(type: "date", nullable: true),
                    CalledInOn = table.Column<LocalDate>(type: "date", nullable: true),
                    ImplementedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ExecutiveDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ExecutiveDecisions_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ExecutiveDecisions_Minutes_MinuteId",
                        column: x => x.MinuteId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "MeetingMinutes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Html = table.Column<string>(type: "text", nullable: false),
                    EditedByClerk = table.Column<bool>(type: "boolean", nullable: false),
                    ApprovedAtMeetingId = table.Column<Guid>(type: "uuid", nullable: true),
                    ApprovedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Amendment = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true),
                    PublishedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MeetingMinutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MeetingMinutes_Meetings_ApprovedAtMeetingId",
                        column: x => x.ApprovedAtMeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MeetingMinutes_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "RegisteredInterests",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Category = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    OfSpouseOrPartner = table.Column<bool>(type: "boolean", nullable: false),
                    Sensitive = table.Column<bool>(type: "boolean", nullable: false),
                    Donor = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ValueGbp = table.Column<decimal>(type: "numeric(12,2)", precision: 12, scale: 2, nullable: true),
                    RegisteredOn = table.Column<LocalDate>(type: "date", nullable: false),
                    EndedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    ReplacesId = table.Column<Guid>(type: "uuid", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RegisteredInterests", x => x.Id);
                    table.ForeignKey(
                        name: "FK_RegisteredInterests_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_RegisteredInterests_RegisteredInterests_ReplacesId",
                        column: x => x.ReplacesId,
                        principalTable: "RegisteredInterests",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_VoteId",
                table: "Resolutions",
                column: "VoteId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_DispensationId",
                table: "Declarations",
                column: "DispensationId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_RegisteredInterestId",
                table: "Declarations",
                column: "RegisteredInterestId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPoints_ReportBackMeetingId",
                table: "ActionPoints",
                column: "ReportBackMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPoints_ResolutionId",
                table: "ActionPoints",
                column: "ResolutionId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispensations_CommitteeId",
                table: "Dispensations",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_Dispensations_Modified",
                table: "Dispensations",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Dispensations_PersonId_Expires",
                table: "Dispensations",
                columns: new[] { "PersonId", "Expires" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutiveDecisions_CommitteeId_DecidedOn",
                table: "ExecutiveDecisions",
                columns: new[] { "CommitteeId", "DecidedOn" });

            migrationBuilder.CreateIndex(
                name: "IX_ExecutiveDecisions_MinuteId",
                table: "ExecutiveDecisions",
                column: "MinuteId");

            migrationBuilder.CreateIndex(
                name: "IX_ExecutiveDecisions_Modified",
                table: "ExecutiveDecisions",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingMinutes_ApprovedAtMeetingId",
                table: "MeetingMinutes",
                column: "ApprovedAtMeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_MeetingMinutes_MeetingId",
                table: "MeetingMinutes",
                column: "MeetingId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MeetingMinutes_Modified",
                table: "MeetingMinutes",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredInterests_Modified",
                table: "RegisteredInterests",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredInterests_PersonId_RegisteredOn",
                table: "RegisteredInterests",
                columns: new[] { "PersonId", "RegisteredOn" });

            migrationBuilder.CreateIndex(
                name: "IX_RegisteredInterests_ReplacesId",
                table: "RegisteredInterests",
                column: "ReplacesId");

            migrationBuilder.AddForeignKey(
                name: "FK_ActionPoints_Meetings_ReportBackMeetingId",
                table: "ActionPoints",
                column: "ReportBackMeetingId",
                principalTable: "Meetings",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_ActionPoints_Resolutions_ResolutionId",
                table: "ActionPoints",
                column: "ResolutionId",
                principalTable: "Resolutions",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);

            migrationBuilder.AddForeignKey(
                name: "FK_Declarations_Dispensations_DispensationId",
                table: "Declarations",
                column: "DispensationId",
                principalTable: "Dispensations",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Declarations_RegisteredInterests_RegisteredInterestId",
                table: "Declarations",
                column: "RegisteredInterestId",
                principalTable: "RegisteredInterests",
                principalColumn: "Id",
                onDelete: ReferentialAction.Restrict);

            migrationBuilder.AddForeignKey(
                name: "FK_Resolutions_Votes_VoteId",
                table: "Resolutions",
                column: "VoteId",
                principalTable: "Votes",
                principalColumn: "Id",
                onDelete: ReferentialAction.SetNull);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<bool>(
                name: "LeftTheRoom",
                table: "Declarations",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.Sql("UPDATE \"Declarations\" SET \"LeftTheRoom\" = TRUE WHERE \"Outcome\" = 'Withdrew';");

            migrationBuilder.DropColumn(
                name: "Sensitive",
                table: "Declarations");

            migrationBuilder.DropForeignKey(
                name: "FK_ActionPoints_Meetings_ReportBackMeetingId",
                table: "ActionPoints");

            migrationBuilder.DropForeignKey(
                name: "FK_ActionPoints_Resolutions_ResolutionId",
                table: "ActionPoints");

            migrationBuilder.DropForeignKey(
                name: "FK_Declarations_Dispensations_DispensationId",
                table: "Declarations");

            migrationBuilder.DropForeignKey(
                name: "FK_Declarations_RegisteredInterests_RegisteredInterestId",
                table: "Declarations");

            migrationBuilder.DropForeignKey(
                name: "FK_Resolutions_Votes_VoteId",
                table: "Resolutions");

            migrationBuilder.DropTable(
                name: "Dispensations");

            migrationBuilder.DropTable(
                name: "ExecutiveDecisions");

            migrationBuilder.DropTable(
                name: "MeetingMinutes");

            migrationBuilder.DropTable(
                name: "RegisteredInterests");

            migrationBuilder.DropIndex(
                name: "IX_Resolutions_VoteId",
                table: "Resolutions");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_DispensationId",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_Declarations_RegisteredInterestId",
                table: "Declarations");

            migrationBuilder.DropIndex(
                name: "IX_ActionPoints_ReportBackMeetingId",
                table: "ActionPoints");

            migrationBuilder.DropIndex(
                name: "IX_ActionPoints_ResolutionId",
                table: "ActionPoints");

            migrationBuilder.DropColumn(
                name: "VoteId",
                table: "Resolutions");

            migrationBuilder.DropColumn(
                name: "DispensationId",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "Outcome",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "RegisteredInterestId",
                table: "Declarations");

            migrationBuilder.DropColumn(
                name: "NotedAtReservesItem",
                table: "Attendance");

            migrationBuilder.DropColumn(
                name: "ReportBackMeetingId",
                table: "ActionPoints");

            migrationBuilder.DropColumn(
                name: "ResolutionId",
                table: "ActionPoints");

            migrationBuilder.DropColumn(
                name: "Status",
                table: "ActionPoints");
        }
    }
}
