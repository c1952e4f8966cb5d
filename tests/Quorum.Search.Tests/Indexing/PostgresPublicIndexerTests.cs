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

    public override async ValueTask DisposeAsync()
    {
        if (connectionString is not null)
        {
            await PostgresTestDatabase.DropAsync(connectionString);
        }
        await base.DisposeAsync();
    }
}
