using Microsoft.Playwright;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Every page type in real Chromium at desktop (1280 px) and phone (375 px) widths: nothing scrolls sideways, axe-core
/// finds no WCAG 2.2 AA violation, and a full-page screenshot is saved when wanted (<see cref="Screenshots"/>;
/// tools/refresh-screenshots.sh copies them to docs/screenshots so readers see the site without running it). The staff
/// pages are checked the same way by <see cref="StaffPagesAccessibilityTests"/>.
/// </summary>
[Collection(nameof(ReadOnlyBrowserSite))]
public sealed class AccessibilityAndScreenshotTests(BrowserSite site)
{
    /// <summary>Desktop first, then phone.</summary>
    internal static readonly int[] Widths = [1280, 375];

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Page_has_no_accessibility_violations_at_desktop_and_phone_widths(string name, string path)
    {
        path = await DemoAddresses.ResolveAsync(site, path);
        var page = await site.NewPageAsync(Widths[0]);
        var refused = AxeScript.PolicyRefusals(page);
        try
        {
            var response = await page.GotoAsync(path);
            Assert.NotNull(response);
            Assert.True(response.Status is 200 or 400 or 404, $"{path} answered {response.Status}");
            foreach (var width in Widths)
            {
                await ShowAtAsync(page, width);
                await PageChecks.AssertFitsAndAccessibleAsync(page, name, width, $"{path} at {width} px");
                PlainWords.AssertPlain(await page.InnerTextAsync("body"), $"{path} at {width} px");
                Assert.True(refused.Count == 0, $"{path} at {width} px broke the content security policy:\n" + string.Join("\n", refused));
                Assert.True(await page.EvaluateAsync<bool>("document.body.classList.contains('js-enabled')"), $"{path}: the site's own script did not run");
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>
    /// Sets the window to <paramref name="width"/> and waits two frames, so the layout and GOV.UK Frontend's
    /// media-query listeners (menus, tabs) have caught up, as they do when a visitor turns a phone or narrows a window.
    /// Each page is loaded once and checked at both widths rather than loaded again per width: this is CI's slowest class.
    /// </summary>
    internal static async Task ShowAtAsync(IPage page, int width)
    {
        await page.SetViewportSizeAsync(width, 900);
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");
    }
}
