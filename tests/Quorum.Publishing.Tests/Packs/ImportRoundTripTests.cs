using System.Diagnostics;
using System.Globalization;
using Quorum.Import.Model;
using Quorum.Import.Pipeline;
using Quorum.Publishing.Packs;
using Quorum.TestSupport;

namespace Quorum.Publishing.Tests.Packs;

public sealed class ImportRoundTripTests(PrinterFixture fixture) : IClassFixture<PrinterFixture>
{
    [Fact]
    public async Task The_importer_reads_a_generated_pack_back_with_at_least_98_percent_accuracy()
    {
        var pack = PackFixtures.Meeting(fixture.Directory);
        var compiled = await fixture.Compiler.CompileAsync(pack, PackKind.Main, TestContext.Current.CancellationToken);
        var pdf = Path.Combine(fixture.Directory, "generated.pdf");
        await File.WriteAllBytesAsync(pdf, compiled.Pdf, TestContext.Current.CancellationToken);

        var extracted = PackExtractor.Extract(pdf);
        var (accuracy, report) = Score(PackTruth.For(pack, compiled), extracted);

        Assert.True(accuracy >= 0.98, $"accuracy {accuracy:0.000} below 0.98:\n{report}");
    }

    /// <summary>Runs the shared scorer (../shared/tools/score-import) and returns its accuracy and its list of misses.</summary>
    private (double Accuracy, string Report) Score(ExtractedPack truth, ExtractedPack predicted)
    {
        var scorer = Path.Combine(RepoPaths.SamplesOrSkip(), "..", "tools", "score-import");
        var truthPath = Path.Combine(fixture.Directory, "truth.json");
        var predictedPath = Path.Combine(fixture.Directory, "predicted.json");
        File.WriteAllText(truthPath, PackJson.Serialize(truth));
        File.WriteAllText(predictedPath, PackJson.Serialize(predicted));
        var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(scorer);
        start.ArgumentList.Add(truthPath);
        start.ArgumentList.Add(predictedPath);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("python3 could not be started; test.sh installs it.");
        var output = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        var last = output.TrimEnd().Split('\n')[^1];
        Assert.StartsWith("import accuracy:", last);
        return (double.Parse(last.Split(' ')[2], CultureInfo.InvariantCulture), output);
    }
}
