using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class CallInWaiverReason : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "CallInWaiverReason",
                table: "ExecutiveDecisions",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "CallInWaiverReason",
                table: "ExecutiveDecisions");
        }
    }
}
