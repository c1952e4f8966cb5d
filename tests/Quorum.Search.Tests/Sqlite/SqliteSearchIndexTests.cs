using Quorum.Search.Sqlite;
using Quorum.TestSupport;

namespace Quorum.Search.Tests.Sqlite;

public sealed class SqliteSearchIndexTests : SearchIndexContract
{
    protected override Task<ISearchIndex> CreateIndexAsync() =>
        Task.FromResult<ISearchIndex>(new SqliteSearchIndex(TestDatabases.NewSqlitePath("search")));

    [Fact]
    public async Task The_index_is_a_real_file_that_survives_reopening()
    {
        var path = ((SqliteSearchIndex)Index).DatabasePath;
        Assert.True(File.Exists(path));
        var reopened = new SqliteSearchIndex(path);
        await reopened.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        var results = await reopened.SearchAsync(new SearchRequest { Text = "ofsted" }, TestContext.Current.CancellationToken);
        Assert.Equal(1, results.Total);
    }
}
