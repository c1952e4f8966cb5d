using Microsoft.EntityFrameworkCore.Design;
using NodaTime;
using Quorum.Data.Postgres;
using Quorum.Data.Sqlite;

namespace Quorum.Data;

/// <summary>Lets <c>dotnet ef migrations add</c> build each context; no database is contacted.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteQuorumDbContext>
{
    public SqliteQuorumDbContext CreateDbContext(string[] args) =>
        (SqliteQuorumDbContext)QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile("design-time.db"), SystemClock.Instance);
}

public sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresQuorumDbContext>
{
    public PostgresQuorumDbContext CreateDbContext(string[] args) =>
        (PostgresQuorumDbContext)QuorumDatabase.CreateContext(new DatabaseSettings(DatabaseProvider.Postgres, "Host=localhost;Database=quorum"), SystemClock.Instance);
}
