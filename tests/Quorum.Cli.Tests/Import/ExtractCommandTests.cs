using System.Text.Json;
using Quorum.TestSupport;

namespace Quorum.Cli.Tests.Import;

public class ExtractCommandTests
{
    [Fact]
    public async Task Extract_writes_the_pack_as_json_to_stdout()
    {
        var pack = Path.Combine(RepoPaths.SamplesOrSkip(), "002_a355e7290101a6f1.txt");

        var result = await CliRunner.RunAsync("extract", pack);

        Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}: {result.Stderr}");
        using var json = JsonDocument.Parse(result.Stdout);
        Assert.Equal("Overview and Scrutiny Committee", json.RootElement.GetProperty("meeting").GetProperty("committee").GetString());
        Assert.Equal(10, json.RootElement.GetProperty("agenda").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, json.RootElement.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task Extract_writes_to_the_out_file_and_summarises_on_stderr()
    {
        var pack = Path.Combine(RepoPaths.SamplesOrSkip(), "003_c501b68c03b2d938.txt");
        var output = Path.Combine(Path.GetTempPath(), $"quorum-extract-{Guid.NewGuid():N}.json");
        try
        {
            var result = await CliRunner.RunAsync("extract", pack, "--out", output);

            Assert.True(result.ExitCode == 0, $"exit code {result.ExitCode}: {result.Stderr}");
            Assert.Empty(result.Stdout);
            Assert.Contains("6 reports", result.Stderr);
            using var json = JsonDocument.Parse(File.ReadAllText(output));
            Assert.Equal(6, json.RootElement.GetProperty("reports").GetArrayLength());
        }
        finally
        {
            File.Delete(output);
        }
    }

    [Fact]
    public async Task An_empty_pack_is_a_one_line_error_with_exit_code_1()
    {
        var empty = Path.Combine(Path.GetTempPath(), $"quorum-empty-{Guid.NewGuid():N}.txt");
        File.WriteAllText(empty, "");
        try
        {
            var result = await CliRunner.RunAsync("extract", empty);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("the file is empty", result.Stderr);
            Assert.DoesNotContain("   at ", result.Stderr);
        }
        finally
        {
            File.Delete(empty);
        }
    }
}
