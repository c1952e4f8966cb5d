using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NodaTime;
using Quorum.Data;
using Quorum.Demo;
using Quorum.Domain.Meetings;
using Quorum.Web.Site;
using Quorum.Web.Tests.Admin.Meetings.Record;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Issue 20's acceptance walk in real Chromium on the demo council: a clerk's whole cycle from the staff home, by
/// links and buttons only once signed in (no id or address typed): a meeting created, its report written and
/// cleared, the agenda published through its confirmation; after the meeting day the meeting is found in the
/// home's work due and recorded (a reserve, a late arrival, a declaration, a vote); the minutes are drafted, edited
/// minute by minute, approved at the next meeting and published; the public page and the minutes PDF say what was
/// recorded. A class of its own: it moves the site's clock.
/// </summary>
public sealed partial class ClerksCycleBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{
    private const string Subject = "Review of the Mobile Library Service";

    private const string Narrative = "The Head of Libraries introduced the report and answered Members' questions on the new route.";

    private const string Decision = "That the new mobile library route be approved.";

    private sealed record Plan(string Committee, LocalDate Date, LocalDate Next, string Chair, string Replaced, string Reserve, int ReservePosition, string Late);

    /// <summary>
    /// A committee with a reserve list, a free weekday for the new meeting a week after the demo's next meeting of it
    /// (same members, same municipal year, so the reserve list applies), the body's next ordinary meeting after that
    /// (where the minutes are signed), and who does what.
    /// </summary>
    private async Task<Plan> PlanAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        for (var skip = 0; ; skip++)
        {
            var demo = await DemoMeetingToRecord.FindAsync(db, skip);
            var committee = await db.Committees.SingleAsync(c => c.Name == demo.Committee, ct);
            var meetings = await db.Meetings.Where(m => m.CommitteeId == committee.Id && m.Status != MeetingStatus.Cancelled).Select(m => new { m.Date, m.IsSpecial }).ToListAsync(ct);
            var yearEnds = await db.MunicipalYears.Where(y => y.StartsOn <= demo.Date && y.EndsOn >= demo.Date).Select(y => y.EndsOn).SingleAsync(ct);
            var date = demo.Date.PlusDays(7);
            while (meetings.Any(m => m.Date == date) || date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
            {
                date = date.PlusDays(1);
            }
            var next = meetings.Where(m => m.Date > date && !m.IsSpecial).OrderBy(m => m.Date).FirstOrDefault();
            if (next is not null && date <= yearEnds)
            {
                return new Plan(demo.Committee, date, next.Date, demo.Chair.DisplayName, demo.Replaced.DisplayName, demo.Reserve.DisplayName, demo.ReservePosition, demo.Others[0].DisplayName);
            }
        }
    }

    private LocalDate CouncilToday() => site.Clock.Now.InZone(DateTimeZoneProviders.Tzdb["Europe/London"]).Date;

    /// <summary>A link in the staff home's work due; Chromium spaces the hidden ": subject" of its name as it likes, so the text is matched.</summary>
    private static ILocator WorkDue(IPage page, string todo, string subject) =>
        page.Locator("table[aria-labelledby='work-due'] td[data-label='To do'] a").Filter(new() { HasText = $"{todo}: {subject}" });

    private static ILocator Button(IPage page, string name) => page.GetByRole(AriaRole.Button, new() { Name = name, Exact = true });

    private static ILocator Link(IPage page, string name) => page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true });

    private static ILocator StaffHome(IPage page) => page.GetByRole(AriaRole.Region, new() { Name = "Staff menu" }).GetByRole(AriaRole.Link, new() { Name = "Staff", Exact = true });

    private static Task SeesAsync(IPage page, string text) => Assertions.Expect(page.GetByText(text).First).ToBeVisibleAsync();

    private static Task CheckAsync(IPage page, string name) => PageChecks.AssertFitsAndAccessibleAsync(page, name, 1280);

    [Fact]
    public async Task A_clerk_creates_publishes_records_and_minutes_a_meeting_from_the_staff_home_and_the_public_page_and_pdf_say_what_was_recorded()
    {
        var plan = await PlanAsync();
        var meeting = $"{plan.Committee}, {Display.Date(plan.Date)}";
        var clerk = await site.SignedInPageAsync(1280, "clerk");
        var clearing = await site.SignedInPageAsync(1280, "clearing");
        foreach (var page in new[] { clerk, clearing })
        {
            page.SetDefaultTimeout(90_000);
        }
        try
        {
            // Signed in, the clerk starts at the staff home and creates the meeting from the committee template.
            await clerk.GotoAsync("/admin");
            await Link(clerk, "Meetings and agendas").ClickAsync();
            await Link(clerk, "Create a meeting from the template").ClickAsync();
            await clerk.GetByLabel("Committee").SelectOptionAsync(new SelectOptionValue { Label = plan.Committee });
            await DateBoxes.FillAsync(clerk, "date", plan.Date);
            await clerk.GetByLabel("Venue").FillAsync("Committee Room 3, Civic Centre");
            await Button(clerk, "Create meeting").ClickAsync();
            await SeesAsync(clerk, "Meeting created with");
            await clerk.GetByLabel("Title").FillAsync(Subject);
            await clerk.GetByLabel("Report of").FillAsync("Corporate Director, Community");
            await Button(clerk, "Add item").ClickAsync();
            await SeesAsync(clerk, $"Added '{Subject}'");

            // The clerk starts the report for the new item, names its author, writes it and submits it.
            await clerk.GetByRole(AriaRole.Link, new() { NameRegex = StartReport() }).ClickAsync();
            await clerk.GetByLabel("Responsible Officer").FillAsync("Dawn Calvert, Corporate Director, Community");
            await clerk.GetByLabel("Report author").SelectOptionAsync(new SelectOptionValue { Label = DemoAccounts.All.Single(a => a.UserName == "author").DisplayName });
            await Button(clerk, "Start the report").ClickAsync();
            await Assertions.Expect(clerk.Locator("#report-state")).ToHaveTextAsync("Draft");
            // The author is named as staff know them, not by their user name.
            await SeesAsync(clerk, DemoAccounts.All.Single(a => a.UserName == "author").DisplayName);
            await clerk.Locator("#Summary").FillAsync("This report proposes a new route for the mobile library.");
            await clerk.Locator("#Recommendations").FillAsync("The Committee is asked to approve the new route.");
            await clerk.Locator("#Body").FillAsync("The route adds four villages without a branch library.");
            await clerk.Locator("#ContactOfficer").FillAsync("Chris Evans, Head of Libraries, 020 8424 1234");
            await Button(clerk, "Submit for clearance").ClickAsync();
            await Assertions.Expect(clerk.Locator("#report-state")).ToHaveTextAsync("Submitted for clearance");

            // A clearing officer finds it in their work due and clears it.
            await clearing.GotoAsync("/admin");
            await WorkDue(clearing, "Clear the report", Subject).ClickAsync();
            foreach (var (role, name) in new[] { ("Chief Financial Officer", "Jo Frost"), ("Monitoring Officer", "Sarah Wilson") })
            {
                await clearing.GetByRole(AriaRole.Radio, new() { Name = role }).CheckAsync();
                await clearing.GetByLabel("Name of the officer who cleared it").FillAsync(name);
                await Button(clearing, "Record clearance").ClickAsync();
                await SeesAsync(clearing, $"Clearance by {name} for the {role} recorded.");
            }
            await Button(clearing, "Mark as cleared").ClickAsync();
            await Assertions.Expect(clearing.Locator("#report-state")).ToHaveTextAsync("Cleared");

            // Two weeks before the meeting the agenda is due on the staff home: published through the confirmation page.
            if (plan.Date.PlusDays(-14) > CouncilToday())
            {
                DemoMeetingToRecord.ClockTo(site.Clock, plan.Date.PlusDays(-14));
            }
            await StaffHome(clerk).ClickAsync();
            await WorkDue(clerk, "Publish the agenda", meeting).ClickAsync();
            // The meeting page offers Publish as a button-styled link to the confirmation page.
            await Button(clerk, "Publish agenda").ClickAsync();
            await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Are you sure you want to publish the agenda?" })).ToBeVisibleAsync();
            await Button(clerk, "Publish agenda").ClickAsync();
            await SeesAsync(clerk, "Agenda published (version 1");

            // The day after the meeting, it waits in the work due to be recorded.
            DemoMeetingToRecord.ClockTo(site.Clock, plan.Date.PlusDays(1));
            await StaffHome(clerk).ClickAsync();
            await WorkDue(clerk, "Record the meeting", meeting).ClickAsync();
            await Assertions.Expect(clerk.GetByRole(AriaRole.Heading, new() { Name = "Record the meeting" })).ToBeVisibleAsync();

            // Attendance: everyone present but one member, who sends apologies; one member arrives during item 2.
            foreach (var present in await clerk.Locator("input[type=radio][value=Present]").AllAsync())
            {
                await present.CheckAsync();
            }
            await clerk.GetByRole(AriaRole.Group, new() { Name = $"Attendance of {plan.Replaced}" }).GetByLabel("Apologies").CheckAsync();
            await clerk.GetByLabel($"Item {plan.Late} arrived during").SelectOptionAsync("2");
            await Button(clerk, "Save attendance").ClickAsync();
            await SeesAsync(clerk, "Attendance saved");
            // The reserve attends for the member who sent apologies.
            await clerk.GetByLabel("Reserve member").SelectOptionAsync(new SelectOptionValue { Label = $"{plan.Reserve} (reserve {plan.ReservePosition})" });
            await clerk.GetByLabel("Attending for").SelectOptionAsync(new SelectOptionValue { Label = plan.Replaced });
            await Button(clerk, "Record reserve").ClickAsync();
            await SeesAsync(clerk, $"{plan.Reserve}");
            await clerk.GetByLabel("Time the meeting closed").FillAsync("21:15");
            await Button(clerk, "Record the meeting as held").ClickAsync();
            await Assertions.Expect(clerk.Locator("#held-at")).ToContainTextAsync("closed 9:15pm");

            // The business item: the chair declares an interest, and the motion is carried on a show of hands.
            await clerk.GetByRole(AriaRole.Link, new() { NameRegex = new($@"^\d+\. {Regex.Escape(Subject)}$") }).ClickAsync();
            await clerk.GetByLabel("Member", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = plan.Chair });
            await clerk.GetByLabel("Non-registrable interest").CheckAsync();
            await clerk.GetByLabel("Nature of the interest (when not from the register)").FillAsync("a volunteer driver for the mobile library");
            await clerk.GetByLabel("Remained and took part").CheckAsync();
            await Button(clerk, "Record declaration").ClickAsync();
            await SeesAsync(clerk, "a volunteer driver for the mobile library");
            await clerk.GetByLabel("Motion put").FillAsync("That the new route be approved");
            await clerk.GetByLabel("Show of hands (give the totals)").CheckAsync();
            await clerk.GetByLabel("For", new() { Exact = true }).FillAsync("4");
            await clerk.GetByLabel("Against", new() { Exact = true }).FillAsync("1");
            await clerk.GetByLabel("Abstentions", new() { Exact = true }).FillAsync("0");
            await clerk.GetByLabel("RESOLVED", new() { Exact = true }).CheckAsync();
            await clerk.GetByLabel("Resolution text").FillAsync(Decision);
            await Button(clerk, "Record the decision").ClickAsync();
            await Assertions.Expect(clerk.Locator("#resolutions")).ToContainTextAsync(Decision);

            // The minutes: drafted from the record, then the business minute's text written in the editor.
            await Link(clerk, "Minutes").ClickAsync();
            await Button(clerk, "Generate draft minutes").ClickAsync();
            await SeesAsync(clerk, "Draft minutes generated from the record.");
            var minute = clerk.Locator("form.minute-edit").Filter(new() { Has = clerk.Locator($"input[name=Heading][value='{Subject}']") });
            await Assertions.Expect(minute).ToHaveCountAsync(1);
            await minute.GetByLabel("Text of the minute").FillAsync(Narrative);
            await minute.GetByRole(AriaRole.Button).ClickAsync();
            await SeesAsync(clerk, "Your changes to minute");
            await CheckAsync(clerk, "admin-minutes-editor");
            await Assertions.Expect(clerk.Locator("#minutes-text")).ToContainTextAsync(Narrative);

            // On the evening of the body's next meeting the clerk records who came, and the minutes are approved
            // and signed there, then published: both found in the staff home's work due.
            DemoMeetingToRecord.ClockTo(site.Clock, plan.Next);
            var next = $"{plan.Committee}, {Display.Date(plan.Next)}";
            await StaffHome(clerk).ClickAsync();
            await WorkDue(clerk, "Record the meeting", next).ClickAsync();
            foreach (var present in await clerk.Locator("input[type=radio][value=Present]").AllAsync())
            {
                await present.CheckAsync();
            }
            await Button(clerk, "Save attendance").ClickAsync();
            await SeesAsync(clerk, "Attendance saved");
            await StaffHome(clerk).ClickAsync();
            await WorkDue(clerk, "Approve the minutes", meeting).ClickAsync();
            await clerk.GetByLabel("Meeting at which the minutes were approved and signed").SelectOptionAsync(new SelectOptionValue { Label = Display.Date(plan.Next) });
            await Button(clerk, "Record approval").ClickAsync();
            await SeesAsync(clerk, "Approval recorded.");
            await Button(clerk, "Publish minutes").ClickAsync();
            await SeesAsync(clerk, "Minutes published");

            // The public meeting page, reached from the staff meeting page.
            await Link(clerk, "Back to recording the meeting").ClickAsync();
            await Link(clerk, "Back to the meeting").ClickAsync();
            await Link(clerk, "public page").ClickAsync();
            var main = clerk.Locator("main");
            await Assertions.Expect(main).ToContainTextAsync(plan.Reserve);
            await Assertions.Expect(main).ToContainTextAsync("a volunteer driver for the mobile library");
            await Assertions.Expect(main).ToContainTextAsync(Narrative);
            await Assertions.Expect(main).ToContainTextAsync($"RESOLVED: {Decision}");

            // The minutes PDF says the same, with the late arrival and the vote.
            var href = await Link(clerk, "Minutes (PDF)").GetAttributeAsync("href");
            var response = await clerk.Context.APIRequest.GetAsync(href!);
            Assert.Equal(200, response.Status);
            using var pdf = PdfDocument.Open(await response.BodyAsync());
            var text = Regex.Replace(string.Join('\n', pdf.GetPages().Select(p => ContentOrderTextExtractor.GetText(p, true))), @"\s+", " ");
            Assert.Contains(plan.Reserve, text, StringComparison.Ordinal);
            Assert.Contains($"{plan.Chair} declared a non-pecuniary interest in relation to agenda item", text, StringComparison.Ordinal);
            Assert.Contains("a volunteer driver for the mobile library", text, StringComparison.Ordinal);
            Assert.Contains($"(Note: {plan.Late} arrived during this item.)", text, StringComparison.Ordinal);
            Assert.Contains("\"That the new route be approved\" was carried: 4 for, 1 against, 0 abstentions.", text, StringComparison.Ordinal);
            Assert.Contains(Narrative, text, StringComparison.Ordinal);
            Assert.Contains($"RESOLVED: {Decision}", text, StringComparison.Ordinal);
        }
        finally
        {
            await clerk.Context.CloseAsync();
            await clearing.Context.CloseAsync();
        }
    }

    [GeneratedRegex("^No report yet – start one")]
    private static partial Regex StartReport();
}
