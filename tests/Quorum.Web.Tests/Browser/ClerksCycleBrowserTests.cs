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
public sealed class ClerksCycleBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
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
            await ClerkSteps.CreateMeetingAsync(clerk, plan.Committee, plan.Date, "Committee Room 3, Civic Centre");

            // The clerk starts the report for the new item, names its author, writes it and submits it.
            var author = DemoAccounts.All.Single(a => a.UserName == "author").DisplayName;
            await ClerkSteps.AddItemAndStartReportAsync(clerk, Subject, "Corporate Director, Community", "Dawn Calvert, Corporate Director, Community", author);
            // The author is named as staff know them, not by their user name.
            await ClerkSteps.SeesAsync(clerk, author);
            await ClerkSteps.WriteAndSubmitReportAsync(
                clerk, "This report proposes a new route for the mobile library.", "The Committee is asked to approve the new route.",
                "The route adds four villages without a branch library.", "Chris Evans, Head of Libraries, 020 8424 1234");

            // A clearing officer finds it in their work due and clears it.
            await ClerkSteps.ClearReportAsync(clearing, Subject);

            // Two weeks before the meeting the agenda is due on the staff home: published through the confirmation page.
            if (plan.Date.PlusDays(-14) > CouncilToday())
            {
                DemoMeetingToRecord.ClockTo(site.Clock, plan.Date.PlusDays(-14));
            }
            await ClerkSteps.PublishAgendaAsync(clerk, meeting);

            // The day after the meeting, it waits in the work due to be recorded.
            DemoMeetingToRecord.ClockTo(site.Clock, plan.Date.PlusDays(1));
            await ClerkSteps.OpenRecordingAsync(clerk, meeting);

            // Attendance: everyone present but one member, who sends apologies; one member arrives during item 2;
            // the reserve attends for the member who sent apologies.
            await ClerkSteps.SaveAttendanceAsync(clerk, apologies: plan.Replaced, late: (plan.Late, "2"));
            await ClerkSteps.RecordReserveAsync(clerk, plan.Reserve, plan.ReservePosition, plan.Replaced);
            await ClerkSteps.RecordHeldAsync(clerk, "21:15", "closed 9:15pm");

            // The business item: the chair declares an interest, and the motion is carried on a show of hands.
            await clerk.GetByRole(AriaRole.Link, new() { NameRegex = new($@"^\d+\. {Regex.Escape(Subject)}$") }).ClickAsync();
            await clerk.GetByLabel("Member", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = plan.Chair });
            await clerk.GetByLabel("Non-registrable interest").CheckAsync();
            await clerk.GetByLabel("Nature of the interest (when not from the register)").FillAsync("a volunteer driver for the mobile library");
            await clerk.GetByLabel("Remained and took part").CheckAsync();
            await ClerkSteps.Button(clerk, "Record declaration").ClickAsync();
            await ClerkSteps.SeesAsync(clerk, "a volunteer driver for the mobile library");
            await ClerkSteps.RecordVoteAndDecisionAsync(clerk, "That the new route be approved", (4, 1, 0), Decision);

            // The minutes: drafted from the record, then the business minute's text written in the editor.
            await ClerkSteps.DraftMinutesAsync(clerk, Subject, Narrative);
            await CheckAsync(clerk, "admin-minutes-editor");

            // On the evening of the body's next meeting the clerk records who came, and the minutes are approved
            // and signed there, then published: both found in the staff home's work due.
            DemoMeetingToRecord.ClockTo(site.Clock, plan.Next);
            await ClerkSteps.OpenRecordingAsync(clerk, $"{plan.Committee}, {Display.Date(plan.Next)}");
            await ClerkSteps.SaveAttendanceAsync(clerk);
            await ClerkSteps.ApprovePublishAndOpenPublicPageAsync(clerk, meeting, plan.Next);

            // The public meeting page, reached from the staff meeting page.
            var main = clerk.Locator("main");
            await Assertions.Expect(main).ToContainTextAsync(plan.Reserve);
            await Assertions.Expect(main).ToContainTextAsync("a volunteer driver for the mobile library");
            await Assertions.Expect(main).ToContainTextAsync(Narrative);
            await Assertions.Expect(main).ToContainTextAsync($"RESOLVED: {Decision}");

            // The minutes PDF says the same, with the late arrival and the vote.
            var href = await ClerkSteps.Link(clerk, "Minutes (PDF)").GetAttributeAsync("href");
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
}
