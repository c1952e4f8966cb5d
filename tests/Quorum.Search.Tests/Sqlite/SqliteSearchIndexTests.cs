using System.Globalization;
using Microsoft.Data.Sqlite;
using Quorum.Search.Sqlite;
using Quorum.TestSupport;
using static Quorum.Search.Tests.CouncilDocuments;

namespace Quorum.Search.Tests.Sqlite;

public sealed class SqliteSearchIndexTests : SearchIndexContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string IndexPath => ((SqliteSearchIndex)Index).DatabasePath;

    protected override Task<ISearchIndex> CreateIndexAsync() =>
        Task.FromResult<ISearchIndex>(new SqliteSearchIndex(TestDatabases.NewSqlitePath("search")));

    [Fact]
    public async Task The_index_is_a_real_file_that_survives_reopening()
    {
        Assert.True(File.Exists(IndexPath));
        var reopened = new SqliteSearchIndex(IndexPath);
        await reopened.EnsureCreatedAsync(Ct);
        var results = await reopened.SearchAsync(new SearchRequest { Text = "ofsted" }, Ct);
        Assert.Equal(1, results.Total);
    }

    [Fact]
    public async Task Hundreds_of_writes_after_a_rebuild_all_succeed_and_the_word_index_stays_a_few_segments()
    {
        // Issue #21: some 280 writes after a build, every write failed with "database or disk is full": FTS5's limit
        // of 2,000 segments, reached because nothing was ever merged. It takes an index larger than one merge step.
        var text = new Random(21);
        var vocabulary = Enumerable.Range(0, 5000).Select(Word).ToArray();
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(_ => vocabulary[text.Next(vocabulary.Length)]));
        IReadOnlyCollection<SearchDocument> Meeting(int meeting, int words, string marker) =>
        [
            .. Enumerable.Range(1, 20).Select(item =>
                Item($"churn/{meeting}/item-{item}", $"Item {item}", $"{marker} {Words(words)}", Planning, PlanningDate)),
        ];
        await Index.RebuildAsync(Sources([.. Enumerable.Range(0, 20).Select(m => new IndexedSource($"meeting/churn/{m}", Meeting(m, 300, "original")))]), cancellationToken: Ct);

        for (var write = 0; write < 320; write++)
        {
            await Index.ReplaceSourceAsync($"meeting/churn/{write % 20}", Meeting(write % 20, 40, Marker(write)), Ct);
        }

        Assert.Equal(20, (await Index.SearchAsync(new SearchRequest { Text = Marker(319) }, Ct)).Total);
        Assert.Equal(0, (await Index.SearchAsync(new SearchRequest { Text = Marker(299) }, Ct)).Total);
        Assert.InRange(SegmentCount("docs_fts"), 1, 64);
        Assert.InRange(SegmentCount("names_fts"), 1, 64);
    }

    [Fact]
    public async Task A_connection_opened_before_a_rebuild_reads_the_new_index_and_keeps_what_it_writes()
    {
        // Another process's pooled connection (the web site while `quorum reindex` runs): it must not be left on a
        // replaced file, where its reads are stale and its writes vanish.
        await using var elsewhere = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = IndexPath, Pooling = false }.ToString());
        await elsewhere.OpenAsync(Ct);
        Assert.Equal(1L, await ScalarAsync(elsewhere, "SELECT count(*) FROM docs WHERE doc_id = 'cabinet/2024-11-12/item-4'"));

        await Index.RebuildAsync(Sources(new IndexedSource(PlanningPack, PlanningMeeting())), cancellationToken: Ct);

        Assert.Equal(0L, await ScalarAsync(elsewhere, "SELECT count(*) FROM docs WHERE doc_id = 'cabinet/2024-11-12/item-4'"));
        await ScalarAsync(elsewhere, "DELETE FROM docs WHERE doc_id = 'planning/2025-03-04/item-6'");
        var reopened = new SqliteSearchIndex(IndexPath);
        Assert.Equal(0, (await reopened.SearchAsync(new SearchRequest { Text = "memorial gardens" }, Ct)).Total);
        Assert.Equal(3, (await reopened.SearchAsync(new SearchRequest { Committees = [Planning.Slug] }, Ct)).Total);
    }

    [Fact]
    public async Task Two_rebuilds_at_once_both_finish_and_leave_a_whole_index()
    {
        var first = Index.RebuildAsync(Sources(new IndexedSource(PlanningPack, PlanningMeeting())), cancellationToken: Ct);
        var second = new SqliteSearchIndex(IndexPath).RebuildAsync(Sources(new IndexedSource(CabinetPack, CabinetMeeting())), cancellationToken: Ct);
        await Task.WhenAll(first, second);

        var all = await Index.SearchAsync(new SearchRequest { Committees = [Planning.Slug, Cabinet.Slug], PageSize = 50 }, Ct);
        // Whichever finished last is the index; either way it is one whole build, not a mix or an empty file.
        Assert.True(all.Total is 4 or 3, $"{all.Total} documents");
        Assert.Single(all.Facets.Committees);
        Assert.Empty(Directory.GetFiles(Path.GetDirectoryName(IndexPath)!, "*.rebuild-*"));
    }

    [Fact]
    public async Task An_index_made_with_merging_off_is_repaired_when_opened()
    {
        await using (var connection = new SqliteConnection($"Data Source={IndexPath};Pooling=False"))
        {
            await connection.OpenAsync(Ct);
            await ScalarAsync(connection, "INSERT INTO docs_fts(docs_fts, rank) VALUES('automerge', 0)");
        }

        await new SqliteSearchIndex(IndexPath).EnsureCreatedAsync(Ct);

        await using var reopened = new SqliteConnection($"Data Source={IndexPath};Pooling=False");
        await reopened.OpenAsync(Ct);
        Assert.Equal("4", (await ScalarAsync(reopened, "SELECT v FROM docs_fts_config WHERE k = 'automerge'"))?.ToString());
        Assert.Equal(1, SegmentCount("docs_fts"));
        Assert.Equal(1, (await Index.SearchAsync(new SearchRequest { Text = "ofsted" }, Ct)).Total);
    }

    /// <summary>A made-up word for a number, letters only: 12 gives "bc".</summary>
    private static string Word(int n) => string.Concat(n.ToString(CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))) + "x";

    private static string Marker(int write) => "revision" + Word(write);

    private static async IAsyncEnumerable<IndexedSource> Sources(params IndexedSource[] sources)
    {
        foreach (var source in sources)
        {
            await Task.Yield();
            yield return source;
        }
    }

    private static async Task<object?> ScalarAsync(SqliteConnection connection, string sql)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(Ct);
    }

    /// <summary>
    /// Segments in an FTS5 index, from its structure record (row 10 of its data table): a 4-byte cookie, in newer
    /// versions a 4-byte marker, then the number of levels and the number of segments as varints.
    /// </summary>
    private int SegmentCount(string fts)
    {
        using var connection = new SqliteConnection($"Data Source={IndexPath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT block FROM {fts}_data WHERE id = 10";
        var block = (byte[])command.ExecuteScalar()!;
        var at = block.AsSpan(4).StartsWith((byte[])[0xff, 0x00, 0x00, 0x01]) ? 8 : 4;
        ReadVarint(block, ref at);
        return (int)ReadVarint(block, ref at);
    }

    private static long ReadVarint(byte[] bytes, ref int at)
    {
        long value = 0;
        for (var i = 0; i < 9; i++)
        {
            var b = bytes[at++];
            if (i == 8)
            {
                return (value << 8) | b;
            }
            value = (value << 7) | (long)(b & 0x7f);
            if ((b & 0x80) == 0)
            {
                break;
            }
        }
        return value;
    }
}
