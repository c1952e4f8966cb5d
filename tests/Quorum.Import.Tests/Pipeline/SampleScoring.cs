using System.Diagnostics;
using System.Globalization;
using Quorum.Import.Model;
using Quorum.TestSupport;

namespace Quorum.Import.Tests.Pipeline;

/// <summary>Runs the shared scorer (../shared/tools/score-import, Python 3) on an extraction.</summary>
internal static class SampleScoring
{
    public static readonly string[] Samples = ["000_3e448eb3eb3f3234", "002_a355e7290101a6f1", "003_c501b68c03b2d938"];

    public static string SamplePath(string sample) => Path.Combine(RepoPaths.SamplesOrSkip(), sample + ".txt");

    public static double Score(string sample, ExtractedPack pack)
    {
        var samples = RepoPaths.SamplesOrSkip();
        var scorer = Path.Combine(samples, "..", "tools", "score-import");
        var truth = Path.Combine(samples, "groundtruth", sample + ".json");
        var predicted = Path.Combine(Path.GetTempPath(), $"quorum-{sample}-{Guid.NewGuid():N}.json");
        File.WriteAllText(predicted, PackJson.Serialize(pack));
        try
        {
            var start = new ProcessStartInfo("python3") { RedirectStandardOutput = true, RedirectStandardError = true };
            start.ArgumentList.Add(scorer);
            start.ArgumentList.Add(truth);
            start.ArgumentList.Add(predicted);
            Process process;
            try
            {
                process = Process.Start(start)!;
            }
            catch (System.ComponentModel.Win32Exception)
            {
                Assert.Fail("python3 is needed to run ../shared/tools/score-import; test.sh installs it.");
                throw;
            }
            using (process)
            {
                var output = process.StandardOutput.ReadToEnd();
                process.WaitForExit();
                var last = output.TrimEnd().Split('\n')[^1];
                Assert.StartsWith("import accuracy:", last);
                return double.Parse(last.Split(' ')[2], CultureInfo.InvariantCulture);
            }
        }
        finally
        {
            File.Delete(predicted);
        }
    }
}
