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

/// <summary>The index as hosts open it: RUM (test.sh installs postgresql-15-rum), age buckets of 16,384 documents.</summary>
public sealed class PostgresSearchIndexTests : PostgresSearchIndexContract
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected override PostgresSearchIndex Open(string connectionString) => new(connectionString);

    [Fact]
    public void Words_are_held_in_a_rum_index_where_the_extension_is_installed()
    {
        Assert.Equal(PostgresTextIndex.Rum, ((PostgresSearchIndex)Index).TextIndex);
    }

    [Fact]
    public async Task A_table_made_before_filters_were_lexemes_is_replaced_by_an_empty_one_to_rebuild()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            await connection.OpenAsync(Ct);
            await using var command = new NpgsqlCommand("ALTER TABLE search_documents DROP COLUMN meta CASCADE", connection);
            await command.ExecuteNonQueryAsync(Ct);
        }
        Assert.False(await Index.IsEmptyAsync(Ct));

        var reopened = Open(ConnectionString!);
        await reopened.EnsureCreatedAsync(Ct);

        Assert.True(await reopened.IsEmptyAsync(Ct));
        Assert.Equal(PostgresTextIndex.Rum, reopened.TextIndex);
    }
}

/// <summary>The contract with age buckets of two documents, so every search steps back through several buckets.</summary>
public sealed class PostgresSmallBucketSearchIndexTests : PostgresSearchIndexContract
{
    protected override PostgresSearchIndex Open(string connectionString) => new(connectionString, null, null, bucketShift: 1);
}

/// <summary>The contract on GIN, as where the rum extension is missing, with small age buckets.</summary>
public sealed class PostgresGinSearchIndexTests : PostgresSearchIndexContract
{
    protected override PostgresSearchIndex Open(string connectionString) => new(connectionString, null, PostgresTextIndex.Gin, bucketShift: 1);

    [Fact]
    public void Words_are_held_in_a_gin_index()
    {
        Assert.Equal(PostgresTextIndex.Gin, ((PostgresSearchIndex)Index).TextIndex);
    }
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
