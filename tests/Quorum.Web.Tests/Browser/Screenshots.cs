using Quorum.TestSupport;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Where the browser tests save their full-page screenshots: <c>.test-output/screenshots</c> at the repository root,
/// which git ignores, so a test run leaves the tree as it found it. <c>tools/refresh-screenshots.sh</c> runs the
/// tests that take them and copies the pictures into <c>docs/screenshots</c>, the ones the README shows.
/// </summary>
public static class Screenshots
{
    public static string Folder { get; } = Path.Combine(RepoPaths.Root, ".test-output", "screenshots");

    /// <summary>The file for a page's screenshot at a width (<c>meeting-1280.png</c>), its folder created.</summary>
    public static string PathFor(string name, int width)
    {
        Directory.CreateDirectory(Folder);
        return Path.Combine(Folder, $"{name}-{width}.png");
    }
}
