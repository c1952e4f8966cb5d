using Microsoft.Playwright;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// A resident can get from the front page to papers, people and decisions by following links, with JavaScript off;
/// on a phone, residents see search results before the filters.
/// </summary>
[Collection(nameof(ReadOnlyBrowserSite))]
public sealed class NavigationTests(BrowserSite site)
{
    [Fact]
    public async Task A_resident_follows_links_from_home_to_a_report_and_a_councillor_without_javascript()
    {
        var page = await site.NewPageAsync(1280, javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Committees" }).ClickAsync();
        Assert.EndsWith("/committees", page.Url);
        await page.GetByRole(AriaRole.Link, new() { Name = "Overview and Scrutiny Committee" }).ClickAsync();
        Assert.EndsWith("/committees/overview-and-scrutiny-committee", page.Url);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tuesday 3 November 2026, 7:30pm" }).ClickAsync();
        Assert.EndsWith("/meetings/2026-11-03/overview-and-scrutiny-committee", page.Url);
        Assert.Equal("Overview and Scrutiny Committee, 3 November 2026 – Committees and meetings – London Borough of Brentmoor", await page.TitleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Annual Standards and Achievement Report" }).ClickAsync();
        Assert.EndsWith("/meetings/2026-11-03/overview-and-scrutiny-committee/items/7", page.Url);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "3 November 2026" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Councillor Anjana Henson" }).First.ClickAsync();
        Assert.EndsWith("/people/anjana-henson", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Councillor Anjana Henson");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task On_a_phone_search_results_come_before_the_filters_and_on_a_desktop_beside_them()
    {
        var page = await site.NewPageAsync(375);
        await page.GotoAsync("/search?q=budget");
        var results = page.Locator("#result-count");
        var filters = page.GetByRole(AriaRole.Heading, new() { Name = "Filter results" });
        var (count, filter) = ((await results.BoundingBoxAsync())!, (await filters.BoundingBoxAsync())!);
        Assert.True(count.Y < filter.Y, $"on a phone the result count is {count.Y} px down, the filters {filter.Y} px");
        await PageChecks.ShowAtAsync(page, 1280);
        (count, filter) = ((await results.BoundingBoxAsync())!, (await filters.BoundingBoxAsync())!);
        Assert.True(filter.X < count.X && Math.Abs(filter.Y - count.Y) < 100, $"on a desktop the filters are at ({filter.X}, {filter.Y}), the result count at ({count.X}, {count.Y})");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Calendar_committee_filter_and_month_navigation_work_without_javascript()
    {
        var page = await site.NewPageAsync(1280, javaScript: false);
        await page.GotoAsync("/calendar?month=2026-02");
        await page.GetByLabel("Show meetings of").SelectOptionAsync(new SelectOptionValue { Label = "Corporate Parenting Panel" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.Contains("committee=corporate-parenting-panel", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Corporate Parenting Panel: Meetings in February 2026");
        await page.GetByRole(AriaRole.Link, new() { Name = "Next month" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Cancelled").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Corporate Parenting Panel, 6pm" }).ClickAsync();
        Assert.EndsWith("/meetings/2026-03-04/corporate-parenting-panel", page.Url);
        await Assertions.Expect(page.GetByText("This meeting has been cancelled.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
