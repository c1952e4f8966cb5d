using Microsoft.Data.Sqlite;
using Npgsql;

namespace Quorum.Data;

/// <summary>Which database to use: a provider and its connection string.</summary>
public sealed record DatabaseSettings(DatabaseProvider Provider, string ConnectionString)
{
    public const string DefaultSqliteFile = "quorum.db";

    public static DatabaseSettings ForSqliteFile(string path) =>
        new(DatabaseProvider.Sqlite, new SqliteConnectionStringBuilder { DataSource = Path.GetFullPath(path) }.ToString());

    public static DatabaseSettings ForPostgres(string connectionString) => new(DatabaseProvider.Postgres, connectionString);

    /// <summary>
    /// Reads a configured connection string: anything that looks like a PostgreSQL one ("Host=…") selects
    /// PostgreSQL, otherwise it is a SQLite file path or "Data Source=…" string, relative to <paramref name="baseDirectory"/>.
    /// </summary>
    public static DatabaseSettings FromConfiguration(string? provider, string? connectionString, string baseDirectory)
    {
        var text = string.IsNullOrWhiteSpace(connectionString) ? DefaultSqliteFile : connectionString.Trim();
        var isPostgres = provider is not null
            ? provider.Equals("postgres", StringComparison.OrdinalIgnoreCase) || provider.Equals("postgresql", StringComparison.OrdinalIgnoreCase)
            : text.Contains("Host=", StringComparison.OrdinalIgnoreCase);
        if (isPostgres)
        {
            return ForPostgres(text);
        }
        if (provider is not null && !provider.Equals("sqlite", StringComparison.OrdinalIgnoreCase))
        {
            throw new DatabaseUnavailableException($"Unknown database provider '{provider}': use Sqlite or Postgres.");
        }
        var path = text.Contains('=') ? new SqliteConnectionStringBuilder(text).DataSource : text;
        return ForSqliteFile(Path.Combine(baseDirectory, path));
    }

    /// <summary>The SQLite file, for SQLite settings.</summary>
    public string? SqlitePath => Provider == DatabaseProvider.Sqlite ? new SqliteConnectionStringBuilder(ConnectionString).DataSource : null;

    /// <summary>Where the database is, for messages and health output; never includes a password.</summary>
    public string Describe()
    {
        if (Provider == DatabaseProvider.Sqlite)
        {
            return $"SQLite file '{SqlitePath}'";
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(ConnectionString);
            return $"PostgreSQL at {builder.Host}:{builder.Port}, database '{builder.Database}'";
        }
        catch (ArgumentException)
        {
            return "PostgreSQL (connection string not readable)";
        }
    }
}
