using Quorum.Cli.Tests.Database;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Setup;

/// <summary>A database made by <c>quorum init</c>, and copies of docs/setup-example that a test may spoil.</summary>
internal static class SetupFolders
{
    public const string Council = "Fernbridge District Council";

    public static string Example { get; } = Path.Combine(RepoPaths.Root, "docs", "setup-example");

    private static readonly Lazy<Task<string>> Initialised = new(async () =>
    {
        var path = TestDatabases.NewSqlitePath("init");
        var run = await CliRunner.RunAsync("init", "--council", Council, "--db", path);
        if (run.ExitCode != 0)
        {
            throw new InvalidOperationException($"quorum init failed ({run.ExitCode}): {run.Stderr}");
        }
        return path;
    });

    /// <summary>
    /// A new SQLite file holding only the council <c>quorum init</c> made: a copy of one run's file, since every
    /// process start costs seconds of CPU (InitCommandTests run init itself).
    /// </summary>
    public static async Task<string> InitAsync() => CliDemo.CopyOf(await Initialised.Value, "setup");

    /// <summary>A copy of the example folder, with <paramref name="change"/> made to the named file's text.</summary>
    public static string CopyOfExample(string? file = null, Func<string, string>? change = null)
    {
        var folder = Path.Combine(Path.GetDirectoryName(TestDatabases.NewSqlitePath())!, "setup");
        Directory.CreateDirectory(folder);
        foreach (var source in Directory.GetFiles(Example, "*.csv"))
        {
            File.Copy(source, Path.Combine(folder, Path.GetFileName(source)));
        }
        if (file is not null && change is not null)
        {
            var path = Path.Combine(folder, file);
            File.WriteAllText(path, change(File.ReadAllText(path)));
        }
        return folder;
    }
}
