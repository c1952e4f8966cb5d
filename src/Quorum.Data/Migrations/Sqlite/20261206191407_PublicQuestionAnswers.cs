using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Quorum.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class PublicQuestionAnswers : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "Answer",
                table: "PublicQuestions",
                type: "TEXT",
                maxLength: 4000,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "AnsweredBy",
                table: "PublicQuestions",
                type: "TEXT",
                maxLength: 200,
                nullable: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropColumn(
                name: "Answer",
                table: "PublicQuestions");

            migrationBuilder.DropColumn(
                name: "AnsweredBy",
                table: "PublicQuestions");
        }
    }
}
