using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Every public page type in real Chromium at desktop (1280 px) and phone (375 px) widths: nothing scrolls sideways,
/// axe-core finds no WCAG 2.2 AA violation, and a full-page screenshot is saved when wanted (<see cref="Screenshots"/>;
/// tools/refresh-screenshots.sh copies them to docs/screenshots so readers see the site without running it). The staff
/// pages are checked the same way by <see cref="StaffMeetingPagesTests"/> and <see cref="StaffCouncilPagesTests"/>.
/// </summary>
[Collection(nameof(ReadOnlyBrowserSite))]
public sealed class AccessibilityAndScreenshotTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task Page_has_no_accessibility_violations_at_desktop_and_phone_widths(string name, string path)
    {
        path = await DemoAddresses.ResolveAsync(site, path);
        var page = await site.NewPageAsync(PageChecks.Widths[0]);
        var refused = AxeScript.PolicyRefusals(page);
        try
        {
            var response = await page.GotoAsync(path);
            Assert.NotNull(response);
            Assert.True(response.Status is 200 or 400 or 404, $"{path} answered {response.Status}");
            foreach (var width in PageChecks.Widths)
            {
                await PageChecks.ShowAtAsync(page, width);
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
}

/// <summary>The staff pages of the meeting cycle, signed in as the demo account that uses them (screenshots named admin-*).</summary>
[Collection(nameof(StaffMeetingPagesBrowserSite))]
public sealed class StaffMeetingPagesTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.StaffMeetingsAndReports), MemberType = typeof(PageTypes))]
    public Task Staff_page_has_no_accessibility_violations_at_desktop_and_phone_widths(string name, string? account, string path) =>
        StaffPageChecks.AssertAsync(site, name, account, path);
}

/// <summary>The other staff pages (audit, accounts, papers, interests, bodies, people, years, settings), the same way.</summary>
[Collection(nameof(StaffCouncilPagesBrowserSite))]
public sealed class StaffCouncilPagesTests(BrowserSite site)
{
    [Theory]
    [MemberData(nameof(PageTypes.StaffCouncilAndAccounts), MemberType = typeof(PageTypes))]
    public Task Staff_page_has_no_accessibility_violations_at_desktop_and_phone_widths(string name, string? account, string path) =>
        StaffPageChecks.AssertAsync(site, name, account, path);
}

internal static class StaffPageChecks
{
    public static async Task AssertAsync(BrowserSite site, string name, string? account, string path)
    {
        path = await DemoAddresses.ResolveAsync(site, path);
        var page = account is null ? await site.NewPageAsync(PageChecks.Widths[0]) : await site.SignedInPageAsync(PageChecks.Widths[0], account);
        // A page under load from the other tests can take longer than Playwright's default 30 s.
        page.SetDefaultTimeout(90_000);
        var refused = AxeScript.PolicyRefusals(page);
        try
        {
            var response = await page.GotoAsync(path);
            Assert.NotNull(response);
            Assert.True(response.Status == 200 && page.Url.EndsWith(path, StringComparison.Ordinal), $"{path} as {account} answered {response.Status} at {page.Url}");
            foreach (var width in PageChecks.Widths)
            {
                await PageChecks.ShowAtAsync(page, width);
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
