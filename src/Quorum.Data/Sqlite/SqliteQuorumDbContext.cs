using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data.Conversions;

namespace Quorum.Data.Sqlite;

/// <summary>The embedded store; its migrations live in Migrations/Sqlite.</summary>
public sealed class SqliteQuorumDbContext(DbContextOptions<SqliteQuorumDbContext> options, IClock clock)
    : QuorumDbContext(options, clock)
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        NodaTimeTextConversions.Apply(configurationBuilder);
    }
}
