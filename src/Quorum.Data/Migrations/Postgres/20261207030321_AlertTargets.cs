using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AlertTargets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AlertSubscriptions_CommitteeId_EmailKey",
                table: "AlertSubscriptions");

            migrationBuilder.AlterColumn<Guid>(
                name: "CommitteeId",
                table: "AlertSubscriptions",
                type: "uuid",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "uuid");

            migrationBuilder.AddColumn<string>(
                name: "Query",
                table: "AlertSubscriptions",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Target",
                table: "AlertSubscriptions",
                type: "integer",
                maxLength: 20,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "TargetId",
                table: "AlertSubscriptions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"));

            // Every subscription so far follows a body.
            migrationBuilder.Sql("UPDATE \"AlertSubscriptions\" SET \"TargetId\" = \"CommitteeId\";");

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscriptions_CommitteeId",
                table: "AlertSubscriptions",
                column: "CommitteeId");

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscriptions_Target_TargetId_Query_EmailKey",
                table: "AlertSubscriptions",
                columns: new[] { "Target", "TargetId", "Query", "EmailKey" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AlertSubscriptions_CommitteeId",
                table: "AlertSubscriptions");

            migrationBuilder.DropIndex(
                name: "IX_AlertSubscriptions_Target_TargetId_Query_EmailKey",
                table: "AlertSubscriptions");

            migrationBuilder.DropColumn(
                name: "Query",
                table: "AlertSubscriptions");

            migrationBuilder.DropColumn(
                name: "Target",
                table: "AlertSubscriptions");

            migrationBuilder.DropColumn(
                name: "TargetId",
                table: "AlertSubscriptions");

            migrationBuilder.AlterColumn<Guid>(
                name: "CommitteeId",
                table: "AlertSubscriptions",
                type: "uuid",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "uuid",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscriptions_CommitteeId_EmailKey",
                table: "AlertSubscriptions",
                columns: new[] { "CommitteeId", "EmailKey" },
                unique: true);
        }
    }
}
