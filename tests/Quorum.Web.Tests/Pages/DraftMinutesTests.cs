using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Outcomes;
using Quorum.Web.Tests.Admin;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Pages;

/// <summary>The demo council with the council's choice to publish minutes while still in draft (Procedure:PublishDraftMinutes).</summary>
public sealed class DraftMinutesSite : DemoSite
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string> { ["Procedure:PublishDraftMinutes"] = "true" };
}

/// <summary>
/// Draft minutes reach the public meeting page, marked as not yet approved, only where the council chooses to publish
/// drafts; either way they stay out of search and open data.
/// </summary>
public abstract class DraftMinutesTests(DemoSite site)
{
    private const string Token = "Quorumdraftmarker";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    protected abstract bool CouncilPublishesDrafts { get; }

    [Fact]
    public async Task A_clerks_draft_appears_on_the_meeting_page_only_if_the_council_publishes_drafts_and_never_in_search_or_open_data()
    {
        string path;
        Guid meetingId;
        await using (var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock))
        {
            var meeting = await db.Meetings.Include(m => m.Committee)
                .Where(m => m.MinutesPublishedOn == null && m.Status == MeetingStatus.Held && db.Attendances.Any(a => a.MeetingId == m.Id))
                .OrderByDescending(m => m.Date).FirstAsync(Cancel);
            meetingId = meeting.Id;
            path = $"/meetings/{meeting.Date:uuuu-MM-dd}/{meeting.Committee!.Slug.Value}";
        }
        // Seen once before the draft exists, so a stale cached copy would show here too.
        Assert.DoesNotContain("Draft minutes", await site.Client.GetStringAsync(path, Cancel), StringComparison.Ordinal);

        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var minutesPage = $"/admin/meetings/{meetingId}/record/minutes";
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.PostFormAsync($"{minutesPage}?handler=Draft", [], formPage: minutesPage)).StatusCode);
        Minute first;
        await using (var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock))
        {
            first = (await db.Minutes.Where(m => m.MeetingId == meetingId).ToListAsync(Cancel)).MinBy(m => m.Number.Value)!;
        }
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.PostFormAsync($"{minutesPage}?handler=Edit", new()
        {
            ["Number"] = first.Number.Value.ToString(CultureInfo.InvariantCulture),
            ["Heading"] = first.Title,
            ["Text"] = $"The Committee met. {Token} paragraph.",
        }, formPage: minutesPage)).StatusCode);

        var page = WebUtility.HtmlDecode(await site.Client.GetStringAsync(path, Cancel));
        if (CouncilPublishesDrafts)
        {
            Assert.Contains("Draft minutes – not yet approved", page, StringComparison.Ordinal);
            Assert.Contains(Token, page, StringComparison.Ordinal);
        }
        else
        {
            Assert.DoesNotContain("Draft minutes", page, StringComparison.Ordinal);
            Assert.DoesNotContain(Token, page, StringComparison.Ordinal);
        }
        // The search answer echoes the query, so count hits instead of looking for the word.
        Assert.Contains("\"total\":0,", await site.Client.GetStringAsync($"/api/search?q={Token}", Cancel), StringComparison.Ordinal);
        foreach (var other in new[] { "/feeds/decisions.atom", $"/oparl/v1.1/meetings/{meetingId}" })
        {
            var response = await site.Client.GetAsync(other, Cancel);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain(Token, await response.Content.ReadAsStringAsync(Cancel), StringComparison.Ordinal);
        }
    }
}

public sealed class DraftMinutesWithheldTests(DemoSite site) : DraftMinutesTests(site), IClassFixture<DemoSite>
{
    protected override bool CouncilPublishesDrafts => false;
}

public sealed class DraftMinutesPublishedTests(DraftMinutesSite site) : DraftMinutesTests(site), IClassFixture<DraftMinutesSite>
{
    protected override bool CouncilPublishesDrafts => true;
}
