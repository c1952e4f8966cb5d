using System.Net.Sockets;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using NodaTime;
using Npgsql;
using Quorum.Data.Postgres;
using Quorum.Data.Sqlite;
using Quorum.Data.Staff;

namespace Quorum.Data;

/// <summary>Builds contexts for a provider and connection string, and brings a database up to the current schema.</summary>
public static class QuorumDatabase
{
    public static QuorumDbContext CreateContext(DatabaseSettings settings, IClock clock)
    {
        return settings.Provider switch
        {
            DatabaseProvider.Sqlite => new SqliteQuorumDbContext(
                Configure(new DbContextOptionsBuilder<SqliteQuorumDbContext>(), settings).Options, clock),
            DatabaseProvider.Postgres => new PostgresQuorumDbContext(
                Configure(new DbContextOptionsBuilder<PostgresQuorumDbContext>(), settings).Options, clock),
            _ => throw new ArgumentOutOfRangeException(nameof(settings), settings.Provider, "Unknown database provider."),
        };
    }

    /// <summary>
    /// Applies every pending migration (creating the database if needed), seals audit entries written before the hash
    /// chain, and, for SQLite, turns on WAL. On PostgreSQL one process at a time: nodes started together, or a node
    /// and <c>quorum migrate</c>, would otherwise apply the same migration twice.
    /// </summary>
    public static async Task MigrateAsync(DatabaseSettings settings, IClock clock, CancellationToken cancellationToken = default)
    {
        await GuardAsync(settings, () => OneNodeAtATime.RunAsync(settings, OneNodeAtATime.Migrations, async () =>
        {
            PrepareSqliteFile(settings);
            await using var db = CreateContext(settings, clock);
            await db.Database.MigrateAsync(cancellationToken);
            // Audit entries written before the hash chain are numbered by the migration and hashed here, once.
            await AuditChain.SealAsync(db, cancellationToken);
            if (settings.Provider == DatabaseProvider.Sqlite)
            {
                // WAL lets readers (the web site) carry on while a writer (an import) works; the mode is stored in the file.
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
            }
        }, cancellationToken));
    }

    /// <summary>What the health endpoint reports: whether the database answers and whether its schema is current.</summary>
    public static async Task<DatabaseStatus> CheckAsync(DatabaseSettings settings, IClock clock, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = CreateContext(settings, clock);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return new DatabaseStatus(settings.Provider, false, false, null);
            }
            var applied = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).ToList();
            var pending = await db.Database.GetPendingMigrationsAsync(cancellationToken);
            return new DatabaseStatus(settings.Provider, true, !pending.Any(), applied.LastOrDefault());
        }
        catch (Exception ex) when (ex is System.Data.Common.DbException or NpgsqlException or SqliteException or InvalidOperationException or ArgumentException)
        {
            return new DatabaseStatus(settings.Provider, false, false, null);
        }
    }

    private static DbContextOptionsBuilder<T> Configure<T>(DbContextOptionsBuilder<T> builder, DatabaseSettings settings)
        where T : DbContext
    {
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            builder.UseSqlite(settings.ConnectionString, o => o.MigrationsHistoryTable("__EFMigrationsHistory"));
        }
        else
        {
            builder.UseNpgsql(settings.ConnectionString, o => o.UseNodaTime());
        }
        // Deleted rows are filtered everywhere; a required parent being filtered while its children are not is intended.
        builder.ConfigureWarnings(w => w.Ignore(CoreEventId.PossibleIncorrectRequiredNavigationWithQueryFilterInteractionWarning));
        return builder;
    }

    private static void PrepareSqliteFile(DatabaseSettings settings)
    {
        if (settings.SqlitePath is not { } path || path is ":memory:")
        {
            return;
        }
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        try
        {
            Directory.CreateDirectory(folder);
            using var _ = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new DatabaseUnavailableException($"Cannot write the SQLite database '{path}': {OneLine(ex.Message)}", ex);
        }
    }

    private static async Task GuardAsync(DatabaseSettings settings, Func<Task> work)
    {
        try
        {
            await work();
        }
        catch (DatabaseUnavailableException)
        {
            throw;
        }
        catch (ArgumentException ex) when (settings.Provider == DatabaseProvider.Postgres)
        {
            throw new DatabaseUnavailableException($"The PostgreSQL connection string is not valid: {OneLine(ex.Message)}", ex);
        }
        catch (Exception ex) when (ex is NpgsqlException or SocketException or TimeoutException or SqliteException)
        {
            var reason = ex is PostgresException pg ? $"{pg.SqlState}: {pg.MessageText}" : ex.InnerException is SocketException socket ? socket.Message : ex.Message;
            throw new DatabaseUnavailableException($"Cannot open {settings.Describe()}: {OneLine(reason)}", ex);
        }
    }

    private static string OneLine(string text) => string.Join(' ', text.Split(['\r', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}

public sealed record DatabaseStatus(DatabaseProvider Provider, bool Reachable, bool SchemaCurrent, string? LatestMigration);
