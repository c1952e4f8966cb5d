using Microsoft.Data.Sqlite;
using Npgsql;

namespace Quorum.Data;

/// <summary>Errors that say "try again shortly" rather than "this cannot be done": a busy database, a lost connection.</summary>
public static class TransientErrors
{
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    /// <summary>
    /// SQLite busy or locked (another writer held the file past the busy timeout), a PostgreSQL serialization
    /// failure, deadlock or lock timeout, or a connection Npgsql itself calls transient; looks through wrappers such
    /// as EF Core's <c>DbUpdateException</c>.
    /// </summary>
    public static bool IsTransient(Exception? exception) => exception switch
    {
        null => false,
        SqliteException sqlite => sqlite.SqliteErrorCode is SqliteBusy or SqliteLocked,
        PostgresException postgres => postgres.SqlState is PostgresErrorCodes.SerializationFailure
            or PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.LockNotAvailable || postgres.IsTransient,
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException => true,
        _ => IsTransient(exception.InnerException),
    };
}
