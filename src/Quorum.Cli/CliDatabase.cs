using System.CommandLine;
using Quorum.Data;

namespace Quorum.Cli;

/// <summary>The <c>--db</c> / <c>--postgres</c> options that pick the database a command works on.</summary>
internal sealed class CliDatabase
{
    public Option<string> SqlitePath { get; } = new("--db")
    {
        Description = "SQLite database file (created if missing).",
        DefaultValueFactory = _ => DatabaseSettings.DefaultSqliteFile,
    };

    public Option<string?> Postgres { get; } = new("--postgres") { Description = "PostgreSQL connection string, instead of a SQLite file." };

    public void AddTo(Command command)
    {
        command.Options.Add(SqlitePath);
        command.Options.Add(Postgres);
    }

    public DatabaseSettings Settings(ParseResult parseResult)
    {
        var postgres = parseResult.GetValue(Postgres);
        if (postgres is not null && parseResult.GetResult(SqlitePath) is { Implicit: false })
        {
            throw new CliException("Give either --db or --postgres, not both.");
        }
        if (postgres is not null)
        {
            return DatabaseSettings.ForPostgres(postgres);
        }
        var path = parseResult.GetValue(SqlitePath);
        if (string.IsNullOrWhiteSpace(path))
        {
            throw new CliException("--db needs a file path.");
        }
        return DatabaseSettings.ForSqliteFile(path);
    }

    /// <summary>Runs database work, turning "cannot open the database" into a one-line user error.</summary>
    public static async Task<T> Guard<T>(Func<Task<T>> work)
    {
        try
        {
            return await work();
        }
        catch (DatabaseUnavailableException ex)
        {
            throw new CliException(ex.Message, ex);
        }
    }
}
