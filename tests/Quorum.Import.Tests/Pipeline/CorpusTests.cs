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
    private const double Floor = 0.98;

    /// <summary>No document of the corpus may fall below this (issue 19's acceptance).</summary>
    private const double DocumentFloor = 0.90;

    /// <summary>The papers kept aside may not fall below this (raised as general rules lift them). Each round brings new
    /// papers, so it is set again from the round's own: after the sixth round the two left aside (a meeting page stored as
    /// a markdown table and a community council's minutes) read at 94/110 = 0.855; after the seventh none is kept aside;
    /// after the eighth the three kept aside (a CMIS agenda PDF, a parish council's Word minutes, a Modern.gov page) read
    /// at 114/183 = 0.623, none of the round's rules written for them.</summary>
    private const double UnseenFloor = 0.60;

    private static string Folder => Path.Combine(RepoPaths.Root, "tests", "Quorum.Import.Tests", "Corpus");

    [Fact]
    public void The_corpus_is_scored_document_by_document_and_holds_its_floor()
    {
        var (score, rows, table) = Score(Folder, "corpus-scores.md", "Importer corpus scores");
        Assert.True(rows.Count >= 30, $"the corpus holds {rows.Count} documents");
        Assert.True(score >= Floor, $"the corpus scored {score:0.000}, below its floor of {Floor:0.00}\n{table}");
        var weak = rows.Where(r => (double)r.Ok / Math.Max(1, r.Total) < DocumentFloor).Select(r => r.File).ToList();
        Assert.True(weak.Count == 0, $"below {DocumentFloor:0.00}: {string.Join(", ", weak)}\n{table}");
    }

    /// <summary>
    /// The papers kept aside (Corpus/unseen) are scored and printed the same way: the gap between them and the corpus
    /// is the measure of generality. Their floor is the lowest they have reached with general rules, not a target.
    /// When every paper of the last round has moved up into the corpus, none is kept aside until the next round.
    /// </summary>
    [Fact]
    public void The_papers_kept_aside_are_scored_and_hold_their_floor()
    {
        var unseen = Path.Combine(Folder, "unseen");
        if (Directory.GetFiles(unseen, "*.txt").Length == 0)
        {
            var results = Directory.CreateDirectory(Path.Combine(RepoPaths.Root, ".test-output")).FullName;
            File.WriteAllText(Path.Combine(results, "unseen-scores.md"), "# Papers kept aside: none (every paper of the last round moved up into the corpus)\n");
            return;
        }
        var (score, rows, table) = Score(unseen, "unseen-scores.md", "Papers kept aside (not yet in the corpus)");
        Assert.NotEmpty(rows);
        Assert.True(score >= UnseenFloor, $"the papers kept aside scored {score:0.000}, below their floor of {UnseenFloor:0.00}\n{table}");
    }

    private static (double Score, List<(string File, int Ok, int Total)> Rows, string Table) Score(string folder, string outputName, string heading)
    {
        var documents = Directory.GetFiles(folder, "*.txt").Order(StringComparer.Ordinal).ToList();
        var results = Path.Combine(RepoPaths.Root, ".test-output");
        // Predictions are kept beside the table so that a miss can be read with the scorer after a CI run.
        var predictions = Directory.CreateDirectory(Path.Combine(results, "corpus-predicted", Path.GetFileName(folder)));
        var arguments = new List<string>();
        var warnings = new Dictionary<string, int>();
        var refused = new HashSet<string>(StringComparer.Ordinal);
        foreach (var document in documents)
        {
            var predicted = Path.Combine(predictions.FullName, Path.GetFileNameWithoutExtension(document) + ".json");
            try
            {
                var pack = PackExtractor.Extract(document);
                File.WriteAllText(predicted, PackJson.Serialize(pack));
                warnings[Path.GetFileName(document)] = pack.Warnings.Count;
            }
            catch (ImportException) when (folder != Folder)
            {
                // A paper kept aside that is refused scores as an empty prediction (its nulls still match the truth's).
                File.WriteAllText(predicted, "{}");
                refused.Add(Path.GetFileName(document));
            }
            arguments.Add(Path.ChangeExtension(document, ".json"));
            arguments.Add(predicted);
        }
        var output = RunScorer(arguments);
        var rows = DocumentLine().Matches(output).Select(m => (File: m.Groups["file"].Value, Ok: Int(m.Groups["ok"].Value), Total: Int(m.Groups["total"].Value))).ToList();
        Assert.Equal(documents.Count, rows.Count);
        var overall = Overall().Match(output);
        Assert.True(overall.Success, output[^Math.Min(output.Length, 2000)..]);
        var score = double.Parse(overall.Groups["score"].Value, CultureInfo.InvariantCulture);

        var table = new StringBuilder();
        table.AppendLine(CultureInfo.InvariantCulture, $"# {heading} ({documents.Count} documents)");
        table.AppendLine();
        table.AppendLine("| document | fields right | score | warnings |");
        table.AppendLine("|---|---:|---:|---:|");
        foreach (var (file, ok, total) in rows)
        {
            table.AppendLine(CultureInfo.InvariantCulture, $"| {file} | {ok}/{total} | {(double)ok / Math.Max(1, total):0.000} | {(refused.Contains(file) ? "refused" : warnings.GetValueOrDefault(file).ToString(CultureInfo.InvariantCulture))} |");
        }
        table.AppendLine(CultureInfo.InvariantCulture, $"| **all {documents.Count}** | {rows.Sum(r => r.Ok)}/{rows.Sum(r => r.Total)} | **{score:0.000}** | |");
        File.WriteAllText(Path.Combine(results, outputName), table.ToString());
        TestContext.Current.SendDiagnosticMessage(table.ToString());
        return (score, rows, table.ToString());
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
