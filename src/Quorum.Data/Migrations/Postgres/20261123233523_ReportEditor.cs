using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class ReportEditor : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Background",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "CouncilPriorities",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EnvironmentalImpact",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "EqualitiesImplications",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "FinancialImplications",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "LegalImplications",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "OptionsConsidered",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "PerformanceIssues",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "ReturnReason",
                table: "Reports",
                type: "character varying(2000)",
                maxLength: 2000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RiskManagementImplications",
                table: "Reports",
                type: "text",
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "TextFormat",
                table: "Reports",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                // Reports already stored were read from packs: plain text.
                defaultValue: "PlainText");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Background",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "CouncilPriorities",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "EnvironmentalImpact",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "EqualitiesImplications",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "FinancialImplications",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "LegalImplications",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "OptionsConsidered",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "PerformanceIssues",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "ReturnReason",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "RiskManagementImplications",
                table: "Reports");

            migrationBuilder.DropColumn(
                name: "TextFormat",
                table: "Reports");
        }
    }
}
