using System.Globalization;
using Npgsql;

namespace Quorum.Bench.Search;

/// <summary>
/// CPU time of a local PostgreSQL server: its postmaster's child processes (backends, parallel workers), read from
/// /proc. A query runs in the server, not on the benchmark's thread, so this is the query's own cost even when other
/// work on the machine stretches its wall-clock time. Background processes add a little (the checkpointer, autovacuum).
/// </summary>
internal sealed class PostgresServerCpu
{
    private static readonly double TicksPerMs = 100 / 1000.0; // USER_HZ is 100 on Linux

    private readonly int postmaster;

    private PostgresServerCpu(int postmaster) => this.postmaster = postmaster;

    /// <summary>The server behind the connection string, or null if it is not on this machine or not readable.</summary>
    public static async Task<PostgresServerCpu?> OpenAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT current_setting('data_directory')", connection);
        var pidFile = Path.Combine((string)(await command.ExecuteScalarAsync())!, "postmaster.pid");
        return OperatingSystem.IsLinux() && File.Exists(pidFile)
            ? new PostgresServerCpu(int.Parse(File.ReadLines(pidFile).First(), CultureInfo.InvariantCulture))
            : null;
    }

    public double Milliseconds()
    {
        long ticks = 0;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (!int.TryParse(Path.GetFileName(dir), out _))
            {
                continue;
            }
            try
            {
                // Fields after the command name (which may hold spaces): state ppid ... utime (14th) stime (15th).
                var stat = File.ReadAllText(Path.Combine(dir, "stat"));
                var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
                if (int.Parse(fields[1], CultureInfo.InvariantCulture) == postmaster)
                {
                    ticks += long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
                }
            }
            catch (IOException)
            {
                // The process ended while being read.
            }
        }
        return ticks / TicksPerMs;
    }
}
