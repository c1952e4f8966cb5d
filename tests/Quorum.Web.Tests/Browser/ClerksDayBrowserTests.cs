using System.Globalization;
using Microsoft.Playwright;
using Quorum.Web.Tests.Admin.Meetings.Record;

namespace Quorum.Web.Tests.Browser;

/// <summary>
/// Issue 20 in real Chromium on the demo council, the day after a meeting: the clerk finds it from the staff home's
/// "work due" and from the meetings list filtered by body and dates, without typing an id; the pages fit 375 px.
/// A class of its own: it moves the site's clock.
/// </summary>
public sealed class ClerksDayBrowserTests(BrowserSite site) : IClassFixture<BrowserSite>
{

    private static Task CheckAsync(IPage page, string name, int width) => PageChecks.AssertFitsAndAccessibleAsync(page, name, width);

    private static string Long(NodaTime.LocalDate date) => date.ToString("d MMMM uuuu", CultureInfo.InvariantCulture);

    [Fact]
    public async Task The_day_after_a_meeting_the_clerk_finds_it_to_record_from_the_staff_home_and_in_the_past_meetings()
    {
        var meeting = await DemoMeetingToRecord.OnTheDayAsync(site);
        DemoMeetingToRecord.ClockTo(site.Clock, meeting.Date.PlusDays(1));
        var subject = $"{meeting.Committee}, {Long(meeting.Date)}";

        foreach (var width in new[] { 1280, 375 })
        {
            var clerk = await site.SignedInPageAsync(width, "clerk");
            clerk.SetDefaultTimeout(90_000);
            try
            {
                // The staff home: the meeting is in the work due, linked to where it is recorded.
                await clerk.GotoAsync("/admin");
                var work = clerk.Locator("table[aria-labelledby='work-due']");
                await Assertions.Expect(work).ToBeVisibleAsync();
                // On a phone the staff sections fold behind "Menu", so the page's own heading comes first.
                var meetings = clerk.GetByRole(AriaRole.Navigation, new() { Name = "Staff sections" }).GetByRole(AriaRole.Link, new() { Name = "Meetings", Exact = true });
                if (width == 375)
                {
                    await Assertions.Expect(meetings).ToBeHiddenAsync();
                    var heading = await clerk.GetByRole(AriaRole.Heading, new() { Level = 1 }).BoundingBoxAsync();
                    Assert.True(heading is { Y: < 400 }, $"the staff home's heading starts {heading?.Y} px down on a phone");
                }
                else
                {
                    await Assertions.Expect(meetings).ToBeVisibleAsync();
                }
                await CheckAsync(clerk, "admin-home-work-due", width);
                // Soonest first: the due dates never go back.
                var dues = await work.Locator("td[data-label='Due']").AllInnerTextsAsync();
                var dates = dues.Where(d => d != "No date set").Select(d => NodaTime.Text.LocalDatePattern.Create("d MMMM uuuu", CultureInfo.GetCultureInfo("en-GB")).Parse(d.Split('\n')[0].Trim()).Value).ToList();
                Assert.Equal(dates.Order().ToList(), dates);
                // Agendas to publish carry their statutory date and the days left.
                var agenda = work.Locator("tr", new() { Has = clerk.GetByRole(AriaRole.Link, new() { NameRegex = new("^Publish the agenda") }) }).First;
                await Assertions.Expect(agenda.Locator("td[data-label='Due']")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"\d{4}\s+(\d+ days? (left|late)|due today)"));
                // What residents sent waits there too: the demo's petition received two days ago, to check.
                var petition = work.Locator("a[href^='/admin/petitions/']");
                await Assertions.Expect(petition).ToHaveTextAsync("Check the petition: Keep the Northgate community library open on Saturdays");
                // Chromium names the link "Record the meeting" with the hidden ": {subject}" after it, spaced as it likes.
                var record = work.Locator($"a[href='/admin/meetings/{meeting.MeetingId}/record']");
                await Assertions.Expect(record).ToHaveTextAsync($"Record the meeting: {subject}");
                await record.ClickAsync();
                Assert.EndsWith($"/admin/meetings/{meeting.MeetingId}/record", clerk.Url, StringComparison.Ordinal);

                // The meetings list: past meetings of the body in a date range, newest first, linked to record and minutes.
                await clerk.GotoAsync("/admin/meetings");
                await clerk.GetByLabel("Body").SelectOptionAsync(new SelectOptionValue { Label = meeting.Committee });
                var from = meeting.Date.PlusMonths(-6);
                await clerk.Locator("#from-day").FillAsync(from.Day.ToString(CultureInfo.InvariantCulture));
                await clerk.Locator("#from-month").FillAsync(from.Month.ToString(CultureInfo.InvariantCulture));
                await clerk.Locator("#from-year").FillAsync(from.Year.ToString(CultureInfo.InvariantCulture));
                await clerk.Locator("#to-day").FillAsync(meeting.Date.Day.ToString(CultureInfo.InvariantCulture));
                await clerk.Locator("#to-month").FillAsync(meeting.Date.Month.ToString(CultureInfo.InvariantCulture));
                await clerk.Locator("#to-year").FillAsync(meeting.Date.Year.ToString(CultureInfo.InvariantCulture));
                await clerk.GetByRole(AriaRole.Button, new() { Name = "Show meetings" }).ClickAsync();
                var past = clerk.Locator("table[aria-labelledby='past']");
                await Assertions.Expect(past).ToBeVisibleAsync();
                await Assertions.Expect(clerk.Locator("#coming ~ p").First).ToContainTextAsync("No coming meetings match the filters.");
                await CheckAsync(clerk, "admin-meetings-past", width);
                var rows = await past.Locator("td[data-label='Meeting']").AllInnerTextsAsync();
                Assert.All(rows, r => Assert.StartsWith($"{meeting.Committee}, ", r, StringComparison.Ordinal));
                Assert.Equal(subject, rows[0].Trim());
                Assert.True(rows.Count >= 2, "the filter shows the body's earlier meetings too");
                await Assertions.Expect(past.Locator("tr").Nth(1).Locator("td[data-label='Where it is']")).ToHaveTextAsync("To record");
                var minutes = past.Locator($"a[href='/admin/meetings/{meeting.MeetingId}/record/minutes']");
                await Assertions.Expect(minutes).ToHaveTextAsync($"Minutes of {subject}");
                await minutes.ClickAsync();
                Assert.EndsWith($"/admin/meetings/{meeting.MeetingId}/record/minutes", clerk.Url, StringComparison.Ordinal);
            }
            finally
            {
                await clerk.Context.CloseAsync();
            }
        }
    }

    [Fact]
    public async Task A_clearing_officer_sees_the_reports_waiting_for_clearance_and_not_the_clerks_meetings()
    {
        var page = await site.SignedInPageAsync(1280, "clearing");
        page.SetDefaultTimeout(90_000);
        try
        {
            await page.GotoAsync("/admin");
            var work = page.Locator("#work-due ~ *");
            await Assertions.Expect(page.Locator("#work-due")).ToBeVisibleAsync();
            var todo = await page.Locator("td[data-label='To do']").AllInnerTextsAsync();
            Assert.DoesNotContain(todo, t => t.StartsWith("Record the meeting", StringComparison.Ordinal) || t.StartsWith("Publish the agenda", StringComparison.Ordinal));
            Assert.All(todo, t => Assert.StartsWith("Clear the report", t, StringComparison.Ordinal));
            await Assertions.Expect(work.First).ToBeVisibleAsync();
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
