using System;
using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NodaTime;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Initial : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Councils",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    ContactEmail = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Councils", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "Committees",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    BodyType = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    ParentId = table.Column<Guid>(type: "uuid", nullable: true),
                    Quorum = table.Column<int>(type: "integer", nullable: true),
                    Purpose = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Committees", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Committees_Committees_ParentId",
                        column: x => x.ParentId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Committees_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MunicipalYears",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    StartsOn = table.Column<LocalDate>(type: "date", nullable: false),
                    EndsOn = table.Column<LocalDate>(type: "date", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MunicipalYears", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MunicipalYears_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "PartyGroups",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_PartyGroups", x => x.Id);
                    table.ForeignKey(
                        name: "FK_PartyGroups_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Wards",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Name = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Wards", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Wards_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Meetings",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    Date = table.Column<LocalDate>(type: "date", nullable: false),
                    StartTime = table.Column<LocalTime>(type: "time", nullable: false),
                    Venue = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    VirtualLink = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    Status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    StatusReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    IsSpecial = table.Column<bool>(type: "boolean", nullable: false),
                    AgendaPublishedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    MinutesPublishedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    ClosedAt = table.Column<LocalTime>(type: "time", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Meetings", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Meetings_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ReserveLists",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PartyGroupId = table.Column<Guid>(type: "uuid", nullable: false),
                    MunicipalYearId = table.Column<Guid>(type: "uuid", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReserveLists", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReserveLists_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_ReserveLists_MunicipalYears_MunicipalYearId",
                        column: x => x.MunicipalYearId,
                        principalTable: "MunicipalYears",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReserveLists_PartyGroups_PartyGroupId",
                        column: x => x.PartyGroupId,
                        principalTable: "PartyGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "People",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    Title = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: true),
                    GivenName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    FamilyName = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    Slug = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    IsCouncillor = table.Column<bool>(type: "boolean", nullable: false),
                    WardId = table.Column<Guid>(type: "uuid", nullable: true),
                    PartyGroupId = table.Column<Guid>(type: "uuid", nullable: true),
                    Email = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Aliases = table.Column<List<string>>(type: "text[]", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_People", x => x.Id);
                    table.ForeignKey(
                        name: "FK_People_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_People_PartyGroups_PartyGroupId",
                        column: x => x.PartyGroupId,
                        principalTable: "PartyGroups",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_People_Wards_WardId",
                        column: x => x.WardId,
                        principalTable: "Wards",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                });

            migrationBuilder.CreateTable(
                name: "AgendaItems",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Part = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    ExemptionParagraph = table.Column<int>(type: "integer", nullable: true),
                    ToFollow = table.Column<bool>(type: "boolean", nullable: false),
                    Pages = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    ReportOf = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    Description = table.Column<string>(type: "text", nullable: true),
                    IsEducationMatter = table.Column<bool>(type: "boolean", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AgendaItems", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AgendaItems_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Attendance",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Mark = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    ForPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReserveCategory = table.Column<int>(type: "integer", nullable: true),
                    ArrivedAtItem = table.Column<int>(type: "integer", nullable: true),
                    LeftAfterItem = table.Column<int>(type: "integer", nullable: true),
                    Capacity = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Attendance", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Attendance_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Attendance_People_ForPersonId",
                        column: x => x.ForPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Attendance_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Memberships",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    VotingRight = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    OrganisationRepresented = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Position = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    To = table.Column<LocalDate>(type: "date", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Memberships", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Memberships_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Memberships_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "ReserveListEntries",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReserveListId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Position = table.Column<int>(type: "integer", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ReserveListEntries", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ReserveListEntries_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_ReserveListEntries_ReserveLists_ReserveListId",
                        column: x => x.ReserveListId,
                        principalTable: "ReserveLists",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Substitutes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Organisation = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    ForPersonId = table.Column<Guid>(type: "uuid", nullable: true),
                    From = table.Column<LocalDate>(type: "date", nullable: false),
                    To = table.Column<LocalDate>(type: "date", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Substitutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Substitutes_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Substitutes_People_ForPersonId",
                        column: x => x.ForPersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Substitutes_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Declarations",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Nature = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    LeftTheRoom = table.Column<bool>(type: "boolean", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Declarations", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Declarations_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Declarations_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_Declarations_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "Minutes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MeetingId = table.Column<Guid>(type: "uuid", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Minutes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Minutes_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Minutes_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Minutes_Meetings_MeetingId",
                        column: x => x.MeetingId,
                        principalTable: "Meetings",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Reports",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    CouncilId = table.Column<Guid>(type: "uuid", nullable: false),
                    AgendaItemId = table.Column<Guid>(type: "uuid", nullable: true),
                    ReportFor = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DateOfMeeting = table.Column<LocalDate>(type: "date", nullable: false),
                    Subject = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    KeyDecision = table.Column<bool>(type: "boolean", nullable: false),
                    ResponsibleOfficer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PortfolioHolder = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ScrutinyLeadMember = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    ExemptionParagraph = table.Column<int>(type: "integer", nullable: true),
                    DecisionSubjectToCallIn = table.Column<bool>(type: "boolean", nullable: false),
                    WardsAffected = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Summary = table.Column<string>(type: "text", nullable: false),
                    Recommendations = table.Column<string>(type: "text", nullable: false),
                    Body = table.Column<string>(type: "text", nullable: false),
                    ContactOfficer = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    State = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Reports", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Reports_AgendaItems_AgendaItemId",
                        column: x => x.AgendaItemId,
                        principalTable: "AgendaItems",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_Reports_Councils_CouncilId",
                        column: x => x.CouncilId,
                        principalTable: "Councils",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "ActionPoints",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MinuteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Description = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    Owner = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DueOn = table.Column<LocalDate>(type: "date", nullable: true),
                    CompletedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_ActionPoints", x => x.Id);
                    table.ForeignKey(
                        name: "FK_ActionPoints_Minutes_MinuteId",
                        column: x => x.MinuteId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Resolutions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MinuteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    Text = table.Column<string>(type: "text", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Parts = table.Column<List<string>>(type: "text[]", nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Resolutions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Resolutions_Minutes_MinuteId",
                        column: x => x.MinuteId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Votes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    MinuteId = table.Column<Guid>(type: "uuid", nullable: false),
                    Motion = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    For = table.Column<int>(type: "integer", nullable: false),
                    Against = table.Column<int>(type: "integer", nullable: false),
                    Abstentions = table.Column<int>(type: "integer", nullable: false),
                    ChairsCastingVote = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Votes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Votes_Minutes_MinuteId",
                        column: x => x.MinuteId,
                        principalTable: "Minutes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Clearances",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Role = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    OnBehalfOf = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    ClearedOn = table.Column<LocalDate>(type: "date", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Clearances", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Clearances_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "Enclosures",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    ReportId = table.Column<Guid>(type: "uuid", nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    FileName = table.Column<string>(type: "character varying(260)", maxLength: 260, nullable: false),
                    PageCount = table.Column<int>(type: "integer", nullable: false),
                    Sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    Version = table.Column<int>(type: "integer", nullable: false),
                    ExemptionParagraph = table.Column<int>(type: "integer", nullable: true),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Enclosures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Enclosures_Reports_ReportId",
                        column: x => x.ReportId,
                        principalTable: "Reports",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MemberVotes",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "uuid", nullable: false),
                    VoteId = table.Column<Guid>(type: "uuid", nullable: false),
                    PersonId = table.Column<Guid>(type: "uuid", nullable: false),
                    Choice = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    Created = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Modified = table.Column<Instant>(type: "timestamp with time zone", nullable: false),
                    Deleted = table.Column<Instant>(type: "timestamp with time zone", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MemberVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MemberVotes_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MemberVotes_Votes_VoteId",
                        column: x => x.VoteId,
                        principalTable: "Votes",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_ActionPoints_MinuteId",
                table: "ActionPoints",
                column: "MinuteId");

            migrationBuilder.CreateIndex(
                name: "IX_ActionPoints_Modified",
                table: "ActionPoints",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_MeetingId_Number",
                table: "AgendaItems",
                columns: new[] { "MeetingId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AgendaItems_Modified",
                table: "AgendaItems",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_ForPersonId",
                table: "Attendance",
                column: "ForPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_MeetingId_PersonId",
                table: "Attendance",
                columns: new[] { "MeetingId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_Modified",
                table: "Attendance",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Attendance_PersonId",
                table: "Attendance",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Clearances_Modified",
                table: "Clearances",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Clearances_ReportId",
                table: "Clearances",
                column: "ReportId");

            migrationBuilder.CreateIndex(
                name: "IX_Committees_CouncilId_Slug",
                table: "Committees",
                columns: new[] { "CouncilId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Committees_Modified",
                table: "Committees",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Committees_ParentId",
                table: "Committees",
                column: "ParentId");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_Modified",
                table: "Councils",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Councils_Slug",
                table: "Councils",
                column: "Slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_AgendaItemId",
                table: "Declarations",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_MeetingId",
                table: "Declarations",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_Modified",
                table: "Declarations",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Declarations_PersonId",
                table: "Declarations",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Enclosures_Modified",
                table: "Enclosures",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Enclosures_ReportId_Number",
                table: "Enclosures",
                columns: new[] { "ReportId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Enclosures_Sha256",
                table: "Enclosures",
                column: "Sha256");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_CommitteeId_Date",
                table: "Meetings",
                columns: new[] { "CommitteeId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Date",
                table: "Meetings",
                column: "Date");

            migrationBuilder.CreateIndex(
                name: "IX_Meetings_Modified",
                table: "Meetings",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_CommitteeId_From",
                table: "Memberships",
                columns: new[] { "CommitteeId", "From" });

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_Modified",
                table: "Memberships",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Memberships_PersonId",
                table: "Memberships",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberVotes_Modified",
                table: "MemberVotes",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_MemberVotes_PersonId",
                table: "MemberVotes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_MemberVotes_VoteId_PersonId",
                table: "MemberVotes",
                columns: new[] { "VoteId", "PersonId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Minutes_AgendaItemId",
                table: "Minutes",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Minutes_CommitteeId_Number",
                table: "Minutes",
                columns: new[] { "CommitteeId", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Minutes_MeetingId",
                table: "Minutes",
                column: "MeetingId");

            migrationBuilder.CreateIndex(
                name: "IX_Minutes_Modified",
                table: "Minutes",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_MunicipalYears_CouncilId_StartsOn",
                table: "MunicipalYears",
                columns: new[] { "CouncilId", "StartsOn" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MunicipalYears_Modified",
                table: "MunicipalYears",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_PartyGroups_CouncilId_Slug",
                table: "PartyGroups",
                columns: new[] { "CouncilId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_PartyGroups_Modified",
                table: "PartyGroups",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_People_CouncilId_Slug",
                table: "People",
                columns: new[] { "CouncilId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_People_FamilyName",
                table: "People",
                column: "FamilyName");

            migrationBuilder.CreateIndex(
                name: "IX_People_Modified",
                table: "People",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_People_PartyGroupId",
                table: "People",
                column: "PartyGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_People_WardId",
                table: "People",
                column: "WardId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_AgendaItemId",
                table: "Reports",
                column: "AgendaItemId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_CouncilId",
                table: "Reports",
                column: "CouncilId");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_Modified",
                table: "Reports",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Reports_State",
                table: "Reports",
                column: "State");

            migrationBuilder.CreateIndex(
                name: "IX_ReserveListEntries_Modified",
                table: "ReserveListEntries",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_ReserveListEntries_PersonId",
                table: "ReserveListEntries",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_ReserveListEntries_ReserveListId_Position",
                table: "ReserveListEntries",
                columns: new[] { "ReserveListId", "Position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReserveLists_CommitteeId_PartyGroupId_MunicipalYearId",
                table: "ReserveLists",
                columns: new[] { "CommitteeId", "PartyGroupId", "MunicipalYearId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_ReserveLists_Modified",
                table: "ReserveLists",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_ReserveLists_MunicipalYearId",
                table: "ReserveLists",
                column: "MunicipalYearId");

            migrationBuilder.CreateIndex(
                name: "IX_ReserveLists_PartyGroupId",
                table: "ReserveLists",
                column: "PartyGroupId");

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_MinuteId",
                table: "Resolutions",
                column: "MinuteId");

            migrationBuilder.CreateIndex(
                name: "IX_Resolutions_Modified",
                table: "Resolutions",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutes_CommitteeId",
                table: "Substitutes",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutes_ForPersonId",
                table: "Substitutes",
                column: "ForPersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutes_Modified",
                table: "Substitutes",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Substitutes_PersonId",
                table: "Substitutes",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_Votes_MinuteId",
                table: "Votes",
                column: "MinuteId");

            migrationBuilder.CreateIndex(
                name: "IX_Votes_Modified",
                table: "Votes",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_Wards_CouncilId_Slug",
                table: "Wards",
                columns: new[] { "CouncilId", "Slug" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Wards_Modified",
                table: "Wards",
                column: "Modified");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "ActionPoints");

            migrationBuilder.DropTable(
                name: "Attendance");

            migrationBuilder.DropTable(
                name: "Clearances");

            migrationBuilder.DropTable(
                name: "Declarations");

            migrationBuilder.DropTable(
                name: "Enclosures");

            migrationBuilder.DropTable(
                name: "Memberships");

            migrationBuilder.DropTable(
                name: "MemberVotes");

            migrationBuilder.DropTable(
                name: "ReserveListEntries");

            migrationBuilder.DropTable(
                name: "Resolutions");

            migrationBuilder.DropTable(
                name: "Substitutes");

            migrationBuilder.DropTable(
                name: "Reports");

            migrationBuilder.DropTable(
                name: "Votes");

            migrationBuilder.DropTable(
                name: "ReserveLists");

            migrationBuilder.DropTable(
                name: "People");

            migrationBuilder.DropTable(
                name: "Minutes");

            migrationBuilder.DropTable(
                name: "MunicipalYears");

            migrationBuilder.DropTable(
                name: "PartyGroups");

            migrationBuilder.DropTable(
                name: "Wards");

            migrationBuilder.DropTable(
                name: "AgendaItems");

            migrationBuilder.DropTable(
                name: "Meetings");

            migrationBuilder.DropTable(
                name: "Committees");

            migrationBuilder.DropTable(
                name: "Councils");
        }
    }
}
