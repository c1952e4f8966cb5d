using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Database;

/// <summary>
/// The demo council as <c>quorum demo --seed 1</c> writes it, made by one run of the CLI per test run. Tests that
/// need a database holding the demo (to refuse, migrate or reindex it, or to compare with another run) each get
/// their own copy of the file instead of generating the council again, which takes seconds.
/// </summary>
internal static class CliDemo
{
    private static readonly Lazy<Task<string>> Seed1 = new(async () =>
    {
        var path = TestDatabases.NewSqlitePath("demo-seed-1");
        var run = await CliRunner.RunAsync("demo", "--seed", "1", "--db", path);
        if (run.ExitCode != 0 || run.Stderr.Length > 0)
        {
            throw new InvalidOperationException($"quorum demo --seed 1 failed ({run.ExitCode}): {run.Stderr}");
        }
        return path;
    });

    /// <summary>A copy, in a folder of its own, of the database one <c>quorum demo --seed 1</c> run wrote.</summary>
    public static async Task<string> CopyAsync(string name = "demo")
    {
        return CopyOf(await Seed1.Value, name);
    }

    /// <summary>A copy, in a folder of its own, of a SQLite file a finished CLI run wrote.</summary>
    public static string CopyOf(string made, string name)
    {
        var path = TestDatabases.NewSqlitePath(name);
        // The CLI has exited, so SQLite has folded its write-ahead log into the file; copy a leftover one all the same.
        foreach (var suffix in new[] { "", "-wal" })
        {
            if (File.Exists(made + suffix))
            {
                File.Copy(made + suffix, path + suffix);
            }
        }
        return path;
    }
}
