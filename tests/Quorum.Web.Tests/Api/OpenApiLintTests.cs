using System.Diagnostics;
using Quorum.TestSupport;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Api;

/// <summary>
/// The site's OpenAPI document, as served, linted by Redocly CLI (pinned in tools/redocly, installed by test.sh)
/// with its recommended rules: no errors (public operations declared open, every operation summarised, server
/// addresses without a trailing slash).
/// </summary>
public sealed class OpenApiLintTests(SiteHost site) : IClassFixture<SiteHost>
{
    private static readonly string Redocly = Path.Combine(RepoPaths.Root, "tools", "redocly", "node_modules", ".bin", "redocly");

    [Fact]
    public async Task The_openapi_document_passes_redoclys_recommended_rules()
    {
        var ct = TestContext.Current.CancellationToken;
        Assert.SkipUnless(File.Exists(Redocly), $"Redocly CLI is not installed: run `npm ci` in tools/redocly (test.sh does).");
        var document = Path.Combine(Path.GetTempPath(), $"quorum-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await site.Client.GetStringAsync("/openapi/v1.json", ct), ct);
        try
        {
            var lint = new ProcessStartInfo(Redocly) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { "lint", document, "--extends", "recommended", "--format", "stylish" })
            {
                lint.ArgumentList.Add(argument);
            }
            lint.Environment["REDOCLY_TELEMETRY"] = "off";
            lint.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
            using var process = Process.Start(lint)!;
            var output = process.StandardOutput.ReadToEndAsync(ct);
            var errors = process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);
            var said = await output + await errors;
            Assert.True(process.ExitCode == 0, $"redocly lint failed:\n{said}");
            Assert.Contains("Woohoo! Your API description is valid.", said, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(document);
        }
    }
}
