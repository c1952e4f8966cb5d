using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Sqlite
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
                type: "TEXT",
                nullable: true,
                oldClrType: typeof(Guid),
                oldType: "TEXT");

            migrationBuilder.AddColumn<string>(
                name: "Query",
                table: "AlertSubscriptions",
                type: "TEXT",
                maxLength: 200,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<int>(
                name: "Target",
                table: "AlertSubscriptions",
                type: "INTEGER",
                maxLength: 20,
                nullable: false,
                defaultValue: 0);

            migrationBuilder.AddColumn<Guid>(
                name: "TargetId",
                table: "AlertSubscriptions",
                type: "TEXT",
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
                type: "TEXT",
                nullable: false,
                defaultValue: new Guid("00000000-0000-0000-0000-000000000000"),
                oldClrType: typeof(Guid),
                oldType: "TEXT",
                oldNullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AlertSubscriptions_CommitteeId_EmailKey",
                table: "AlertSubscriptions",
                columns: new[] { "CommitteeId", "EmailKey" },
                unique: true);
        }
    }
}
