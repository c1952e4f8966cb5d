using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Quorum.Data;
using Quorum.Demo;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Issue #8's acceptance path in real Chromium on the demo council, each officer signing in through the sign-in
/// form in their own browser session: the clerk builds a meeting from the template, an author writes the report,
/// a clearing officer clears it, the clerk publishes, and the public site shows the report and serves the pack.
/// </summary>
public sealed class ReportWorkflowBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Committee = "Overview and Scrutiny Committee";
    private const string Subject = "Library Service Review 2027";

    private async Task<IPage> SignInAsync(string userName)
    {
        var page = await site.NewPageAsync(1280);
        await page.GotoAsync("/admin");
        Assert.Contains("/admin/sign-in", page.Url, StringComparison.Ordinal);
        await page.GetByLabel("User name").FillAsync(userName);
        await page.GetByLabel("Password").FillAsync(DemoAccounts.All.Single(a => a.UserName == userName).Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByText($"Signed in as")).ToBeVisibleAsync();
        return page;
    }

    private static Task CheckAsync(IPage page, string name) => PageChecks.AssertFitsAndAccessibleAsync(page, name, 1280);

    private static ILocator Section(IPage page, string name) =>
        page.GetByRole(AriaRole.Navigation, new() { Name = "Staff sections" }).GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    /// <summary>A weekday two months or more ahead with no meeting of the committee, so the public address is the new meeting's.</summary>
    private async Task<LocalDate> FreeDateAsync()
    {
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        var taken = await db.Meetings.Where(m => m.Committee!.Name == Committee).Select(m => m.Date).ToListAsync(TestContext.Current.CancellationToken);
        var date = BrowserSite.Today.PlusDays(60);
        while (taken.Contains(date) || date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        {
            date = date.PlusDays(1);
        }
        return date;
    }

    [Fact]
    public async Task A_clerk_builds_the_agenda_an_author_writes_the_report_an_officer_clears_it_and_the_published_pack_carries_it()
    {
        var date = await FreeDateAsync();
        var iso = date.ToString("uuuu-MM-dd", null);

        // Democratic Services: a meeting from the committee's template, then the business item.
        var clerk = await SignInAsync("clerk");
        await Section(clerk, "Meetings").ClickAsync();
        await clerk.GetByRole(AriaRole.Link, new() { Name = "Create a meeting from the template" }).ClickAsync();
        await clerk.GetByLabel("Committee").SelectOptionAsync(new SelectOptionValue { Label = Committee });
        await DateBoxes.FillAsync(clerk, "date", date);
        await clerk.GetByLabel("Start time").FillAsync("19:30");
        await clerk.GetByLabel("Venue").FillAsync("Committee Rooms 1 & 2, Civic Centre");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Create meeting" }).ClickAsync();
        await Assertions.Expect(clerk.GetByText("Meeting created with")).ToBeVisibleAsync();
        var meetingUrl = clerk.Url;
        await clerk.GetByLabel("Title").FillAsync(Subject);
        await clerk.GetByLabel("Report of").FillAsync("Corporate Director, Community");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Add item" }).ClickAsync();
        await Assertions.Expect(clerk.GetByText($"Added '{Subject}'")).ToBeVisibleAsync();

        // The report author starts the report for that item and writes it.
        var author = await SignInAsync("author");
        await Section(author, "Reports").ClickAsync();
        await CheckAsync(author, "admin-report-workflow-list");
        await author.GetByLabel("Committee").SelectOptionAsync(new SelectOptionValue { Label = Committee });
        await author.GetByRole(AriaRole.Button, new() { Name = "Show items" }).ClickAsync();
        await author.GetByRole(AriaRole.Link, new() { Name = $"Write the report for \"{Subject}\"" }).ClickAsync();
        await CheckAsync(author, "admin-report-workflow-start");
        await author.GetByLabel("Responsible Officer").FillAsync("Dawn Calvert, Corporate Director, Community");
        await author.GetByRole(AriaRole.Button, new() { Name = "Start the report" }).ClickAsync();
        await Assertions.Expect(author.Locator("#report-state")).ToHaveTextAsync("Draft");
        await author.Locator("#ScrutinyLeadMember").FillAsync("Councillor Jerry Miles");
        await author.Locator("#Summary").FillAsync("This report sets out the findings of the review of the borough's libraries.");
        await author.Locator("#Recommendations").FillAsync("The Committee is asked to comment on the review.");
        await author.Locator("#Body").FillAsync("The review looked at opening hours, stock and the mobile library.");
        await author.Locator("#OptionsConsidered").FillAsync("Closing two branches was considered and rejected.");
        await author.Locator("#FinancialImplications").FillAsync("| Year | Saving (£000) |\n|---|---|\n| 2027/28 | 250 |");
        await author.Locator("#ContactOfficer").FillAsync("Chris Evans, Head of Libraries, 020 8424 1234");
        await author.Locator("#Summary").FillAsync("");
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for clearance" }).ClickAsync();
        await author.GetByRole(AriaRole.Link, new() { Name = "Enter the summary before submitting the report for clearance" }).ClickAsync();
        await Assertions.Expect(author.Locator("#Summary")).ToBeFocusedAsync();
        await CheckAsync(author, "admin-report-workflow-errors");
        await author.Locator("#Summary").FillAsync("This report sets out the findings of the review of the borough's libraries.");
        await author.GetByRole(AriaRole.Button, new() { Name = "Submit for clearance" }).ClickAsync();
        await Assertions.Expect(author.Locator("#report-state")).ToHaveTextAsync("Submitted for clearance");
        await Assertions.Expect(author.Locator("#Body")).ToHaveCountAsync(0);

        // A clearing officer records the statutory officers' clearance and marks it cleared.
        var clearing = await SignInAsync("clearing");
        await Section(clearing, "Reports").ClickAsync();
        await clearing.Locator("#awaiting-clearance").GetByRole(AriaRole.Link, new() { Name = Subject }).ClickAsync();
        foreach (var (role, name) in new[] { ("Chief Financial Officer", "Jo Frost"), ("Monitoring Officer", "Sarah Wilson") })
        {
            await clearing.GetByRole(AriaRole.Radio, new() { Name = role }).CheckAsync();
            await clearing.GetByLabel("Name of the officer who cleared it").FillAsync(name);
            await clearing.GetByLabel("Signed on behalf of").FillAsync($"the {role}");
            await clearing.GetByRole(AriaRole.Button, new() { Name = "Record clearance" }).ClickAsync();
            await Assertions.Expect(clearing.GetByText($"Clearance by {name} for the {role} recorded.")).ToBeVisibleAsync();
        }
        await CheckAsync(clearing, "admin-report-workflow-clearance");
        await clearing.GetByRole(AriaRole.Button, new() { Name = "Mark as cleared" }).ClickAsync();
        await Assertions.Expect(clearing.Locator("#report-state")).ToHaveTextAsync("Cleared");

        // The clerk publishes the agenda.
        await clerk.GotoAsync(meetingUrl);
        await Assertions.Expect(clerk.GetByRole(AriaRole.Link, new() { Name = $"Cleared report for item" })).ToBeVisibleAsync();
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Publish agenda" }).ClickAsync();
        // Asked first, with what would go out without its papers (nothing here: the one report is cleared).
        await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to publish the agenda?" })).ToBeVisibleAsync();
        await CheckAsync(clerk, "admin-confirm-publish");
        await clerk.GetByRole(AriaRole.Button, new() { Name = "Publish agenda" }).ClickAsync();
        await Assertions.Expect(clerk.GetByText("Agenda published (version 1")).ToBeVisibleAsync(new() { Timeout = 30_000 });

        // The public meeting page shows the report, the item page its text, and the pack downloads with it inside.
        var visitor = await site.NewPageAsync(1280);
        await visitor.GotoAsync($"/meetings/{iso}/overview-and-scrutiny-committee");
        await visitor.GetByRole(AriaRole.Link, new() { Name = Subject }).First.ClickAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Heading, new() { Name = Subject, Level = 2 })).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByText("Closing two branches was considered and rejected.")).ToBeVisibleAsync();
        await Assertions.Expect(visitor.GetByRole(AriaRole.Cell, new() { Name = "2027/28" })).ToBeVisibleAsync();
        await visitor.GoBackAsync();
        var packHref = await visitor.GetByRole(AriaRole.Link, new() { Name = "Agenda pack (PDF)", Exact = true }).GetAttributeAsync("href");
        var response = await visitor.Context.APIRequest.GetAsync(packHref!);
        Assert.Equal(200, response.Status);
        Assert.Equal("application/pdf", response.Headers["content-type"]);
        using var pdf = PdfDocument.Open(await response.BodyAsync());
        var text = string.Join('\n', pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p, true)));
        Assert.Contains("Library Service Review 2027", text, StringComparison.Ordinal);
        Assert.Contains("Closing two branches was considered and rejected.", text, StringComparison.Ordinal);
        Assert.Contains("on behalf of the Chief Financial Officer", text, StringComparison.Ordinal);

        foreach (var page in new[] { clerk, author, clearing, visitor })
        {
            await page.Context.CloseAsync();
        }
    }
}
