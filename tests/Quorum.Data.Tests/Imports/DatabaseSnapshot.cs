using System.Data.Common;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Quorum.Data.Tests.Imports;

/// <summary>Row count and a SHA-256 of every value, per table, so a database can be compared with itself before and after.</summary>
internal static class DatabaseSnapshot
{
    public static async Task<Dictionary<string, (long Rows, string Hash)>> TakeAsync(QuorumDbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(TestContext.Current.CancellationToken);
        try
        {
            var tables = new List<string>();
            await using (var list = connection.CreateCommand())
            {
                list.CommandText = db.Provider == DatabaseProvider.Sqlite
                    ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                    : "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name";
                await using var reader = await list.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    tables.Add(reader.GetString(0));
                }
            }
            var snapshot = new Dictionary<string, (long, string)>();
            foreach (var table in tables)
            {
                snapshot[table] = await HashAsync(connection, table);
            }
            return snapshot;
        }
        finally
        {
            await connection.CloseAsync();
        }
    }

    private static async Task<(long, string)> HashAsync(DbConnection connection, string table)
    {
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT * FROM \"{table}\" ORDER BY 1";
        await using var reader = await select.ExecuteReaderAsync(TestContext.Current.CancellationToken);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long rows = 0;
        while (await reader.ReadAsync(TestContext.Current.CancellationToken))
        {
            rows++;
            for (var i = 0; i < reader.FieldCount; i++)
            {
                var value = reader.IsDBNull(i) ? "\u2400" : reader.GetValue(i) is byte[] bytes ? Convert.ToHexString(bytes) : Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture);
                hash.AppendData(Encoding.UTF8.GetBytes(value + "\u241F"));
            }
        }
        return (rows, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }
}
