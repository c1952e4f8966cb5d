using Microsoft.EntityFrameworkCore;
using NodaTime;

namespace Quorum.Data.Postgres;

/// <summary>
/// The PostgreSQL store; NodaTime types map natively through Npgsql's NodaTime plugin (Instant to
/// timestamptz, LocalDate to date, LocalTime to time). Its migrations live in Migrations/Postgres.
/// </summary>
public sealed class PostgresQuorumDbContext(DbContextOptions<PostgresQuorumDbContext> options, IClock clock)
    : QuorumDbContext(options, clock)
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;
}
