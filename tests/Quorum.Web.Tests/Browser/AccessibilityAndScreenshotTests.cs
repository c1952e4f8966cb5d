using Quorum.TestSupport;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Every page type in real Chromium at desktop (1280 px) and phone (375 px) widths: axe-core finds no WCAG 2.2 AA
/// violation, and a full-page screenshot goes to docs/screenshots so readers see the site without running it.
/// </summary>
public sealed class AccessibilityAndScreenshotTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private static readonly string Axe = Path.Combine(AppContext.BaseDirectory, "Accessibility", "axe.min.js");

    private static readonly string Screenshots = Path.Combine(RepoPaths.Root, "docs", "screenshots");

    private const string RunAxe = """
        async () => {
            const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
            return result.violations.map(v => `${v.id} (${v.impact}): ${v.help} at ${v.nodes.slice(0, 5).map(n => n.target.join(' ')).join(' | ')}`);
        }
        """;

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Page_has_no_accessibility_violations_at_desktop_and_phone_widths(string name, string path)
    {
        Directory.CreateDirectory(Screenshots);
        foreach (var width in new[] { 1280, 375 })
        {
            var page = await site.NewPageAsync(width);
            try
            {
                var response = await page.GotoAsync(path);
                Assert.NotNull(response);
                Assert.True(response.Status is 200 or 400 or 404, $"{path} answered {response.Status}");
                await page.ScreenshotAsync(new() { Path = Path.Combine(Screenshots, $"{name}-{width}.png"), FullPage = true });
                await page.AddScriptTagAsync(new() { Path = Axe });
                var violations = await page.EvaluateAsync<string[]>(RunAxe);
                Assert.True(violations.Length == 0, $"{path} at {width} px:\n" + string.Join("\n", violations));
            }
            finally
            {
                await page.Context.CloseAsync();
            }
        }
    }
}
