using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StaffCouncils : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<Guid>(
                name: "CouncilId",
                table: "AspNetUsers",
                type: "TEXT",
                nullable: true);

            migrationBuilder.CreateIndex(
                name: "IX_AspNetUsers_CouncilId",
                table: "AspNetUsers",
                column: "CouncilId");

            migrationBuilder.AddForeignKey(
                name: "FK_AspNetUsers_Councils_CouncilId",
                table: "AspNetUsers",
                column: "CouncilId",
                principalTable: "Councils",
                principalColumn: "Id",
                onDelete: ReferentialAction.Cascade);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropForeignKey(
                name: "FK_AspNetUsers_Councils_CouncilId",
                table: "AspNetUsers");

            migrationBuilder.DropIndex(
                name: "IX_AspNetUsers_CouncilId",
                table: "AspNetUsers");

            migrationBuilder.DropColumn(
                name: "CouncilId",
                table: "AspNetUsers");
        }
    }
}
