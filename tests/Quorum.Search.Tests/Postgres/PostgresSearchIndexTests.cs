using Npgsql;
using Quorum.Search.Postgres;
using Quorum.TestSupport;

namespace Quorum.Search.Tests.Postgres;

/// <summary>The search contract on PostgreSQL, each test in a database of its own.</summary>
public abstract class PostgresSearchIndexContract : SearchIndexContract
{
    protected string? ConnectionString { get; private set; }

    protected abstract PostgresSearchIndex Open(string connectionString);

    protected override async Task<ISearchIndex> CreateIndexAsync()
    {
        ConnectionString = TestDatabases.NewPostgresConnectionStringOrSkip();
        await PostgresTestDatabase.CreateAsync(ConnectionString);
        return Open(ConnectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        if (ConnectionString is not null)
        {
            await PostgresTestDatabase.DropAsync(ConnectionString);
        }
        await base.DisposeAsync();
        GC.SuppressFinalize(this);
    }
}

/// <summary>The index as hosts open it: age buckets of 16,384 documents.</summary>
public sealed class PostgresSearchIndexTests : PostgresSearchIndexContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override PostgresSearchIndex Open(string connectionString) => new(connectionString);

    [Theory]
    [InlineData("ALTER TABLE search_documents DROP COLUMN meta CASCADE")]
    [InlineData("ALTER TABLE search_documents ALTER COLUMN tsv SET STORAGE EXTENDED")]
    [InlineData("ALTER TABLE search_documents DROP COLUMN prefixes CASCADE")]
    public async Task A_table_of_an_earlier_shape_is_replaced_by_an_empty_one_to_rebuild(string change)
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand(change, connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
        Assert.False(await Index.IsEmptyAsync(Ct));

        var reopened = Open(ConnectionString!);
        await reopened.EnsureCreatedAsync(Ct);

        Assert.True(await reopened.IsEmptyAsync(Ct));
    }

    [Fact]
    public async Task A_table_whose_prefixes_compare_in_the_database_collation_is_kept_and_finds_them_as_before()
    {
        // Indexes built before the prefixes compared byte by byte (ADR 0010 revision 4) give the same answers, so
        // they are kept until the next rebuild rather than emptied at start.
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand("ALTER TABLE search_documents ALTER COLUMN prefixes TYPE text[] COLLATE \"default\"", connection);
            await command.ExecuteNonQueryAsync(Ct);
        }

        var reopened = Open(ConnectionString!);
        await reopened.EnsureCreatedAsync(Ct);

        Assert.False(await reopened.IsEmptyAsync(Ct));
        var found = await reopened.SearchAsync(new SearchRequest { Text = "insp* whitm*" }, Ct);
        Assert.Equal(["cabinet/2024-11-12/item-4"], found.Hits.Select(h => h.Id));
    }

    [Fact]
    public async Task The_words_and_their_short_prefixes_are_in_one_gin_index_and_the_tsvector_stays_in_the_row()
    {
        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand("""
            SELECT (SELECT string_agg(am.amname, ',') FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
                    WHERE i.indrelid = 'search_documents'::regclass AND pg_get_indexdef(i.indexrelid) LIKE '%(tsv, prefixes)%')
                || ' ' || (SELECT attstorage::text || attcompression::text FROM pg_attribute WHERE attrelid = 'search_documents'::regclass AND attname = 'tsv')
                || ' ' || (SELECT collname FROM pg_attribute a JOIN pg_collation c ON c.oid = a.attcollation WHERE attrelid = 'search_documents'::regclass AND attname = 'prefixes')
            """, connection);
        Assert.Equal("gin ml C", await command.ExecuteScalarAsync(Ct));
    }
}

/// <summary>The contract with age buckets of two documents, so every search steps back through several buckets.</summary>
public sealed class PostgresSmallBucketSearchIndexTests : PostgresSearchIndexContract
{
    protected override PostgresSearchIndex Open(string connectionString) => new(connectionString, bucketShift: 1);
}

internal static class PostgresTestDatabase
{
    public static async Task CreateAsync(string connectionString)
    {
        var (server, name) = Split(connectionString);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await command.ExecuteNonQueryAsync();
    }

    public static async Task DropAsync(string connectionString)
    {
        NpgsqlConnection.ClearAllPools();
        var (server, name) = Split(connectionString);
        await using var connection = new NpgsqlConnection(server);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static (string Server, string Name) Split(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var name = builder.Database!;
        builder.Database = "postgres";
        builder.Pooling = false;
        return (builder.ConnectionString, name);
    }
}
