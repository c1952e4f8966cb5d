using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Reports;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Reports;

/// <summary>
/// The report editor and its workflow over the real socket on the demo council: an author drafts and submits, a
/// clearing officer records clearance and clears or returns, and every role is kept to what it should do.
/// </summary>
public sealed class ReportEditorTests(DemoSite site) : IClassFixture<DemoSite>
{
    private static int nextDay;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    /// <summary>A new meeting (after the demo's today) with one business item, made by the clerk through the pages.</summary>
    private async Task<(Guid MeetingId, Guid ItemId, string Date, string Committee)> MeetingWithItemAsync(string title)
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Guid committee;
        string slug;
        await using (var db = Db())
        {
            var c = await db.Committees.OrderBy(c => c.Name).FirstAsync(c => c.Name.Contains("Scrutiny"), Ct);
            (committee, slug) = (c.Id, c.Slug.Value);
        }
        var date = DemoSite.Today.PlusDays(60 + Interlocked.Increment(ref nextDay)).ToString("uuuu-MM-dd", null);
        var created = await clerk.PostFormAsync("/admin/meetings/new", new() { ["CommitteeId"] = committee.ToString(), ["Date"] = date, ["StartTime"] = "19:30", ["Venue"] = "Committee Room 5" });
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var meeting = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var added = await clerk.PostFormAsync($"/admin/meetings/{meeting}?handler=AddItem", new() { ["ItemTitle"] = title, ["ReportOf"] = "Corporate Director, Resources", ["Part"] = "I" }, formPage: $"/admin/meetings/{meeting}");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var db2 = Db();
        var item = await db2.AgendaItems.SingleAsync(i => i.MeetingId == meeting && i.Title == title, Ct);
        return (meeting, item.Id, date, slug);
    }

    private static async Task<Guid> StartReportAsync(StaffClient author, Guid item, string subject)
    {
        var started = await author.PostFormAsync("/admin/reports/new", new() { ["ItemId"] = item.ToString(), ["Subject"] = subject, ["ResponsibleOfficer"] = "Dawn Calvert, Corporate Director, Resources" }, formPage: $"/admin/reports/new?item={item}");
        Assert.True(started.StatusCode == HttpStatusCode.Redirect, await started.Content.ReadAsStringAsync(Ct));
        return Guid.Parse(started.Headers.Location!.OriginalString.Split('/').Last());
    }

    private static Dictionary<string, string> CompleteReport(string subject, string body = "The library service has been reviewed.") => new()
    {
        ["Form.ReportFor"] = "Overview and Scrutiny Committee",
        ["Form.Subject"] = subject,
        ["Form.KeyDecision"] = "false",
        ["Form.ResponsibleOfficer"] = "Dawn Calvert, Corporate Director, Resources",
        ["Form.ScrutinyLeadMember"] = "Councillor Jerry Miles",
        ["Form.Exempt"] = "false",
        ["Form.DecisionSubjectToCallIn"] = "false",
        ["Form.WardsAffected"] = "All",
        ["Form.Summary"] = "This report sets out the review of the library service.",
        ["Form.Recommendations"] = "The Committee is asked to note the review.",
        ["Form.Body"] = body,
        ["Form.OptionsConsidered"] = "Closing two branches was considered and rejected.",
        ["Form.FinancialImplications"] = "| Year | Saving (£000) |\n|---|---|\n| 2027/28 | 250 |",
        ["Form.ContactOfficer"] = "Chris Evans, Head of Libraries, 020 8424 1234",
        ["Form.BackgroundPapers"] = "None",
    };

    private async Task<(Guid Report, StaffClient Author)> SubmittedReportAsync(string subject)
    {
        var (_, item, _, _) = await MeetingWithItemAsync(subject);
        var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await StartReportAsync(author, item, subject);
        var submitted = await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", CompleteReport(subject), formPage: $"/admin/reports/{id}");
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        return (id, author);
    }

    private async Task<Report> ReportAsync(Guid id)
    {
        await using var db = Db();
        return await db.Reports.Include(r => r.Clearances).Include(r => r.Enclosures).SingleAsync(r => r.Id == id, Ct);
    }

    private static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_author_drafts_and_submits_a_report_and_a_clearing_officer_records_clearance_on_behalf_and_clears_it()
    {
        var (_, item, _, _) = await MeetingWithItemAsync("Library Service Review");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var committee = await Db().AgendaItems.Where(i => i.Id == item).Select(i => i.Meeting!.CommitteeId).SingleAsync(Ct);
        Assert.Contains($"/admin/reports/new?item={item}", await author.GetPageAsync($"/admin/reports?Committee={committee}"));
        var id = await StartReportAsync(author, item, "Library Service Review");

        var saved = await author.PostFormAsync($"/admin/reports/{id}?handler=Save", CompleteReport("Library Service Review"), formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var page = await author.GetPageAsync($"/admin/reports/{id}");
        Assert.Contains("REPORT FOR: OVERVIEW AND SCRUTINY COMMITTEE", page);
        Assert.Contains("<td>250</td>", page);
        Assert.Contains("Options considered", page);
        Assert.Contains("Library Service Review", await author.GetPageAsync("/admin/reports"));

        var submitted = await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", CompleteReport("Library Service Review"), formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        Assert.Equal(PublicationState.Submitted, (await ReportAsync(id)).State);

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
                ["ClearedDay"] = "20",
                ["ClearedMonth"] = "11",
                ["ClearedYear"] = "2026",
            }, formPage: $"/admin/reports/{id}");
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await clearing.PostFormAsync($"/admin/reports/{id}?handler=Clear", [], formPage: $"/admin/reports/{id}")).StatusCode);

        var report = await ReportAsync(id);
        Assert.Equal(PublicationState.Cleared, report.State);
        Assert.Equal("author", report.DraftedBy);
        Assert.Equal(ReportTextFormat.Markdown, report.TextFormat);
        Assert.Equal("Closing two branches was considered and rejected.", report.OptionsConsidered);
        var cfo = report.Clearances.Single(c => c.Role == ClearanceRole.ChiefFinancialOfficer);
        Assert.Equal(("Jo Frost", "the statutory officer", new NodaTime.LocalDate(2026, 11, 20)), (cfo.Name, cfo.OnBehalfOf, cfo.ClearedOn!.Value));
        Assert.Contains("on behalf of the Monitoring Officer", await clearing.GetPageAsync($"/admin/reports/{id}"));
        await using var db = Db();
        Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == id && a.Actor == "clearing", Ct));
    }

    [Fact]
    public async Task A_report_without_its_summary_cannot_be_submitted_and_the_error_names_the_field()
    {
        var (_, item, _, _) = await MeetingWithItemAsync("Parking Policy");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await StartReportAsync(author, item, "Parking Policy");
        var form = CompleteReport("Parking Policy");
        form["Form.Summary"] = "  ";
        var refused = await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", form, formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync(Ct);
        Assert.Contains("<a href=\"#Summary\">Enter the summary before submitting the report for clearance</a>", page);
        Assert.Contains("govuk-error-summary", page);
        Assert.Equal(PublicationState.Draft, (await ReportAsync(id)).State);
    }

    [Fact]
    public async Task A_submitted_report_is_locked_until_a_clearing_officer_returns_it_with_a_reason_the_author_sees()
    {
        var (id, author) = await SubmittedReportAsync("Allotments Review");
        using var _ = author;
        var locked = await author.PostFormAsync($"/admin/reports/{id}?handler=Save", CompleteReport("Allotments Review", "Changed after submission"), formPage: $"/admin/reports/{id}");
        AssertRefused(locked);
        Assert.Equal("The library service has been reviewed.", (await ReportAsync(id)).Body);

        using var clearing = await StaffClient.SignedInAsync(site.BaseAddress, "clearing");
        var noReason = await clearing.PostFormAsync($"/admin/reports/{id}?handler=Return", new() { ["ReturnReason"] = "" }, formPage: $"/admin/reports/{id}");
        Assert.Contains("Say what the author needs to change", await noReason.Content.ReadAsStringAsync(Ct));
        var returned = await clearing.PostFormAsync($"/admin/reports/{id}?handler=Return", new() { ["ReturnReason"] = "Add the equalities implications." }, formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.Redirect, returned.StatusCode);

        Assert.Contains("Add the equalities implications.", await author.GetPageAsync($"/admin/reports/{id}"));
        Assert.Contains("Add the equalities implications.", await author.GetPageAsync("/admin/reports"));
        var form = CompleteReport("Allotments Review");
        form["Form.EqualitiesImplications"] = "An equality impact assessment found no adverse impact.";
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", form, formPage: $"/admin/reports/{id}")).StatusCode);
        var report = await ReportAsync(id);
        Assert.Equal((PublicationState.Submitted, (string?)null), (report.State, report.ReturnReason));
    }

    [Fact]
    public async Task An_author_cannot_record_clearance_clear_or_publish()
    {
        var (id, author) = await SubmittedReportAsync("Waste Strategy");
        using var _ = author;
        var token = StaffClient.TokenFrom(await author.GetPageAsync($"/admin/reports/{id}"));
        AssertRefused(await author.PostRawAsync($"/admin/reports/{id}?handler=Clear", new() { ["__RequestVerificationToken"] = token }));
        AssertRefused(await author.PostRawAsync($"/admin/reports/{id}?handler=RecordClearance", new() { ["__RequestVerificationToken"] = token, ["ClearanceRole"] = "MonitoringOfficer", ["ClearanceName"] = "Chris Evans", ["ClearedDay"] = "1", ["ClearedMonth"] = "12", ["ClearedYear"] = "2026" }));
        AssertRefused(await author.PostRawAsync($"/admin/reports/{id}?handler=Return", new() { ["__RequestVerificationToken"] = token, ["ReturnReason"] = "x" }));
        var report = await ReportAsync(id);
        Assert.Equal(PublicationState.Submitted, report.State);
        Assert.Empty(report.Clearances);

        var meeting = (await Db().AgendaItems.SingleAsync(i => i.Id == report.AgendaItemId, Ct)).MeetingId;
        AssertRefused(await author.GetAsync($"/admin/meetings/{meeting}"));
        AssertRefused(await author.PostRawAsync($"/admin/meetings/{meeting}?handler=Publish", new() { ["__RequestVerificationToken"] = token }));
        await using var db = Db();
        Assert.False(await db.AgendaPublications.AnyAsync(p => p.MeetingId == meeting, Ct));
    }

    [Fact]
    public async Task A_clearing_officer_cannot_edit_a_report_nor_see_a_draft()
    {
        var (id, author) = await SubmittedReportAsync("Housing Allocations");
        using var _ = author;
        using var clearing = await StaffClient.SignedInAsync(site.BaseAddress, "clearing");
        var page = await clearing.GetPageAsync($"/admin/reports/{id}");
        Assert.DoesNotContain("name=\"Form.Body\"", page);
        var token = StaffClient.TokenFrom(page);
        AssertRefused(await clearing.PostRawAsync($"/admin/reports/{id}?handler=Save", new(CompleteReport("Housing Allocations", "Rewritten by the clearing officer")) { ["__RequestVerificationToken"] = token }));
        Assert.Equal("The library service has been reviewed.", (await ReportAsync(id)).Body);

        var (_, item, _, _) = await MeetingWithItemAsync("Draft Only");
        var draft = await StartReportAsync(author, item, "Draft Only");
        AssertRefused(await clearing.GetAsync($"/admin/reports/{draft}"));
        AssertRefused(await clearing.GetAsync($"/admin/reports/new?item={item}"));
    }

    [Fact]
    public async Task Another_author_cannot_open_a_draft_that_is_not_theirs_but_the_clerk_can()
    {
        var (_, item, _, _) = await MeetingWithItemAsync("Assigned Report");
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var noAuthor = await clerk.PostFormAsync("/admin/reports/new", new() { ["ItemId"] = item.ToString(), ["Subject"] = "Assigned Report" }, formPage: $"/admin/reports/new?item={item}");
        Assert.Contains("Choose the officer who will write the report", await noAuthor.Content.ReadAsStringAsync(Ct));
        var started = await clerk.PostFormAsync("/admin/reports/new", new() { ["ItemId"] = item.ToString(), ["Subject"] = "Assigned Report", ["Author"] = "author" }, formPage: $"/admin/reports/new?item={item}");
        var id = Guid.Parse(started.Headers.Location!.OriginalString.Split('/').Last());
        Assert.Equal("author", (await ReportAsync(id)).DraftedBy);
        Assert.Contains("Assigned Report", await clerk.GetPageAsync($"/admin/meetings/{(await Db().AgendaItems.SingleAsync(i => i.Id == item, Ct)).MeetingId}"));
        Assert.Contains($"href=\"/admin/reports/{id}\"", await clerk.GetPageAsync($"/admin/meetings/{(await Db().AgendaItems.SingleAsync(i => i.Id == item, Ct)).MeetingId}"));

        await using (var db = Db())
        {
            var report = await db.Reports.SingleAsync(r => r.Id == id, Ct);
            report.DraftedBy = "someone-else";
            await db.SaveChangesAsync(Ct);
        }
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        AssertRefused(await author.GetAsync($"/admin/reports/{id}"));
        Assert.Contains("Assigned Report", await clerk.GetPageAsync($"/admin/reports/{id}"));
    }

    [Fact]
    public async Task A_councillor_cannot_see_reports_or_drafts()
    {
        var (_, item, _, _) = await MeetingWithItemAsync("Councillor Cannot See");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await StartReportAsync(author, item, "Councillor Cannot See");
        using var councillor = await StaffClient.SignedInAsync(site.BaseAddress, "councillor");
        AssertRefused(await councillor.GetAsync($"/admin/reports/{id}"));
        AssertRefused(await councillor.GetAsync("/admin/reports"));
        AssertRefused(await councillor.GetAsync($"/admin/reports/new?item={item}"));
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
        var (_, item, _, _) = await MeetingWithItemAsync("Token Check");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await StartReportAsync(author, item, "Token Check");
        var response = await author.PostRawAsync($"/admin/reports/{id}?handler=Save", CompleteReport("Token Check", "Forged"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var forged = await author.PostRawAsync("/admin/reports/new", new() { ["ItemId"] = item.ToString(), ["Subject"] = "Forged" });
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Equal("", (await ReportAsync(id)).Body);
    }

    [Fact]
    public async Task Enclosures_must_be_PDFs_within_the_limit_and_a_refusal_names_the_file_and_the_limit()
    {
        var (_, item, _, _) = await MeetingWithItemAsync("Enclosure Check");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await StartReportAsync(author, item, "Enclosure Check");

        async Task<HttpResponseMessage> UploadAsync(byte[] bytes, string name, string title)
        {
            var token = StaffClient.TokenFrom(await author.GetPageAsync($"/admin/reports/{id}"));
            using var form = new MultipartFormDataContent();
            form.Add(new StringContent(token), "__RequestVerificationToken");
            form.Add(new StringContent(title), "EnclosureTitle");
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(file, "enclosureFile", name);
            return await author.PostAsync($"/admin/reports/{id}?handler=Upload", form);
        }

        var word = await UploadAsync("PK\u0003\u0004 a Word document"u8.ToArray(), "Appendix 1.pdf", "Appendix 1");
        Assert.Contains("&#x27;Appendix 1.pdf&#x27; is not a PDF.", await word.Content.ReadAsStringAsync(Ct));
        var big = new byte[(21 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(big);
        var oversize = await UploadAsync(big, "Big scan.pdf", "Appendix 2");
        Assert.Contains("&#x27;Big scan.pdf&#x27; is 21.0 MB; enclosures must be 20 MB or smaller.", await oversize.Content.ReadAsStringAsync(Ct));

        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        var accepted = await UploadAsync(builder.Build(), "eqia.pdf", "Appendix 1 – Equality Impact Assessment");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var enclosure = Assert.Single((await ReportAsync(id)).Enclosures);
        Assert.Equal(("Appendix 1 – Equality Impact Assessment", 1, 1), (enclosure.Title, enclosure.PageCount, enclosure.Number));
        Assert.True(File.Exists(Path.Combine(site.DocumentsPath, enclosure.StoragePath!)));
        Assert.Contains("Appendix 1 – Equality Impact Assessment", await author.GetPageAsync($"/admin/reports/{id}"));
    }

    [Fact]
    public async Task An_enclosure_written_in_the_editor_is_printed_to_a_PDF_and_stored_like_an_upload()
    {
        var (_, item, _, _) = await MeetingWithItemAsync("Written Enclosure");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await StartReportAsync(author, item, "Written Enclosure");
        var missing = await author.PostFormAsync($"/admin/reports/{id}?handler=Write", new() { ["EnclosureTitle"] = "Appendix 2 – Consultation responses", ["EnclosureText"] = " " }, formPage: $"/admin/reports/{id}");
        Assert.Contains("<a href=\"#written-text\">Write the enclosure&#x27;s text</a>", await missing.Content.ReadAsStringAsync(Ct));

        var written = await author.PostFormAsync($"/admin/reports/{id}?handler=Write", new()
        {
            ["EnclosureTitle"] = "Appendix 2 – Consultation responses",
            ["EnclosureText"] = "Residents replied in 412 responses.\n\n| Response | Count |\n|---|---|\n| Agree | 300 |\n\n<script>alert(1)</script>",
        }, formPage: $"/admin/reports/{id}");
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var enclosure = Assert.Single((await ReportAsync(id)).Enclosures);
        Assert.Equal(("Appendix 2 – Consultation responses", "Appendix 2 – Consultation responses.pdf"), (enclosure.Title, enclosure.FileName));
        var bytes = await File.ReadAllBytesAsync(Path.Combine(site.DocumentsPath, enclosure.StoragePath!), Ct);
        Assert.Equal(Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)), enclosure.Sha256);
        using var pdf = UglyToad.PdfPig.PdfDocument.Open(bytes);
        var text = string.Join('\n', pdf.GetPages().Select(p => UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor.ContentOrderTextExtractor.GetText(p, true)));
        Assert.Contains("Residents replied in 412 responses.", text, StringComparison.Ordinal);
        Assert.Contains("Agree", text, StringComparison.Ordinal);
        Assert.DoesNotContain("alert", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Script_written_into_a_report_never_reaches_the_preview_or_the_public_page()
    {
        const string Hostile = "Intro <script>alert('x')</script>\n\n<img src=x onerror=alert(1)>\n\n[Read more](javascript:alert(1))\n\n<a href=\"javascript:alert(2)\" onclick=\"alert(3)\">link</a>";
        var (meeting, item, date, slug) = await MeetingWithItemAsync("Hostile Markup");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await StartReportAsync(author, item, "Hostile Markup");
        var form = CompleteReport("Hostile Markup", Hostile);
        form["Form.Background"] = Hostile;
        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", form, formPage: $"/admin/reports/{id}")).StatusCode);

        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        AssertNoScript(Preview(await clerk.GetPageAsync($"/admin/reports/{id}")));

        await using (var db = Db())
        {
            var report = await db.Reports.SingleAsync(r => r.Id == id, Ct);
            report.AddClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", DemoSite.Today, "the Chief Financial Officer");
            report.Clear();
            await db.SaveChangesAsync(Ct);
        }
        var published = await clerk.PostFormAsync($"/admin/meetings/{meeting}?handler=Publish", [], formPage: $"/admin/meetings/{meeting}");
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, await published.Content.ReadAsStringAsync(Ct));
        var number = (await Db().AgendaItems.SingleAsync(i => i.Id == item, Ct)).Number;
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
