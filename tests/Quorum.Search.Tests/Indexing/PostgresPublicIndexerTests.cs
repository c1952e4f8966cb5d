using Npgsql;
using Quorum.Data;
using Quorum.Search.Postgres;
using Quorum.Search.Tests.Postgres;
using Quorum.TestSupport;

namespace Quorum.Search.Tests.Indexing;

/// <summary>The store and the index in one PostgreSQL database, as the scale-out setup runs them.</summary>
public sealed class PostgresPublicIndexerTests : PublicIndexerContract
{
    private string? connectionString;

    protected override Task CreateDatabaseAndIndexAsync()
    {
        connectionString = TestDatabases.NewPostgresConnectionStringOrSkip();
        Database = DatabaseSettings.ForPostgres(connectionString);
        Index = new PostgresSearchIndex(connectionString);
        return Task.CompletedTask;
    }

    protected override ISearchIndex OpenIndexAgain() => new PostgresSearchIndex(connectionString!);

    protected override async Task RefuseIndexWritesAsync(bool refuse)
    {
        await Index.EnsureCreatedAsync(TestContext.Current.CancellationToken);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = refuse
            ? """
              CREATE OR REPLACE FUNCTION refuse_writes() RETURNS trigger LANGUAGE plpgsql AS $$
              BEGIN RAISE EXCEPTION 'index writes refused'; END $$;
              CREATE TRIGGER refuse_writes BEFORE INSERT OR DELETE ON search_documents FOR EACH ROW EXECUTE FUNCTION refuse_writes();
              """
            : "DROP TRIGGER refuse_writes ON search_documents;";
        await command.ExecuteNonQueryAsync(TestContext.Current.CancellationToken);
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
