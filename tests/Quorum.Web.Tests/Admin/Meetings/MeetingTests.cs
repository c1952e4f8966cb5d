using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Meetings;

/// <summary>Democratic Services building an agenda over the real socket: template, Part II rules, late items, roles.</summary>
public sealed class MeetingTests(SiteHost site) : IClassFixture<SiteHost>
{
    private async Task<(StaffClient Clerk, Guid MeetingId)> NewMeetingAsync(string date)
    {
        var ct = TestContext.Current.CancellationToken;
        var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Guid committee;
        await using (var db = Db())
        {
            committee = (await db.Committees.SingleAsync(c => c.Name == "Overview and Scrutiny Committee", ct)).Id;
        }
        var response = await clerk.PostFormAsync("/admin/meetings/new", NewMeetingForm.Of(committee, date, "Committee Rooms 1 & 2, Harrow Civic Centre"));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return (clerk, Guid.Parse(response.Headers.Location!.OriginalString.Split('/').Last()));
    }

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    [Fact]
    public async Task A_meeting_created_from_the_template_has_the_standing_items_in_order_and_business_goes_before_urgent_business()
    {
        var (clerk, id) = await NewMeetingAsync("2017-11-20");
        using var _ = clerk;
        var add = await clerk.PostFormAsync($"/admin/meetings/{id}?handler=AddItem", new() { ["ItemTitle"] = "Youth Justice Plan", ["Part"] = "I" }, formPage: $"/admin/meetings/{id}");
        Assert.Equal(HttpStatusCode.Redirect, add.StatusCode);
        await clerk.PostFormAsync($"/admin/meetings/{id}?handler=AddItem", new() { ["ItemTitle"] = "Contract award", ["Part"] = "II", ["Paragraph"] = "3" }, formPage: $"/admin/meetings/{id}");

        await using var db = Db();
        var titles = await db.AgendaItems.Where(i => i.MeetingId == id).OrderBy(i => i.Number).Select(i => i.Number + ". " + i.Title).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Equal(
        [
            "1. Attendance by Reserve Members", "2. Declarations of Interest", "3. Minutes", "4. Public Questions", "5. Petitions", "6. Deputations",
            "7. References from Council and Other Committees/Panels", "8. Youth Justice Plan", "9. Any Other Urgent Business",
            "10. Exclusion of the Press and Public", "11. Contract award",
        ], titles);
        var audit = await db.AuditEntries.Where(a => a.EntityId == id && a.Actor == "clerk").Select(a => a.Action).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains("Added item 'Contract award'", audit);

        // A standing item has no report: its cell is empty, so a phone shows no bare "Report:"; business offers to start one.
        var page = await clerk.GetPageAsync($"/admin/meetings/{id}");
        Assert.Contains("data-label=\"Report\"></td>", page, StringComparison.Ordinal);
        Assert.Contains("No report yet – start one", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_Part_II_item_without_a_Schedule_12A_paragraph_is_refused_with_a_message()
    {
        var (clerk, id) = await NewMeetingAsync("2017-11-27");
        using var _ = clerk;
        var response = await clerk.PostFormAsync($"/admin/meetings/{id}?handler=AddItem", new() { ["ItemTitle"] = "Staffing matter", ["Part"] = "II" }, formPage: $"/admin/meetings/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Choose the Schedule 12A paragraph that makes this Part II item exempt", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        await using var db = Db();
        Assert.False(await db.AgendaItems.AnyAsync(i => i.MeetingId == id && i.Title == "Staffing matter", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Past_the_deadline_the_page_warns_with_the_date_and_a_late_item_needs_the_chairs_reason()
    {
        // The clock says 25 September 2017; a meeting on the 28th had to publish by the 20th.
        var (clerk, id) = await NewMeetingAsync("2017-09-28");
        using var _ = clerk;
        var page = await clerk.GetPageAsync($"/admin/meetings/{id}");
        Assert.Contains("the agenda had to be published by 20 September 2017", page);
        var refused = await clerk.PostFormAsync($"/admin/meetings/{id}?handler=AddItem", new() { ["ItemTitle"] = "Urgent budget item", ["Part"] = "I" }, formPage: $"/admin/meetings/{id}");
        Assert.Contains("record the chair&#x27;s reason for taking this item as urgent business", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var accepted = await clerk.PostFormAsync($"/admin/meetings/{id}?handler=AddItem", new() { ["ItemTitle"] = "Urgent budget item", ["Part"] = "I", ["UrgencyReason"] = "The grant must be accepted before 30 September." }, formPage: $"/admin/meetings/{id}");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using var db = Db();
        var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == id && i.Title == "Urgent budget item", TestContext.Current.CancellationToken);
        Assert.Equal("The grant must be accepted before 30 September.", item.UrgencyReason);
    }

    [Fact]
    public async Task Moving_an_item_renumbers_the_agenda_but_never_out_of_its_section()
    {
        var (clerk, id) = await NewMeetingAsync("2017-12-04");
        using var _ = clerk;
        foreach (var title in new[] { "First report", "Second report" })
        {
            await clerk.PostFormAsync($"/admin/meetings/{id}?handler=AddItem", new() { ["ItemTitle"] = title, ["Part"] = "I" }, formPage: $"/admin/meetings/{id}");
        }
        Guid second, first;
        await using (var db = Db())
        {
            second = (await db.AgendaItems.SingleAsync(i => i.MeetingId == id && i.Title == "Second report", TestContext.Current.CancellationToken)).Id;
            first = (await db.AgendaItems.SingleAsync(i => i.MeetingId == id && i.Title == "First report", TestContext.Current.CancellationToken)).Id;
        }
        await clerk.PostFormAsync($"/admin/meetings/{id}?handler=Move&item={second}&direction=-1", [], formPage: $"/admin/meetings/{id}");
        // The first business item cannot move above the standing items.
        await clerk.PostFormAsync($"/admin/meetings/{id}?handler=Move&item={second}&direction=-1", [], formPage: $"/admin/meetings/{id}");
        await using (var db = Db())
        {
            Assert.Equal(8, (await db.AgendaItems.SingleAsync(i => i.Id == second, TestContext.Current.CancellationToken)).Number);
            Assert.Equal(9, (await db.AgendaItems.SingleAsync(i => i.Id == first, TestContext.Current.CancellationToken)).Number);
        }
        await clerk.PostFormAsync($"/admin/meetings/{id}?handler=Remove&item={second}", [], formPage: $"/admin/meetings/{id}");
        await using (var db = Db())
        {
            Assert.Equal(8, (await db.AgendaItems.SingleAsync(i => i.Id == first, TestContext.Current.CancellationToken)).Number);
            Assert.Equal(9, await db.AgendaItems.CountAsync(i => i.MeetingId == id, TestContext.Current.CancellationToken));
        }
    }

    [Fact]
    public async Task Cancelling_needs_a_reason_which_the_public_meeting_page_then_shows()
    {
        var (clerk, id) = await NewMeetingAsync("2017-12-11");
        using var _ = clerk;
        var confirm = $"/admin/meetings/{id}/confirm/cancel";
        Assert.Contains("Are you sure you want to cancel this meeting?", await clerk.GetPageAsync(confirm), StringComparison.Ordinal);
        var refused = await clerk.PostFormAsync(confirm, new() { ["Reason"] = "" }, formPage: confirm);
        Assert.Contains("Give the reason the meeting is cancelled; it is published.", await refused.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        var cancelled = await clerk.PostFormAsync(confirm, new() { ["Reason"] = "Cancelled due to lack of business." }, formPage: confirm);
        Assert.Equal($"/admin/meetings/{id}", cancelled.Headers.Location?.OriginalString);
        Assert.Contains("Cancelled due to lack of business.", await site.Client.GetStringAsync("/meetings/2017-12-11/overview-and-scrutiny", TestContext.Current.CancellationToken));

        // What no longer applies is not offered, and its confirmation page says so.
        var meetingPage = await clerk.GetPageAsync($"/admin/meetings/{id}");
        Assert.DoesNotContain("confirm/publish", meetingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm/cancel", meetingPage, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm/remove", meetingPage, StringComparison.Ordinal);
        Assert.Contains("The meeting was cancelled: its agenda can no longer change.", meetingPage, StringComparison.Ordinal);
        Assert.Contains("This can no longer be done", await clerk.GetPageAsync($"/admin/meetings/{id}/confirm/publish"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publishing_and_removing_an_item_ask_first_and_publishing_lists_what_would_go_out_without_papers()
    {
        var (clerk, id) = await NewMeetingAsync("2018-01-15");
        using var _ = clerk;
        await clerk.PostFormAsync($"/admin/meetings/{id}?handler=AddItem", new() { ["ItemTitle"] = "Library Strategy", ["Part"] = "I" }, formPage: $"/admin/meetings/{id}");
        Guid item;
        await using (var db = Db())
        {
            item = (await db.AgendaItems.SingleAsync(i => i.MeetingId == id && i.Title == "Library Strategy", TestContext.Current.CancellationToken)).Id;
        }
        var meetingPage = await clerk.GetPageAsync($"/admin/meetings/{id}");
        Assert.Contains($"href=\"/admin/meetings/{id}/confirm/publish\"", meetingPage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/meetings/{id}/confirm/remove?item={item}\"", meetingPage, StringComparison.Ordinal);

        var publish = System.Net.WebUtility.HtmlDecode(await clerk.GetPageAsync($"/admin/meetings/{id}/confirm/publish"));
        Assert.Contains("Are you sure you want to publish the agenda?", publish, StringComparison.Ordinal);
        Assert.Contains("Item 8, Library Strategy", publish, StringComparison.Ordinal);
        await using (var db = Db())
        {
            Assert.Null((await db.Meetings.SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken)).AgendaPublishedOn);
        }

        var remove = System.Net.WebUtility.HtmlDecode(await clerk.GetPageAsync($"/admin/meetings/{id}/confirm/remove?item={item}"));
        Assert.Contains("Are you sure you want to remove item 8, Library Strategy?", remove, StringComparison.Ordinal);
        await clerk.PostFormAsync($"/admin/meetings/{id}?handler=Remove&item={item}", [], formPage: $"/admin/meetings/{id}/confirm/remove?item={item}");
        await using (var db = Db())
        {
            Assert.False(await db.AgendaItems.AnyAsync(i => i.Id == item, TestContext.Current.CancellationToken));
        }
        Assert.Contains("That item is no longer on the agenda.", await clerk.GetPageAsync($"/admin/meetings/{id}/confirm/remove?item={item}"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("clearing")]
    [InlineData("councillor")]
    public async Task Only_Democratic_Services_and_administrators_open_the_meetings_pages(string account)
    {
        using var client = await StaffClient.SignedInAsync(site.BaseAddress, account);
        var response = await client.GetAsync("/admin/meetings");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("clearing")]
    [InlineData("councillor")]
    public async Task Only_Democratic_Services_can_publish_an_agenda(string account)
    {
        var (clerk, id) = await NewMeetingAsync("2017-12-18");
        clerk.Dispose();
        using var client = await StaffClient.SignedInAsync(site.BaseAddress, account);
        // The token comes from a page the account may open; the publish handler still refuses the role.
        var response = await client.PostFormAsync($"/admin/meetings/{id}?handler=Publish", [], formPage: "/admin");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        await using var db = Db();
        Assert.Null((await db.Meetings.SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken)).AgendaPublishedOn);
    }

    [Fact]
    public async Task A_clerks_form_post_without_the_antiforgery_token_is_refused()
    {
        var (clerk, id) = await NewMeetingAsync("2018-01-08");
        using var _ = clerk;
        var response = await clerk.PostRawAsync($"/admin/meetings/{id}/confirm/cancel", new() { ["Reason"] = "Forged request" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = Db();
        Assert.Null((await db.Meetings.SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken)).StatusReason);
    }
}
