using Microsoft.Playwright;

namespace Quorum.Web.Tests.Browser;

/// <summary>A resident can get from the front page to papers, people and decisions by following links, with JavaScript off.</summary>
public sealed class NavigationTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    [Fact]
    public async Task A_resident_follows_links_from_home_to_a_report_and_a_councillor_without_javascript()
    {
        var page = await site.NewPageAsync(1280, javaScript: false);
        await page.GotoAsync("/");
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Menu" }).GetByRole(AriaRole.Link, new() { Name = "Committees" }).ClickAsync();
        Assert.EndsWith("/committees", page.Url);
        await page.GetByRole(AriaRole.Link, new() { Name = "Overview and Scrutiny Committee" }).ClickAsync();
        Assert.EndsWith("/committees/overview-and-scrutiny", page.Url);
        await page.GetByRole(AriaRole.Link, new() { Name = "Tuesday 19 September 2017, 7:30pm" }).ClickAsync();
        Assert.EndsWith("/meetings/2017-09-19/overview-and-scrutiny", page.Url);
        Assert.Equal("Overview and Scrutiny Committee, 19 September 2017 – Committees and meetings – London Borough of Harrow", await page.TitleAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "Community Safety Strategy 2017-2020" }).ClickAsync();
        Assert.EndsWith("/meetings/2017-09-19/overview-and-scrutiny/items/3", page.Url);
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Breadcrumb" }).GetByRole(AriaRole.Link, new() { Name = "19 September 2017" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Councillor Jerry Miles" }).First.ClickAsync();
        Assert.EndsWith("/people/jerry-miles", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Councillor Jerry Miles");
        await page.Context.CloseAsync();
    }

    [Fact]
    public async Task Calendar_committee_filter_and_month_navigation_work_without_javascript()
    {
        var page = await site.NewPageAsync(1280, javaScript: false);
        await page.GotoAsync("/calendar?month=2017-09");
        await page.GetByLabel("Show meetings of").SelectOptionAsync(new SelectOptionValue { Label = "Cabinet" });
        await page.GetByRole(AriaRole.Button, new() { Name = "Show" }).ClickAsync();
        Assert.Contains("committee=cabinet", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("Cabinet: Meetings in September 2017");
        await page.GetByRole(AriaRole.Link, new() { Name = "Next month" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Postponed").First).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Cabinet, 7:30pm" }).ClickAsync();
        Assert.EndsWith("/meetings/2017-10-19/cabinet", page.Url);
        await Assertions.Expect(page.GetByText("This meeting has been postponed.")).ToBeVisibleAsync();
        await page.Context.CloseAsync();
    }
}
