using Quorum.Data;
using Quorum.Search.Sqlite;
using Quorum.TestSupport;

namespace Quorum.Search.Tests.Indexing;

public sealed class SqlitePublicIndexerTests : PublicIndexerContract
{
    protected override Task CreateDatabaseAndIndexAsync()
    {
        var path = TestDatabases.NewSqlitePath("store");
        Database = DatabaseSettings.ForSqliteFile(path);
        Index = new SqliteSearchIndex(Path.ChangeExtension(path, ".search.db"));
        return Task.CompletedTask;
    }
}
