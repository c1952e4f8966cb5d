using System.Diagnostics;
using Xunit;

namespace Quorum.TestSupport;

/// <summary>
/// Runs poppler's command-line tools (<c>pdfinfo</c>, <c>pdftotext</c>, <c>pdffonts</c>; test.sh installs
/// poppler-utils): what a resident's PDF reader and an accessibility checker see, not what PdfPig forgives.
/// </summary>
public static class Poppler
{
    /// <summary>The tool's output and its error output; the tool must exit 0.</summary>
    public static async Task<(string Output, string Errors)> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var cancel = TestContext.Current.CancellationToken;
        var output = process.StandardOutput.ReadToEndAsync(cancel);
        var errors = process.StandardError.ReadToEndAsync(cancel);
        await process.WaitForExitAsync(cancel);
        Assert.Equal(0, process.ExitCode);
        return (await output, await errors);
    }

    /// <summary><c>pdfinfo</c> of PDF bytes, written to a file of their own first.</summary>
    public static async Task<(string Info, string Structure)> InfoAsync(byte[] pdf)
    {
        var path = Path.Combine(Path.GetTempPath(), "quorum-poppler-" + Guid.NewGuid().ToString("N") + ".pdf");
        await File.WriteAllBytesAsync(path, pdf, TestContext.Current.CancellationToken);
        try
        {
            var (info, infoErrors) = await RunAsync("pdfinfo", path);
            var (structure, structureErrors) = await RunAsync("pdfinfo", "-struct-text", path);
            Assert.Equal("", infoErrors + structureErrors);
            return (info, structure);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
