using Npgsql;
using Quorum.Search.Postgres;
using Quorum.TestSupport;

namespace Quorum.Search.Tests.Postgres;

public sealed class PostgresSearchIndexTests : SearchIndexContract
{
    private string? connectionString;

    protected override async Task<ISearchIndex> CreateIndexAsync()
    {
        connectionString = TestDatabases.NewPostgresConnectionStringOrSkip();
        await PostgresTestDatabase.CreateAsync(connectionString);
        return new PostgresSearchIndex(connectionString);
    }

    public override async ValueTask DisposeAsync()
    {
        if (connectionString is not null)
        {
            await PostgresTestDatabase.DropAsync(connectionString);
        }
        await base.DisposeAsync();
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
