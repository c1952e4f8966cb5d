using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Domain.Reports;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Reports;

/// <summary>
/// The report editor and its workflow over the real socket on the demo council: an author drafts and submits, a
/// clearing officer records clearance and clears or returns, and every role is kept to what it should do.
/// </summary>
public sealed class ReportEditorTests(DemoSite site) : IClassFixture<DemoSite>
{
    private readonly ReportSteps steps = new(site);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_author_drafts_and_submits_a_report_and_a_clearing_officer_records_clearance_on_behalf_and_clears_it()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Library Service Review");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var committee = await steps.Db().AgendaItems.Where(i => i.Id == item).Select(i => i.Meeting!.CommitteeId).SingleAsync(Ct);
        Assert.Contains($"/admin/reports/new?item={item}", await author.GetPageAsync($"/admin/reports?Committee={committee}"));
        var id = await ReportSteps.StartReportAsync(author, item, "Library Service Review");

        var saved = await author.PostFormAsync($"/admin/reports/{id}?handler=Save", ReportSteps.CompleteReport("Library Service Review"), formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await author.GetPageAsync($"/admin/reports/{id}");
        Assert.Contains("REPORT FOR: OVERVIEW AND SCRUTINY COMMITTEE", page);
        Assert.Contains("<td>250</td>", page);
        Assert.Contains("Options considered", page);
        Assert.Contains("Library Service Review", await author.GetPageAsync("/admin/reports"));

        var submitted = await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", ReportSteps.CompleteReport("Library Service Review"), formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(PublicationState.Submitted, (await steps.ReportAsync(id)).State);

        using var clearing = await StaffClient.SignedInAsync(site.BaseAddress, "clearing");
        Assert.Contains($"/admin/reports/{id}", await clearing.GetPageAsync("/admin/reports"));
        var tooEarly = await clearing.PostFormAsync($"/admin/reports/{id}?handler=Clear", [], formPage: $"/admin/reports/{id}");
        Assert.Contains("Record the clearance of the Chief Financial Officer and the Monitoring Officer before marking the report as cleared", await tooEarly.Content.ReadAsStringAsync(Ct));
        foreach (var (role, name) in new[] { ("ChiefFinancialOfficer", "Jo Frost"), ("MonitoringOfficer", "Sarah Wilson") })
        {
            var recorded = await clearing.PostFormAsync($"/admin/reports/{id}?handler=RecordClearance", new()
            {
                ["ClearanceRole"] = role,
                ["ClearanceName"] = name,
                ["OnBehalfOf"] = "the statutory officer",
                ["Cleared.Day"] = "20",
                ["Cleared.Month"] = "11",
                ["Cleared.Year"] = "2026",
            }, formPage: $"/admin/reports/{id}");
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await clearing.PostFormAsync($"/admin/reports/{id}?handler=Clear", [], formPage: $"/admin/reports/{id}")).StatusCode);

        var report = await steps.ReportAsync(id);
        Assert.Equal(PublicationState.Cleared, report.State);
        Assert.Equal("author", report.DraftedBy);
        Assert.Equal(ReportTextFormat.Markdown, report.TextFormat);
        Assert.Equal("Closing two branches was considered and rejected.", report.OptionsConsidered);
        var cfo = report.Clearances.Single(c => c.Role == ClearanceRole.ChiefFinancialOfficer);
        Assert.Equal(("Jo Frost", "the statutory officer", new NodaTime.LocalDate(2026, 11, 20)), (cfo.Name, cfo.OnBehalfOf, cfo.ClearedOn!.Value));
        Assert.Contains("on behalf of the Monitoring Officer", await clearing.GetPageAsync($"/admin/reports/{id}"));
        await using var db = steps.Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == id && a.Actor == "clearing", Ct));
    }

    [Fact]
    public async Task A_report_without_its_summary_cannot_be_submitted_and_the_error_names_the_field()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Parking Policy");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Parking Policy");
        var form = ReportSteps.CompleteReport("Parking Policy");
        form["Form.Summary"] = "  ";
        var refused = await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", form, formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<a href=\"#Summary\">Enter the summary before submitting the report for clearance</a>", page);
        Assert.Contains("govuk-error-summary", page);
        Assert.Equal(PublicationState.Draft, (await steps.ReportAsync(id)).State);
    }

    [Fact]
    public async Task A_submitted_report_is_locked_until_a_clearing_officer_returns_it_with_a_reason_the_author_sees()
    {
        var (id, author) = await steps.SubmittedReportAsync("Allotments Review");
        using var _ = author;
        var locked = await author.PostFormAsync($"/admin/reports/{id}?handler=Save", ReportSteps.CompleteReport("Allotments Review", "Changed after submission"), formPage: $"/admin/reports/{id}");
        ReportSteps.AssertRefused(locked);
        Assert.Equal("The library service has been reviewed.", (await steps.ReportAsync(id)).Body);

        using var clearing = await StaffClient.SignedInAsync(site.BaseAddress, "clearing");
        var noReason = await clearing.PostFormAsync($"/admin/reports/{id}?handler=Return", new() { ["ReturnReason"] = "" }, formPage: $"/admin/reports/{id}");
        Assert.Contains("Say what the author needs to change", await noReason.Content.ReadAsStringAsync(Ct));
        var returned = await clearing.PostFormAsync($"/admin/reports/{id}?handler=Return", new() { ["ReturnReason"] = "Add the equalities implications." }, formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        Assert.Contains("Add the equalities implications.", await author.GetPageAsync($"/admin/reports/{id}"));
        Assert.Contains("Add the equalities implications.", await author.GetPageAsync("/admin/reports"));
        var form = ReportSteps.CompleteReport("Allotments Review");
        form["Form.EqualitiesImplications"] = "An equality impact assessment found no adverse impact.";
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", form, formPage: $"/admin/reports/{id}")).StatusCode);
        var report = await steps.ReportAsync(id);
        Assert.Equal((PublicationState.Submitted, (string?)null), (report.State, report.ReturnReason));
    }

    [Fact]
    public async Task An_author_cannot_record_clearance_clear_or_publish()
    {
        var (id, author) = await steps.SubmittedReportAsync("Waste Strategy");
        using var _ = author;
        var token = StaffClient.TokenFrom(await author.GetPageAsync($"/admin/reports/{id}"));
        ReportSteps.AssertRefused(await author.PostRawAsync($"/admin/reports/{id}?handler=Clear", new() { ["__RequestVerificationToken"] = token }));
        ReportSteps.AssertRefused(await author.PostRawAsync($"/admin/reports/{id}?handler=RecordClearance", new() { ["__RequestVerificationToken"] = token, ["ClearanceRole"] = "MonitoringOfficer", ["ClearanceName"] = "Chris Evans", ["Cleared.Day"] = "1", ["Cleared.Month"] = "12", ["Cleared.Year"] = "2026" }));
        ReportSteps.AssertRefused(await author.PostRawAsync($"/admin/reports/{id}?handler=Return", new() { ["__RequestVerificationToken"] = token, ["ReturnReason"] = "x" }));
        var report = await steps.ReportAsync(id);
        Assert.Equal(PublicationState.Submitted, report.State);
        Assert.Empty(report.Clearances);

        var meeting = (await steps.Db().AgendaItems.SingleAsync(i => i.Id == report.AgendaItemId, Ct)).MeetingId;
        ReportSteps.AssertRefused(await author.GetAsync($"/admin/meetings/{meeting}"));
        ReportSteps.AssertRefused(await author.PostRawAsync($"/admin/meetings/{meeting}?handler=Publish", new() { ["__RequestVerificationToken"] = token }));
        await using var db = steps.Db();
        Assert.False(await db.AgendaPublications.AnyAsync(p => p.MeetingId == meeting, Ct));
    }

    [Fact]
    public async Task A_clearing_officer_cannot_edit_a_report_nor_see_a_draft()
    {
        var (id, author) = await steps.SubmittedReportAsync("Housing Allocations");
        using var _ = author;
        using var clearing = await StaffClient.SignedInAsync(site.BaseAddress, "clearing");
        var page = await clearing.GetPageAsync($"/admin/reports/{id}");
        Assert.DoesNotContain("name=\"Form.Body\"", page);
        var token = StaffClient.TokenFrom(page);
        ReportSteps.AssertRefused(await clearing.PostRawAsync($"/admin/reports/{id}?handler=Save", new(ReportSteps.CompleteReport("Housing Allocations", "Rewritten by the clearing officer")) { ["__RequestVerificationToken"] = token }));
        Assert.Equal("The library service has been reviewed.", (await steps.ReportAsync(id)).Body);

        var (_, item, _, _) = await steps.MeetingWithItemAsync("Draft Only");
        var draft = await ReportSteps.StartReportAsync(author, item, "Draft Only");
        ReportSteps.AssertRefused(await clearing.GetAsync($"/admin/reports/{draft}"));
        ReportSteps.AssertRefused(await clearing.GetAsync($"/admin/reports/new?item={item}"));
    }

    [Fact]
    public async Task Another_author_cannot_open_a_draft_that_is_not_theirs_but_the_clerk_can()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Assigned Report");
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var noAuthor = await clerk.PostFormAsync("/admin/reports/new", new() { ["ItemId"] = item.ToString(), ["Subject"] = "Assigned Report" }, formPage: $"/admin/reports/new?item={item}");
        Assert.Contains("Choose the officer who will write the report", await noAuthor.Content.ReadAsStringAsync(Ct));
        var started = await clerk.PostFormAsync("/admin/reports/new", new() { ["ItemId"] = item.ToString(), ["Subject"] = "Assigned Report", ["Author"] = "author" }, formPage: $"/admin/reports/new?item={item}");
        var id = Guid.Parse(started.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal("author", (await steps.ReportAsync(id)).DraftedBy);
        Assert.Contains("Assigned Report", await clerk.GetPageAsync($"/admin/meetings/{(await steps.Db().AgendaItems.SingleAsync(i => i.Id == item, Ct)).MeetingId}"));
        Assert.Contains($"href=\"/admin/reports/{id}\"", await clerk.GetPageAsync($"/admin/meetings/{(await steps.Db().AgendaItems.SingleAsync(i => i.Id == item, Ct)).MeetingId}"));

        await using (var db = steps.Db())
        {
            var report = await db.Reports.SingleAsync(r => r.Id == id, Ct);
            report.DraftedBy = "someone-else";
            await db.SaveChangesAsync(Ct);
        }
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        ReportSteps.AssertRefused(await author.GetAsync($"/admin/reports/{id}"));
        Assert.Contains("Assigned Report", await clerk.GetPageAsync($"/admin/reports/{id}"));
    }

    [Fact]
    public async Task A_councillor_cannot_see_reports_or_drafts()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Councillor Cannot See");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Councillor Cannot See");
        using var councillor = await StaffClient.SignedInAsync(site.BaseAddress, "councillor");
        ReportSteps.AssertRefused(await councillor.GetAsync($"/admin/reports/{id}"));
        ReportSteps.AssertRefused(await councillor.GetAsync("/admin/reports"));
        ReportSteps.AssertRefused(await councillor.GetAsync($"/admin/reports/new?item={item}"));
        Assert.DoesNotContain("href=\"/admin/reports\"", await councillor.GetPageAsync("/admin"));
        Assert.Contains("href=\"/admin/reports\"", await author.GetPageAsync("/admin"));
    }

    [Fact]
    public async Task An_anonymous_visitor_is_sent_to_sign_in()
    {
        using var anonymous = new StaffClient(site.BaseAddress);
        foreach (var path in new[] { "/admin/reports", "/admin/reports/new", $"/admin/reports/{Guid.NewGuid()}" })
        {
            var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/admin/sign-in", response.Headers.Location!.AbsolutePath);
        }
    }

    [Fact]
    public async Task A_form_posted_without_the_antiforgery_token_is_refused()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Token Check");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Token Check");
        var response = await author.PostRawAsync($"/admin/reports/{id}?handler=Save", ReportSteps.CompleteReport("Token Check", "Forged"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var forged = await author.PostRawAsync("/admin/reports/new", new() { ["ItemId"] = item.ToString(), ["Subject"] = "Forged" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("", (await steps.ReportAsync(id)).Body);
    }

    [Fact]
    public async Task Script_written_into_a_report_never_reaches_the_preview_or_the_public_page()
    {
        const string Hostile = "Intro <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[Read more](javascript:alert(1))\n\n<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">link</a>";
        var (meeting, item, date, slug) = await steps.MeetingWithItemAsync("Hostile Markup");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Hostile Markup");
        var form = ReportSteps.CompleteReport("Hostile Markup", Hostile);
        form["Form.Background"] = Hostile;
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", form, formPage: $"/admin/reports/{id}")).StatusCode);

        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        AssertNoScript(Preview(await clerk.GetPageAsync($"/admin/reports/{id}")));

        await using (var db = steps.Db())
        {
            var report = await db.Reports.SingleAsync(r => r.Id == id, Ct);
            report.AddClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", DemoSite.Today, "the Chief Financial Officer");
            report.Clear();
            await db.SaveChangesAsync(Ct);
        }
        var published = await clerk.PostFormAsync($"/admin/meetings/{meeting}?handler=Publish", [], formPage: $"/admin/meetings/{meeting}");
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, await published.Content.ReadAsStringAsync(Ct));
        var number = (await steps.Db().AgendaItems.SingleAsync(i => i.Id == item, Ct)).Number;
        var page = await site.Client.GetStringAsync($"/meetings/{date}/{slug}/items/{number}", Ct);
        Assert.Contains("Hostile Markup", page);
        Assert.Contains("Read more", page);
        AssertNoScript(page[page.IndexOf("<main", StringComparison.Ordinal)..page.IndexOf("</main>", StringComparison.Ordinal)]);
    }

    private static string Preview(string page) => page[page.IndexOf("id=\"preview\"", StringComparison.Ordinal)..];

    private static void AssertNoScript(string html)
    {
        Assert.Contains("Intro", html);
        Assert.DoesNotContain("<script>alert", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onerror", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("onclick", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
    }
}
