using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Outcomes;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Actions;

/// <summary>
/// The clerk adds an action from a recorded decision and keeps the body's tracker: red/amber/green ratings and
/// completion reach the public committee page at once (for published minutes); bad input is refused by name.
/// </summary>
public sealed class ActionTrackerTests(DemoSite site) : IClassFixture<DemoSite>
{
    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    /// <summary>A resolution under published minutes of a held meeting, with its item and a later meeting of the same body.</summary>
    private async Task<(Resolution Resolution, Guid MeetingId, int Item, Guid CommitteeId, string Slug, Guid LaterMeeting)> DecisionAsync(int skip = 0)
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = Db();
        var found = await (
            from r in db.Resolutions
            join m in db.Minutes on r.MinuteId equals m.Id
            join i in db.AgendaItems on m.AgendaItemId equals (Guid?)i.Id
            where m.Meeting!.MinutesPublishedOn != null && !db.ActionPoints.Any(a => a.MinuteId == m.Id)
            orderby m.Meeting!.Date descending, i.Number
            select new { Resolution = r, m.MeetingId, i.Number, m.CommitteeId, m.Meeting!.Date, m.Meeting!.Committee!.Slug })
            .Skip(skip).FirstAsync(ct);
        var later = await db.Meetings.Where(x => x.CommitteeId == found.CommitteeId && x.Date > found.Date).OrderBy(x => x.Date).Select(x => x.Id).FirstAsync(ct);
        return (found.Resolution, found.MeetingId, found.Number, found.CommitteeId, found.Slug.Value, later);
    }

    [Fact]
    public async Task An_action_added_from_a_decision_is_rated_and_completed_in_the_tracker_and_the_public_committee_page_follows()
    {
        var ct = TestContext.Current.CancellationToken;
        var d = await DecisionAsync();
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var itemPage = $"/admin/meetings/{d.MeetingId}/record/items/{d.Item}";
        var description = "circulate the revised ward-level tracker data to Members";
        var added = await clerk.PostFormAsync($"{itemPage}?handler=Action", new()
        {
            ["ActionResolutionId"] = d.Resolution.Id.ToString(),
            ["ActionOwner"] = "Director of Public Health",
            ["ActionDescription"] = description,
            ["ActionDue.Day"] = DemoSite.Today.PlusDays(28).Day.ToString(CultureInfo.InvariantCulture),
            ["ActionDue.Month"] = DemoSite.Today.PlusDays(28).Month.ToString(CultureInfo.InvariantCulture),
            ["ActionDue.Year"] = DemoSite.Today.PlusDays(28).Year.ToString(CultureInfo.InvariantCulture),
            ["ActionReportBack"] = d.LaterMeeting.ToString(),
        }, formPage: itemPage);
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains($"ACTION: Director of Public Health to {description}", WebUtility.HtmlDecode(await clerk.GetPageAsync(itemPage)), StringComparison.Ordinal);

        ActionPoint action;
        await using (var db = Db())
        {
            action = await db.ActionPoints.SingleAsync(a => a.Description == description, ct);
            Assert.Equal(d.Resolution.Id, action.ResolutionId);
            Assert.Equal(d.LaterMeeting, action.ReportBackMeetingId);
            Assert.True(await db.AuditEntries.AnyAsync(e => e.Actor == "clerk" && e.EntityId == action.Id, ct), "adding an action is audited");
        }
        var tracker = $"/admin/actions/{d.CommitteeId}";
        Assert.Contains(description, await clerk.GetPageAsync(tracker), StringComparison.Ordinal);
        Assert.Contains(tracker, await clerk.GetPageAsync("/admin/actions"), StringComparison.Ordinal);
        // Warm the public page's cache first, so the test shows the rating evicts it.
        Assert.Contains(description, await site.Client.GetStringAsync($"/committees/{d.Slug}", ct), StringComparison.Ordinal);

        var rated = await clerk.PostFormAsync($"{tracker}?handler=Rate", new() { ["ActionId"] = action.Id.ToString(), ["Status"] = "Red" }, formPage: tracker);
        Assert.Equal(HttpStatusCode.Redirect, rated.StatusCode);
        Assert.Contains("govuk-tag--red\">Red<", PublicRow(await site.Client.GetStringAsync($"/committees/{d.Slug}", ct), description), StringComparison.Ordinal);

        var completed = await clerk.PostFormAsync($"{tracker}?handler=Rate", new() { ["ActionId"] = action.Id.ToString(), ["Status"] = "Complete" }, formPage: tracker);
        Assert.Equal(HttpStatusCode.Redirect, completed.StatusCode);
        Assert.Contains($"Complete {Quorum.Web.Site.Display.ShortDate(DemoSite.Today)}", PublicRow(await site.Client.GetStringAsync($"/committees/{d.Slug}", ct), description), StringComparison.Ordinal);
        await using (var db = Db())
        {
            var done = await db.ActionPoints.SingleAsync(a => a.Id == action.Id, ct);
            Assert.Equal(ActionStatus.Complete, done.Status);
            Assert.Equal(DemoSite.Today, done.CompletedOn);
        }

        // A completed action stays closed: the tracker offers no rating for it, and a posted one is refused.
        var reopened = await clerk.PostFormAsync($"{tracker}?handler=Rate", new() { ["ActionId"] = action.Id.ToString(), ["Status"] = "Green" }, formPage: tracker);
        Assert.Equal(HttpStatusCode.OK, reopened.StatusCode);
        Assert.Contains("was completed on", await reopened.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_action_due_before_its_meeting_or_without_an_owner_is_refused_by_name_and_nothing_is_stored()
    {
        var ct = TestContext.Current.CancellationToken;
        var d = await DecisionAsync(skip: 1);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var itemPage = $"/admin/meetings/{d.MeetingId}/record/items/{d.Item}";

        var early = await clerk.PostFormAsync($"{itemPage}?handler=Action", new()
        {
            ["ActionResolutionId"] = d.Resolution.Id.ToString(),
            ["ActionOwner"] = "Head of Finance",
            ["ActionDescription"] = "report the outturn",
            ["ActionDue.Day"] = "1",
            ["ActionDue.Month"] = "1",
            ["ActionDue.Year"] = "2001",
        }, formPage: itemPage);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);
        var page = WebUtility.HtmlDecode(await early.Content.ReadAsStringAsync(ct));
        Assert.Contains("cannot be due on 1 January 2001, before the meeting of", page, StringComparison.Ordinal);
        Assert.Contains("href=\"#action-due-day\"", page, StringComparison.Ordinal);

        var unowned = await clerk.PostFormAsync($"{itemPage}?handler=Action", new()
        {
            ["ActionResolutionId"] = d.Resolution.Id.ToString(),
            ["ActionOwner"] = " ",
            ["ActionDescription"] = "report the outturn",
            ["ActionDue.Day"] = "31",
            ["ActionDue.Month"] = "2",
            ["ActionDue.Year"] = "2027",
        }, formPage: itemPage);
        Assert.Equal(HttpStatusCode.OK, unowned.StatusCode);
        page = WebUtility.HtmlDecode(await unowned.Content.ReadAsStringAsync(ct));
        Assert.Contains("Enter who is to do it", page, StringComparison.Ordinal);
        Assert.Contains("The due date of the action must be a real date", page, StringComparison.Ordinal);

        await using var db = Db();
        Assert.False(await db.ActionPoints.AnyAsync(a => a.ResolutionId == d.Resolution.Id, ct));
    }

    [Fact]
    public async Task Rating_an_action_needs_the_antiforgery_token()
    {
        Guid committeeId, actionId;
        await using (var db = Db())
        {
            var open = await db.ActionPoints.Where(a => a.CompletedOn == null).Select(a => new { a.Id, CommitteeId = db.Minutes.Where(m => m.Id == a.MinuteId).Select(m => m.CommitteeId).Single() }).FirstAsync(TestContext.Current.CancellationToken);
            (committeeId, actionId) = (open.CommitteeId, open.Id);
        }
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var forged = await clerk.PostRawAsync($"/admin/actions/{committeeId}?handler=Rate", new() { ["ActionId"] = actionId.ToString(), ["Status"] = "Complete" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        await using var check = Db();
        Assert.Null((await check.ActionPoints.SingleAsync(a => a.Id == actionId, TestContext.Current.CancellationToken)).CompletedOn);
    }

    [Theory]
    [InlineData("author")]
    [InlineData("councillor")]
    [InlineData("clearing")]
    public async Task Only_Democratic_Services_and_administrators_keep_the_action_trackers(string account)
    {
        using var client = await StaffClient.SignedInAsync(site.BaseAddress, account);
        var response = await client.GetAsync("/admin/actions");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    private static string PublicRow(string html, string description)
    {
        var at = html.IndexOf(description, StringComparison.Ordinal);
        Assert.True(at >= 0, "the action is on the public committee page");
        var end = html.IndexOf("</tr>", at, StringComparison.Ordinal);
        return html[at..end];
    }
}
