using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Every staff page in real Chromium at 1280 and 375 px, signed in as the demo account that uses it, checked as
/// <see cref="AccessibilityAndScreenshotTests"/> checks the public pages. A collection of its own, with its own site and
/// browser, so that the two halves of CI's slowest check run side by side.
/// </summary>
[Collection(nameof(StaffBrowserSite))]
public sealed class StaffPagesAccessibilityTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.Staff), MemberType = typeof(PageTypes))]
    public async Task Staff_page_has_no_accessibility_violations_at_desktop_and_phone_widths(string name, string? account, string path)
    {
        path = await DemoAddresses.ResolveAsync(site, path);
        var page = account is null ? await site.NewPageAsync(AccessibilityAndScreenshotTests.Widths[0]) : await site.SignedInPageAsync(AccessibilityAndScreenshotTests.Widths[0], account);
        // A page under load from the other tests can take longer than Playwright's default 30 s.
        page.SetDefaultTimeout(90_000);
        var refused = AxeScript.PolicyRefusals(page);
        try
        {
            var response = await page.GotoAsync(path);
            Assert.NotNull(response);
            Assert.True(response.Status == 200 && page.Url.EndsWith(path, StringComparison.Ordinal), $"{path} as {account} answered {response.Status} at {page.Url}");
            foreach (var width in AccessibilityAndScreenshotTests.Widths)
            {
                await AccessibilityAndScreenshotTests.ShowAtAsync(page, width);
                await PageChecks.AssertFitsAndAccessibleAsync(page, name, width, $"{path} as {account} at {width} px");
                PlainWords.AssertPlain(await page.InnerTextAsync("body"), $"{path} as {account} at {width} px");
                Assert.True(refused.Count == 0, $"{path} at {width} px broke the content security policy:\n" + string.Join("\n", refused));
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
