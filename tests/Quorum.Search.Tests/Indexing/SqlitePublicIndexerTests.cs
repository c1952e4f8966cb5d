using Microsoft.Data.Sqlite;
using Quorum.Data;
using Quorum.Search.Sqlite;
using Quorum.TestSupport;

namespace Quorum.Search.Tests.Indexing;

public sealed class SqlitePublicIndexerTests : PublicIndexerContract
{
    private string indexPath = null!;

    protected override Task CreateDatabaseAndIndexAsync()
    {
        var path = TestDatabases.NewSqlitePath("store");
        Database = DatabaseSettings.ForSqliteFile(path);
        indexPath = Path.ChangeExtension(path, ".search.db");
        Index = new SqliteSearchIndex(indexPath);
        return Task.CompletedTask;
    }

    protected override ISearchIndex OpenIndexAgain() => new SqliteSearchIndex(indexPath);

    protected override async Task RefuseIndexWritesAsync(bool refuse)
    {
        await Index.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        await using var connection = new SqliteConnection($"Data Source={indexPath};Pooling=False");
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = refuse
            ? """
              CREATE TRIGGER refuse_adding BEFORE INSERT ON docs BEGIN SELECT RAISE(ABORT, 'index writes refused'); END;
              CREATE TRIGGER refuse_removing BEFORE DELETE ON docs BEGIN SELECT RAISE(ABORT, 'index writes refused'); END;
              """
            : "DROP TRIGGER refuse_adding; DROP TRIGGER refuse_removing;";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
    }
}
