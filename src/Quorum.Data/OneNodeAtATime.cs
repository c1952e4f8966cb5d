using System.Security.Cryptography;
using System.Text;
using Npgsql;

namespace Quorum.Data;

/// <summary>
/// Work that must not run on two web nodes (or a node and <c>quorum migrate</c>) at once when they share one
/// PostgreSQL database: migrations, the first-start work (demo council, search index build, demo accounts) and the
/// pack backfill, and each pass of the mail outbox. Each name is a PostgreSQL advisory lock held on a connection of its own for the length of the work,
/// so a node that dies mid-way frees it with its connection. Whoever waits runs after, and finds the work done. A
/// SQLite file serves one machine and locks itself, so there the work just runs.
/// </summary>
public static class OneNodeAtATime
{
    public const string Migrations = "migrations";
    public const string FirstStart = "first start";
    public const string PackBackfill = "pack backfill";
    public const string MailOutbox = "mail outbox";

    public static async Task RunAsync(DatabaseSettings settings, string name, Func<Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(work);
        if (settings.Provider != DatabaseProvider.Postgres)
        {
            await work();
            return;
        }
        await using var connection = await OpenAsync(settings.ConnectionString, cancellationToken);
        await using (var take = new NpgsqlCommand("SELECT pg_advisory_lock($1)", connection))
        {
            take.Parameters.AddWithValue(Key(name));
            // Waiting for a long migration or index build on another node is expected.
            take.CommandTimeout = 0;
            await take.ExecuteNonQueryAsync(cancellationToken);
        }
        try
        {
            await work();
        }
        finally
        {
            await using var give = new NpgsqlCommand("SELECT pg_advisory_unlock($1)", connection);
            give.Parameters.AddWithValue(Key(name));
            await give.ExecuteNonQueryAsync(CancellationToken.None);
        }
    }

    /// <summary>A stable 64-bit key per name (string hash codes change from run to run).</summary>
    internal static long Key(string name) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes("quorum:" + name)), 0);

    /// <summary>
    /// Opens a connection of its own (never pooled: a session lock must not outlive the work on a pooled connection),
    /// creating the database first if it does not exist yet, as migrating would.
    /// </summary>
    private static async Task<NpgsqlConnection> OpenAsync(string connectionString, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString) { Pooling = false };
        var connection = new NpgsqlConnection(builder.ConnectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.InvalidCatalogName && builder.Database is { Length: > 0 } database)
        {
            await connection.DisposeAsync();
            await CreateDatabaseAsync(builder, database, cancellationToken);
            connection = new NpgsqlConnection(builder.ConnectionString);
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
    }

    private static async Task CreateDatabaseAsync(NpgsqlConnectionStringBuilder target, string database, CancellationToken cancellationToken)
    {
        var maintenance = new NpgsqlConnectionStringBuilder(target.ConnectionString) { Database = "postgres" };
        await using var connection = new NpgsqlConnection(maintenance.ConnectionString);
        await connection.OpenAsync(cancellationToken);
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database.Replace("\"", "\"\"", StringComparison.Ordinal)}\"", connection);
        try
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.DuplicateDatabase or PostgresErrorCodes.UniqueViolation)
        {
            // Another node created it a moment ago.
        }
    }
}
