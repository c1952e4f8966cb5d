using Microsoft.Data.Sqlite;
using Quorum.Cli.Tests.Database;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Search;

public class ReindexCommandTests
{
    [Fact]
    public async Task Reindex_builds_the_search_index_beside_the_demo_database_and_summarises_it()
    {
        var db = await CliDemo.CopyAsync();

        var run = await CliRunner.RunAsync("reindex", "--db", db);

        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        var index = Path.ChangeExtension(db, ".search.db");
        Assert.Contains($"Search index written to '{index}'.", run.Stdout);
        Assert.Matches(@"Public documents indexed\s*│\s*[\d,]{5,}", run.Stdout);
        Assert.Matches(@"Withheld \(exempt, draft or unpublished\)\s*│\s*[1-9][\d,]*", run.Stdout);
        Assert.Matches(@"Time\s*│\s*\d+\.\d s", run.Stdout);
        using var connection = new SqliteConnection($"Data Source={index};Mode=ReadOnly");
        connection.Open();
        using var count = connection.CreateCommand();
        count.CommandText = "SELECT count(*) FROM docs_fts WHERE docs_fts MATCH 'budget'";
        Assert.True((long)count.ExecuteScalar()! > 10);
    }

    [Fact]
    public async Task Reindex_of_a_missing_database_is_a_one_line_error()
    {
        var missing = Path.Combine(Path.GetTempPath(), "quorum-tests", Guid.NewGuid().ToString("N"), "none.db");
        var run = await CliRunner.RunAsync("reindex", "--db", missing);
        Assert.Equal(1, run.ExitCode);
        Assert.Equal($"error: No database at '{missing}': create one with 'quorum demo' or 'quorum migrate', or give --db.", run.Stderr.Trim());
    }

    [Fact]
    public async Task Reindex_names_a_bad_index_or_packs_option_in_one_line()
    {
        var db = TestDatabases.NewSqlitePath("empty");
        Assert.Equal(0, (await CliRunner.RunAsync("migrate", "--db", db)).ExitCode);

        var noFolder = await CliRunner.RunAsync("reindex", "--db", db, "--index", "/no/such/folder/x.search.db");
        Assert.Equal((1, "error: --index: the folder '/no/such/folder' does not exist."), (noFolder.ExitCode, noFolder.Stderr.Trim()));
        var noPacks = await CliRunner.RunAsync("reindex", "--db", db, "--packs", "/no/such/packs");
        Assert.Equal((1, "error: --packs: no folder at '/no/such/packs'."), (noPacks.ExitCode, noPacks.Stderr.Trim()));
        var both = await CliRunner.RunAsync("reindex", "--db", db, "--postgres", "Host=127.0.0.1");
        Assert.Equal((1, "error: Give either --db or --postgres, not both."), (both.ExitCode, both.Stderr.Trim()));
    }

    [Fact]
    public async Task Reindex_of_an_empty_database_builds_an_empty_index()
    {
        var db = TestDatabases.NewSqlitePath("empty");
        Assert.Equal(0, (await CliRunner.RunAsync("migrate", "--db", db)).ExitCode);
        var run = await CliRunner.RunAsync("reindex", "--db", db);
        Assert.Equal((0, ""), (run.ExitCode, run.Stderr));
        Assert.Matches(@"Public documents indexed\s*│\s*0\b", run.Stdout);
    }
}
