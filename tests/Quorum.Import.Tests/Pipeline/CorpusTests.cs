using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.TestSupport;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>
/// Scores the importer on the corpus of other councils' papers (tests/Quorum.Import.Tests/Corpus) with the shared
/// scorer, writes the table to .test-output/corpus-scores.md (test.sh prints it) and holds the floor reached so far.
/// </summary>
public partial class CorpusTests
{
    /// <summary>The whole corpus's accuracy may not fall below this (raised as the reader improves).</summary>
    private const double Floor = 0.97;

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Quorum.Import.Tests", "Corpus");

    [Fact]
    public void The_corpus_is_scored_document_by_document_and_holds_its_floor()
    {
        var documents = Directory.GetFiles(Folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        Assert.True(documents.Count >= 30, $"the corpus holds {documents.Count} documents");
        var work = Directory.CreateTempSubdirectory("quorum-corpus-");
        try
        {
            var arguments = new List<string>();
            var warnings = new Dictionary<string, int>();
            foreach (var document in documents)
            {
                var pack = PackExtractor.Extract(document);
                var predicted = Path.Combine(work.FullName, Path.GetFileNameWithoutExtension(document) + ".json");
                File.WriteAllText(predicted, PackJson.Serialize(pack));
                arguments.Add(Path.ChangeExtension(document, ".json"));
                arguments.Add(predicted);
                warnings[Path.GetFileName(document)] = pack.Warnings.Count;
            }
            var output = RunScorer(arguments);
            var rows = DocumentLine().Matches(output).Select(m => (File: m.Groups["file"].Value, Ok: Int(m.Groups["ok"].Value), Total: Int(m.Groups["total"].Value))).ToList();
            Assert.Equal(documents.Count, rows.Count);
            var overall = Overall().Match(output);
            Assert.True(overall.Success, output[^Math.Min(output.Length, 2000)..]);
            var score = double.Parse(overall.Groups["score"].Value, CultureInfo.InvariantCulture);

            var table = new StringBuilder();
            table.AppendLine(CultureInfo.InvariantCulture, $"# Importer corpus scores ({documents.Count} documents)");
            table.AppendLine();
            table.AppendLine("| document | fields right | score | warnings |");
            table.AppendLine("|---|---:|---:|---:|");
            foreach (var (file, ok, total) in rows)
            {
                table.AppendLine(CultureInfo.InvariantCulture, $"| {file} | {ok}/{total} | {(double)ok / Math.Max(1, total):0.000} | {warnings.GetValueOrDefault(file)} |");
            }
            table.AppendLine(CultureInfo.InvariantCulture, $"| **whole corpus** | {rows.Sum(r => r.Ok)}/{rows.Sum(r => r.Total)} | **{score:0.000}** | |");
            var results = Path.Combine(RepoPaths.Root, ".test-output");
            Directory.CreateDirectory(results);
            File.WriteAllText(Path.Combine(results, "corpus-scores.md"), table.ToString());
            TestContext.Current.SendDiagnosticMessage(table.ToString());

            Assert.True(score >= Floor, $"the corpus scored {score:0.000}, below its floor of {Floor:0.00}\n{table}");
        }
        finally
        {
            work.Delete(recursive: true);
        }
    }

    private static string RunScorer(List<string> arguments)
    {
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(Folder, "score-import"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 did not start; test.sh installs it.");
        var error = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode is 0 or 1, $"the scorer failed: {error.Result}");
        return output;
    }

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^(?<file>[\w.-]+\.txt): (?<ok>\d+)/(?<total>\d+) = ", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex DocumentLine();

    [GeneratedRegex(@"^import accuracy: (?<score>[\d.]+)", RegexOptions.Multiline | RegexOptions.CultureInvariant)]
    private static partial Regex Overall();
}
