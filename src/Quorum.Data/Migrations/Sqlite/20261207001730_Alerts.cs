using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class Alerts : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "AlertSubscriptions",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    CommitteeId = table.Column<Guid>(type: "TEXT", nullable: false),
                    Email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    EmailKey = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Frequency = table.Column<int>(type: "INTEGER", maxLength: 20, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    RequestedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    ConfirmedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    UnsubscribedAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    Created = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Modified = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Deleted = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AlertSubscriptions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AlertSubscriptions_Committees_CommitteeId",
                        column: x => x.CommitteeId,
                        principalTable: "Committees",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "OutgoingMail",
                columns: table => new
                {
                    Id = table.Column<Guid>(type: "TEXT", nullable: false),
                    To = table.Column<string>(type: "TEXT", maxLength: 254, nullable: false),
                    Subject = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    Text = table.Column<string>(type: "TEXT", nullable: false),
                    UnsubscribeUrl = table.Column<string>(type: "TEXT", maxLength: 1000, nullable: true),
                    DigestOf = table.Column<Guid>(type: "TEXT", nullable: true),
                    DueAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Attempts = table.Column<int>(type: "INTEGER", nullable: false),
                    SentAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    GaveUpAt = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true),
                    LastError = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    Created = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Modified = table.Column<string>(type: "TEXT", maxLength: 28, nullable: false),
                    Deleted = table.Column<string>(type: "TEXT", maxLength: 28, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_OutgoingMail", x => x.Id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscriptions_CommitteeId_EmailKey",
                table: "AlertSubscriptions",
                columns: new[] { "CommitteeId", "EmailKey" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscriptions_Modified",
                table: "AlertSubscriptions",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscriptions_Token",
                table: "AlertSubscriptions",
                column: "Token",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMail_Modified",
                table: "OutgoingMail",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMail_SentAt_GaveUpAt_DueAt",
                table: "OutgoingMail",
                columns: new[] { "SentAt", "GaveUpAt", "DueAt" });

            migrationBuilder.CreateIndex(
                name: "IX_OutgoingMail_To",
                table: "OutgoingMail",
                column: "To");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AlertSubscriptions");

            migrationBuilder.DropTable(
                name: "OutgoingMail");
        }
    }
}
