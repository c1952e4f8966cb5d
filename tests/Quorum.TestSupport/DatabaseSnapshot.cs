using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Quorum.TestSupport;

/// <summary>
/// Row count and a SHA-256 of every value, per table, so two databases (or one before and after) can be compared
/// for identity. Works on any ADO.NET connection; the caller says how to list the tables.
/// </summary>
public static class DatabaseSnapshot
{
    public const string SqliteTables = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name";
    public const string PostgresTables = "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";

    public static async Task<Dictionary<string, (long Rows, string Hash)>> TakeAsync(DbConnection connection, string listTablesSql, CancellationToken cancellationToken)
    {
        var opened = connection.State != System.Data.ConnectionState.Open;
        if (opened)
        {
            await connection.OpenAsync(cancellationToken);
        }
        try
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = listTablesSql;
                await using var reader = await list.ExecuteReaderAsync(cancellationToken);
                while (await reader.ReadAsync(cancellationToken))
                {
                    tables.Add(reader.GetString(0));
                }
            }
            var snapshot = new Dictionary<string, (long, string)>();
            foreach (var table in tables)
            {
                snapshot[table] = await HashAsync(connection, table, cancellationToken);
            }
            return snapshot;
        }
        finally
        {
            if (opened)
            {
                await connection.CloseAsync();
            }
        }
    }

    private static async Task<(long, string)> HashAsync(DbConnection connection, string table, CancellationToken cancellationToken)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long rows = 0;
        while (await reader.ReadAsync(cancellationToken))
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                // Blobs by content: Convert.ToString of a byte[] would give only its type name.
                var value = reader.IsDBNull(i) ? "\u2400" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                hash.AppendData(Encoding.UTF8.GetBytes(value + "\u241F"));
            }
        }
        return (rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
