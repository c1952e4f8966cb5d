using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.ForwardPlan;

/// <summary>
/// The forward plan through the staff pages over a real socket, on the Harrow test council (not the demo) on Monday
/// 25 September 2017: an entry listed 28 clear days before its decision is in order, one listed 27 days before is
/// flagged with the general exception notice offered, and the notice given is public; exemption details stay off every
/// public page and feed; a key-decision report on an executive agenda with no entry is warned of on the meeting page;
/// and a resident's deputation request, once the chair's acceptance is recorded, is printed under its item.
/// </summary>
public sealed class ForwardPlanWebTests(ForwardPlanWebTests.KeyDecisionSite site) : IClassFixture<ForwardPlanWebTests.KeyDecisionSite>
{
    private static readonly LocalDate Today = new(2017, 9, 25);
    private static readonly LocalDate PanelDay = new(2017, 10, 4);

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(site.Database, site.Clock);

    private async Task<Guid> AddAsync(StaffClient clerk, string matter, LocalDate decision, int? paragraph = null, string detail = "")
    {
        Guid cabinet;
        await using (var db = Db())
        {
            cabinet = await db.Committees.Where(c => c.Name == "Cabinet").Select(c => c.Id).SingleAsync(Cancel);
        }
        var added = await clerk.PostFormAsync("/admin/forward-plan/new", new()
        {
            ["Matter"] = matter,
            ["Decision"] = "To award the contract for five years.",
            ["MeetingId"] = "",
            ["BodyId"] = cabinet.ToString(),
            ["MemberName"] = "",
            ["DecisionDate.Day"] = decision.Day.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DecisionDate.Month"] = decision.Month.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["DecisionDate.Year"] = decision.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Wards"] = "All wards",
            ["Documents"] = "Tender evaluation report",
            ["Paragraph"] = paragraph?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "",
            ["ExemptionDetail"] = detail,
            ["Report"] = "",
        });
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        var id = Guid.Parse(added.Headers.Location!.OriginalString.Split('/')[^1]);
        var published = await clerk.PostFormAsync($"/admin/forward-plan/{id}/publish", []);
        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        return id;
    }

    private async Task<int> NumberOf(Guid id)
    {
        await using var db = Db();
        return await db.ForwardPlanEntries.Where(e => e.Id == id).Select(e => e.Number).SingleAsync(Cancel);
    }

    [Fact]
    public async Task A_key_decision_listed_27_clear_days_before_is_flagged_with_the_general_exception_notice_offered_and_at_28_it_is_not()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var inTime = await AddAsync(clerk, "Highways maintenance contract", Today.PlusDays(29));
        var late = await AddAsync(clerk, "Leisure centre management contract", Today.PlusDays(28));

        var inTimePage = WebUtility.HtmlDecode(await clerk.GetPageAsync($"/admin/forward-plan/{inTime}"));
        Assert.Contains("It was published 28 clear days before the decision date. That meets the 28 clear days' notice.", inTimePage, StringComparison.Ordinal);
        Assert.DoesNotContain("notice-warning", inTimePage, StringComparison.Ordinal);
        Assert.DoesNotContain("general-exception", inTimePage, StringComparison.Ordinal);

        var latePage = WebUtility.HtmlDecode(await clerk.GetPageAsync($"/admin/forward-plan/{late}"));
        Assert.Contains("id=\"notice-warning\"", latePage, StringComparison.Ordinal);
        Assert.Contains("It was published 27 clear days before the decision date.", latePage, StringComparison.Ordinal);
        Assert.Contains($"href=\"/admin/forward-plan/{late}/general-exception\"", latePage, StringComparison.Ordinal);

        var form = $"/admin/forward-plan/{late}/general-exception";
        var empty = WebUtility.HtmlDecode(await (await clerk.PostFormAsync(form, new() { ["Who"] = "", ["Reasons"] = "" })).Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Enter the name of the chair of scrutiny who was told", empty, StringComparison.Ordinal);
        var given = await clerk.PostFormAsync(form, new() { ["Who"] = "Councillor Jerry Miles", ["Reasons"] = "The only compliant tender arrived on 22 September." });
        Assert.Equal(HttpStatusCode.Redirect, given.StatusCode);
        Assert.DoesNotContain("notice-warning", await clerk.GetPageAsync($"/admin/forward-plan/{late}"), StringComparison.Ordinal);

        var notice = WebUtility.HtmlDecode(await site.Client.GetStringAsync($"/forward-plan/{await NumberOf(late)}", Cancel));
        Assert.Contains("General exception notice", notice, StringComparison.Ordinal);
        Assert.Contains("Councillor Jerry Miles", notice, StringComparison.Ordinal);
        Assert.Contains("The only compliant tender arrived on 22 September.", notice, StringComparison.Ordinal);
        var plan = WebUtility.HtmlDecode(await site.Client.GetStringAsync("/forward-plan", Cancel));
        Assert.Contains("Highways maintenance contract", plan, StringComparison.Ordinal);
        Assert.Contains("Leisure centre management contract", plan, StringComparison.Ordinal);
        await using var db = Db();
        Assert.Contains(await db.AuditEntries.Where(a => a.EntityId == late).ToListAsync(Cancel), a => a.Actor == "clerk" && a.After!.Contains("GeneralExceptionOn", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_exemption_detail_is_never_on_a_public_page_or_feed()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        const string detail = "Acme Holdings offered 2.1 million";
        var id = await AddAsync(clerk, "Disposal of the Station Road depot", Today.PlusDays(60), paragraph: 3, detail: detail);
        Assert.Contains(detail, WebUtility.HtmlDecode(await clerk.GetPageAsync($"/admin/forward-plan/{id}")), StringComparison.Ordinal);

        var number = await NumberOf(id);
        var entry = WebUtility.HtmlDecode(await site.Client.GetStringAsync($"/forward-plan/{number}", Cancel));
        Assert.Contains("paragraph 3 of Part 1 of Schedule 12A", entry, StringComparison.Ordinal);
        foreach (var path in new[] { $"/forward-plan/{number}", "/forward-plan", "/feeds/forward-plan.rss", "/feeds/forward-plan.atom", "/feeds/forward-plan.ics" })
        {
            var body = await site.Client.GetStringAsync(path, Cancel);
            Assert.Contains("Station Road depot", WebUtility.HtmlDecode(body), StringComparison.Ordinal);
            Assert.DoesNotContain("Acme", body, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_key_decision_report_on_an_executive_agenda_without_a_notice_is_warned_of_on_the_meeting_page()
    {
        Guid meeting;
        await using (var db = Db())
        {
            meeting = await db.Meetings.Where(m => m.Date == PanelDay).Select(m => m.Id).SingleAsync(Cancel);
        }
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var page = WebUtility.HtmlDecode(await clerk.GetPageAsync($"/admin/meetings/{meeting}"));
        Assert.Contains("Key decision: Children Looked After Annual Report. This key decision is not on the forward plan.", page, StringComparison.Ordinal);
        Assert.Contains("Give a general exception notice by Tuesday 26 September 2017", page, StringComparison.Ordinal);
        Assert.Contains($"/admin/forward-plan/new?meeting={meeting}&report=", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_residents_deputation_accepted_by_the_chair_is_printed_under_its_item_without_their_email_address()
    {
        const string meetingPage = "/meetings/2017-10-04/corporate-parenting-panel";
        using (var resident = new StaffClient(site.BaseAddress))
        {
            var sent = await resident.PostFormAsync($"{meetingPage}/deputations/new", new()
            {
                ["Name"] = "Ruth Resident",
                ["Organisation"] = "Harrow Foster Carers",
                ["Email"] = "ruth@example.org",
                ["Item"] = "1",
                ["Subject"] = "Foster carers ask for more respite places.",
                ["Website"] = "",
            });
            Assert.Equal(HttpStatusCode.Redirect, sent.StatusCode);
            Assert.EndsWith("/deputations/received", sent.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
        Guid meeting, deputation;
        await using (var db = Db())
        {
            var stored = await db.Deputations.SingleAsync(Cancel);
            (meeting, deputation) = (stored.MeetingId, stored.Id);
        }
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Assert.Contains("ruth@example.org", await clerk.GetPageAsync($"/admin/meetings/{meeting}/deputations"), StringComparison.Ordinal);
        var decide = $"/admin/meetings/{meeting}/deputations/{deputation}";
        var fields = new Dictionary<string, string> { ["Decision"] = "accept", ["Minutes"] = "8", ["Reason"] = "" };
        var confirm = WebUtility.HtmlDecode(await (await clerk.PostFormAsync($"{decide}?handler=Choose", fields, formPage: decide)).Content.ReadAsStringAsync(Cancel));
        Assert.Contains("Are you sure you want to record this decision on deputation 1?", confirm, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await clerk.PostFormAsync($"{decide}?handler=Confirm", fields, formPage: decide)).StatusCode);

        var publicPage = WebUtility.HtmlDecode(await site.Client.GetStringAsync(meetingPage, Cancel));
        Assert.Contains("Ruth Resident", publicPage, StringComparison.Ordinal);
        Assert.Contains("on behalf of Harrow Foster Carers, 8 minutes", publicPage, StringComparison.Ordinal);
        Assert.DoesNotContain("ruth@example.org", publicPage, StringComparison.Ordinal);
    }

    /// <summary>The Harrow test site with its Corporate Parenting Panel report marked as a key decision.</summary>
    public sealed class KeyDecisionSite : SiteHost
    {
        protected override async Task SeedMoreAsync(QuorumDbContext db)
        {
            var report = await db.Reports.SingleAsync(r => r.Subject == "Children Looked After Annual Report");
            report.KeyDecision = true;
            await db.SaveChangesAsync();
        }
    }
}
