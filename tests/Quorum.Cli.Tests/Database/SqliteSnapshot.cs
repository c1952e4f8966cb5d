using Microsoft.Data.Sqlite;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Database;

/// <summary>The shared table-by-table snapshot of a SQLite file, and single values read from one.</summary>
internal static class SqliteSnapshot
{
    public static async Task<Dictionary<string, (long Rows, string Hash)>> TakeAsync(string path)
    {
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly, Pooling = false }.ToString());
        return await DatabaseSnapshot.TakeAsync(connection, DatabaseSnapshot.SqliteTables, TestContext.Current.CancellationToken);
    }

    public static string Scalar(string path, string sql)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString());
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? "";
    }
}
