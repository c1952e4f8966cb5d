using Microsoft.Playwright;
using Quorum.TestSupport;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Full-page screenshots of what the browser tests look at, saved only when asked for with
/// <c>QUORUM_SCREENSHOTS=1</c> (a full-page PNG of every page at two widths costs CI more than the checks themselves).
/// They go to <c>.test-output/screenshots</c> at the repository root, which git ignores;
/// <c>tools/refresh-screenshots.sh</c> asks for them and copies them into <c>docs/screenshots</c>, the ones the README shows.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, ".test-output", "screenshots");

    public static bool Wanted { get; } = Environment.GetEnvironmentVariable("QUORUM_SCREENSHOTS") == "1";

    /// <summary>Saves the page as <c>{name}-{width}.png</c> when screenshots are wanted.</summary>
    public static async Task SaveAsync(IPage page, string name, int width)
    {
        if (!Wanted)
        {
            return;
        }
        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}-{width}.png"), FullPage = true });
    }
}
