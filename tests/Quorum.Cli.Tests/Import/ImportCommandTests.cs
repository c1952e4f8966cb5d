using System.Text.RegularExpressions;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Import;

public class ImportCommandTests
{
    private static readonly string[] Samples = ["000_3e448eb3eb3f3234.txt", "002_a355e7290101a6f1.txt", "003_c501b68c03b2d938.txt"];

    [Fact]
    public async Task Import_stores_the_samples_and_a_second_run_finds_them_unchanged()
    {
        var samples = RepoPaths.SamplesOrSkip();
        var db = TestDatabases.NewSqlitePath();
        string[] args = ["import", .. Samples.Select(s => Path.Combine(samples, s)), "--db", db];

        var first = await CliRunner.RunAsync(args);
        var second = await CliRunner.RunAsync(args);

        Assert.Equal(0, first.ExitCode);
        Assert.Equal(3, Count(first.Stdout, "Packs imported"));
        Assert.Equal(32, Count(first.Stdout, "Agenda items"));
        Assert.Equal(11, Count(first.Stdout, "Reports"));
        Assert.Equal(24, Count(first.Stdout, "Minutes"));
        Assert.Equal(0, Count(first.Stdout, "Failed"));
        Assert.Empty(first.Stderr);
        Assert.Equal(0, second.ExitCode);
        Assert.Equal(3, Count(second.Stdout, "Unchanged (imported before)"));
        Assert.Equal(0, Count(second.Stdout, "Packs imported"));
    }

    [Fact]
    public async Task A_missing_file_and_garbage_are_one_line_errors_and_the_good_pack_still_imports()
    {
        var samples = RepoPaths.SamplesOrSkip();
        var folder = Path.GetDirectoryName(TestDatabases.NewSqlitePath())!;
        var garbage = Path.Combine(folder, "garbage.bin");
        await File.WriteAllBytesAsync(garbage, [.. Enumerable.Range(0, 5000).Select(i => (byte)(i * 31 % 256))], TestContext.Current.CancellationToken);

        var result = await CliRunner.RunAsync("import", Path.Combine(folder, "missing.txt"), garbage, Path.Combine(samples, Samples[1]), "--db", Path.Combine(folder, "quorum.db"));

        Assert.Equal(1, result.ExitCode);
        var errors = result.Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(["error: missing.txt: file not found.", "error: garbage.bin: not a text or PDF agenda pack (binary content at byte 0)."], errors);
        Assert.Equal(1, Count(result.Stdout, "Packs imported"));
        Assert.Equal(2, Count(result.Stdout, "Failed"));
    }

    [Fact]
    public async Task The_same_pack_twice_in_one_command_is_stored_once_though_the_second_is_read_while_the_first_is_stored()
    {
        var samples = RepoPaths.SamplesOrSkip();
        var folder = Path.GetDirectoryName(TestDatabases.NewSqlitePath())!;
        var copy = Path.Combine(folder, "copy-of-" + Samples[2]);
        File.Copy(Path.Combine(samples, Samples[2]), copy);

        var result = await CliRunner.RunAsync("import", Path.Combine(samples, Samples[2]), copy, Path.Combine(samples, Samples[0]), "--db", Path.Combine(folder, "quorum.db"));

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(2, Count(result.Stdout, "Packs imported"));
        Assert.Equal(1, Count(result.Stdout, "Unchanged (imported before)"));
        Assert.Equal(0, Count(result.Stdout, "Failed"));
        Assert.Empty(result.Stderr);
    }

    [Fact]
    public async Task Import_without_a_pack_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync("import");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("PACK", result.Stderr + result.Stdout);
    }

    /// <summary>The count on a row of the summary table.</summary>
    private static int Count(string stdout, string row)
    {
        var match = Regex.Match(stdout, $@"{Regex.Escape(row)}\s*│\s*(\d+)");
        Assert.True(match.Success, $"no '{row}' row in:\n{stdout}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }
}
