using System.CommandLine;
using System.Diagnostics;
using Microsoft.Data.Sqlite;

namespace Quorum.Cli.Tests;

/// <summary>
/// Runs <c>quorum</c> commands: in this test process through the same command tree the executable runs (a new
/// process costs seconds of JIT, and the CLI tests start about a hundred), or as a child process where what is tested
/// needs one: a kill, an environment variable, the executable itself.
/// </summary>
internal static class CliRunner
{
    public sealed record Result(int ExitCode, string Stdout, string Stderr);

    /// <summary>Spectre.Console allows one live display (a progress bar) at a time in a process.</summary>
    private static readonly SemaphoreSlim LiveDisplay = new(1, 1);

    private static readonly string[] CommandsWithProgressBars = ["demo", "import", "reindex"];

    /// <summary>Runs a command in this process, its standard output and error captured for this test alone.</summary>
    public static async Task<Result> RunAsync(params string[] args)
    {
        var (output, error) = (new StringWriter(), new StringWriter());
        var live = args.Length > 0 && CommandsWithProgressBars.Contains(args[0]);
        int exitCode;
        if (live)
        {
            await LiveDisplay.WaitAsync(TestContext.Current.CancellationToken);
        }
        try
        {
            using (CapturedConsole.Capture(output, error))
            {
                // No Ctrl+C or SIGTERM handler: tests share the process.
                exitCode = await QuorumCli.Root().Parse(args).InvokeAsync(new InvocationConfiguration { ProcessTerminationTimeout = null }, TestContext.Current.CancellationToken);
            }
        }
        finally
        {
            if (live)
            {
                LiveDisplay.Release();
            }
        }
        // A process that ends closes its SQLite files, which folds the write-ahead log into the database file; the
        // tests copy and compare those files as the command left them.
        SqliteConnection.ClearAllPools();
        return new(exitCode, output.ToString(), error.ToString());
    }

    /// <summary>Runs the built <c>quorum</c> executable in a child process, as tooling does.</summary>
    public static Task<Result> RunProcessAsync(params string[] args) => RunProcessWithAsync(new Dictionary<string, string>(), args);

    /// <summary>Runs the executable with extra environment variables (such as where to find the PostgreSQL tools).</summary>
    public static async Task<Result> RunProcessWithAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "quorum.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["NO_COLOR"] = "1";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new(process.ExitCode, await stdout, await stderr);
    }
}
