using System.Diagnostics;
using Npgsql;

namespace Quorum.Application.Backups;

/// <summary>
/// Runs PostgreSQL's own <c>pg_dump</c> and <c>pg_restore</c>, which know every object type and keep the dump
/// consistent while the site writes. Found in <c>QUORUM_PG_BIN</c> when set (and only there), otherwise in the newest
/// <c>/usr/lib/postgresql/*/bin</c> (Debian's layout) or on PATH. The password goes in the environment, never on the
/// command line where other users could read it.
/// </summary>
internal static class PostgresTools
{
    public static async Task RunAsync(string tool, string connectionString, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        var start = new ProcessStartInfo(Find(tool))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("--no-password");
        start.ArgumentList.Add($"--host={builder.Host ?? "localhost"}");
        start.ArgumentList.Add($"--port={builder.Port}");
        if (builder.Username is { } user)
        {
            start.ArgumentList.Add($"--username={user}");
        }
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        if (builder.Password is { } password)
        {
            start.Environment["PGPASSWORD"] = password;
        }
        start.Environment["PGSSLMODE"] = builder.SslMode switch
        {
            SslMode.Disable => "disable",
            SslMode.Require => "require",
            SslMode.VerifyCA => "verify-ca",
            SslMode.VerifyFull => "verify-full",
            _ => "prefer",
        };
        using var process = Process.Start(start) ?? throw new BackupException($"Could not start {tool}.");
        var stdout = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        await stdout;
        var errors = (await stderr).Trim();
        if (process.ExitCode != 0)
        {
            var lines = errors.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            throw new BackupException($"{tool} failed (exit code {process.ExitCode}): {string.Join(" ", lines.Take(3))}");
        }
    }

    /// <summary>The tool's full path, or a <see cref="BackupException"/> saying how to install it.</summary>
    public static string Find(string tool)
    {
        var configured = Environment.GetEnvironmentVariable("QUORUM_PG_BIN");
        IEnumerable<string> folders = !string.IsNullOrWhiteSpace(configured)
            ? [configured]
            : [.. DebianFolders(), .. (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)];
        foreach (var folder in folders)
        {
            var path = Path.Combine(folder, tool);
            if (File.Exists(path))
            {
                return path;
            }
        }
        throw new BackupException(
            $"{tool} was not found{(string.IsNullOrWhiteSpace(configured) ? "" : $" in QUORUM_PG_BIN ('{configured}')")}: install the PostgreSQL client tools " +
            "of the server's version or newer (Debian: apt-get install postgresql-client), put them on PATH, or set QUORUM_PG_BIN to their folder.");
    }

    /// <summary>Debian installs each major version's tools in its own folder; the newest can dump any older server.</summary>
    private static IEnumerable<string> DebianFolders()
    {
        const string root = "/usr/lib/postgresql";
        if (!Directory.Exists(root))
        {
            return [];
        }
        return Directory.GetDirectories(root)
            .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), out var v) ? v : 0))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Folder);
    }
}
