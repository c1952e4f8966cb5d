using System.Net;
using System.Net.Http.Headers;
using Microsoft.EntityFrameworkCore;
using Quorum.Domain.Reports;
using Quorum.Web.Tests.Site;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Quorum.Web.Tests.Admin.Reports;

/// <summary>
/// A report's enclosures page over the real socket on the demo council: uploads and written enclosures are checked,
/// a wrong one can be taken off while the report is a draft, and an exempt appendix reaches only the Part II pack.
/// </summary>
public sealed class EnclosureEditorTests(DemoSite site) : IClassFixture<DemoSite>
{
    private readonly ReportSteps steps = new(site);

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] PdfOf(int pages)
    {
        var builder = new UglyToad.PdfPig.Writer.PdfDocumentBuilder();
        for (var i = 0; i < pages; i++)
        {
            builder.AddPage(UglyToad.PdfPig.Content.PageSize.A4);
        }
        return builder.Build();
    }

    private static Task<HttpResponseMessage> UploadAsync(StaffClient client, Guid report, byte[] bytes, string name, string title, string exemption = "")
        => PostFileAsync(client, report, "Upload", new() { ["EnclosureTitle"] = title, ["ExemptionParagraph"] = exemption }, "enclosureFile", bytes, name);

    private static Task<HttpResponseMessage> ReplaceAsync(StaffClient client, Guid report, Guid enclosure, byte[] bytes, string name)
        => PostFileAsync(client, report, "Replace", new() { ["EnclosureId"] = enclosure.ToString() }, "replacementFile", bytes, name);

    /// <summary>Posts the enclosures page's multipart form as the browser would, with the page's antiforgery token.</summary>
    private static async Task<HttpResponseMessage> PostFileAsync(StaffClient client, Guid report, string handler, Dictionary<string, string> fields, string fileField, byte[] bytes, string name)
    {
        var token = StaffClient.TokenFrom(await client.GetPageAsync($"/admin/reports/{report}/enclosures"));
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        foreach (var (field, value) in fields)
        {
            form.Add(new StringContent(value), field);
        }
        var file = new ByteArrayContent(bytes);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, fileField, name);
        return await client.PostAsync($"/admin/reports/{report}/enclosures?handler={handler}", form);
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }

    [Fact]
    public async Task Enclosures_must_be_PDFs_within_the_limit_and_a_refusal_names_the_file_and_the_limit()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Enclosure Check");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Enclosure Check");

        var word = await UploadAsync(author, id, "PK\u0003\u0004 a Word document"u8.ToArray(), "Appendix 1.pdf", "Appendix 1");
        Assert.Contains("&#x27;Appendix 1.pdf&#x27; is not a PDF.", await word.Content.ReadAsStringAsync(Ct));
        var big = new byte[(21 * 1024 * 1024) + 1];
        "%PDF-1.7"u8.CopyTo(big);
        var oversize = await UploadAsync(author, id, big, "Big scan.pdf", "Appendix 2");
        Assert.Contains("&#x27;Big scan.pdf&#x27; is 21.0 MB; enclosures must be 20 MB or smaller.", await oversize.Content.ReadAsStringAsync(Ct));

        var accepted = await UploadAsync(author, id, PdfOf(1), "eqia.pdf", "Appendix 1 – Equality Impact Assessment");
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var enclosure = Assert.Single((await steps.ReportAsync(id)).Enclosures);
        Assert.Equal(("Appendix 1 – Equality Impact Assessment", 1, 1), (enclosure.Title, enclosure.PageCount, enclosure.Number));
        Assert.True(File.Exists(Path.Combine(site.DocumentsPath, enclosure.StoragePath!)));
        Assert.Contains("Appendix 1 – Equality Impact Assessment", await author.GetPageAsync($"/admin/reports/{id}"));
    }

    /// <summary>A one-page PDF whose catalogue runs JavaScript when it is opened, with a correct cross-reference table.</summary>
    private static byte[] PdfWithJavaScript()
    {
        var objects = new[]
        {
            "<< /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
            "<< /S /JavaScript /JS (app.alert\\('opened'\\)) >>",
        };
        var pdf = new System.Text.StringBuilder("%PDF-1.4\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append($"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }
        var xref = pdf.Length;
        pdf.Append($"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append($"{offset:D10} 00000 n \n");
        }
        pdf.Append($"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n");
        return System.Text.Encoding.Latin1.GetBytes(pdf.ToString());
    }

    [Fact]
    public async Task A_PDF_that_runs_script_a_page_named_html_and_an_endless_title_are_each_handled_safely()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Hostile Uploads");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Hostile Uploads");

        var scripted = await UploadAsync(author, id, PdfWithJavaScript(), "budget.pdf", "Appendix 1");
        Assert.Contains("&#x27;budget.pdf&#x27; contains JavaScript", await scripted.Content.ReadAsStringAsync(Ct));

        var longTitle = await UploadAsync(author, id, PdfOf(1), "plan.pdf", new string('A', 60_000));
        var longPage = await longTitle.Content.ReadAsStringAsync(Ct);
        Assert.Equal(HttpStatusCode.OK, longTitle.StatusCode);
        Assert.Contains("it must be 500 characters or fewer", longPage, StringComparison.Ordinal);
        Assert.False(longTitle.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.Length > 4096), "a cookie carries the title");
        Assert.Empty((await steps.ReportAsync(id)).Enclosures);

        var html = await UploadAsync(author, id, PdfOf(1), "x.html", "");
        Assert.Equal(HttpStatusCode.Redirect, html.StatusCode);
        var stored = Assert.Single((await steps.ReportAsync(id)).Enclosures);
        Assert.Equal(("x", "x.pdf"), (stored.Title, stored.FileName));
    }

    [Fact]
    public async Task An_upload_far_over_the_limit_is_answered_413_with_a_page_that_says_what_to_do()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Huge Upload");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Huge Upload");

        // A browser announcing a 100 MB upload: the site answers as soon as it reads the length, before the body comes.
        using var tcp = new System.Net.Sockets.TcpClient();
        await tcp.ConnectAsync(site.BaseAddress.Host, site.BaseAddress.Port, Ct);
        await using var stream = tcp.GetStream();
        var request = $"POST /admin/reports/{id}/enclosures?handler=Upload HTTP/1.1\r\nHost: {site.BaseAddress.Authority}\r\n" +
            $"Cookie: {author.Cookies.GetCookieHeader(site.BaseAddress)}\r\nContent-Type: multipart/form-data; boundary=b\r\n" +
            $"Content-Length: {100L * 1024 * 1024}\r\nConnection: close\r\n\r\n--b\r\nContent-Disposition: form-data; name=\"enclosureFile\"; filename=\"scan.pdf\"\r\n\r\n%PDF-1.7\n";
        await stream.WriteAsync(System.Text.Encoding.ASCII.GetBytes(request), Ct);
        using var reader = new StreamReader(stream);
        var response = await reader.ReadToEndAsync(Ct);

        Assert.StartsWith("HTTP/1.1 413", response, StringComparison.Ordinal);
        Assert.Contains("The file is too large", response, StringComparison.Ordinal);
        Assert.Contains("20 MB or smaller", response, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_enclosure_written_in_the_editor_is_printed_to_a_PDF_and_stored_like_an_upload()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Written Enclosure");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Written Enclosure");
        var missing = await author.PostFormAsync($"/admin/reports/{id}/enclosures?handler=Write", new() { ["EnclosureTitle"] = "Appendix 2 – Consultation responses", ["EnclosureText"] = " " });
        Assert.Contains("<a href=\"#written-text\">Write the enclosure&#x27;s text</a>", await missing.Content.ReadAsStringAsync(Ct));

        var written = await author.PostFormAsync($"/admin/reports/{id}/enclosures?handler=Write", new()
        {
            ["EnclosureTitle"] = "Appendix 2 – Consultation responses",
            ["EnclosureText"] = "Residents replied in 412 responses.\n\n| Response | Count |\n|---|---|\n| Agree | 300 |\n\n<script>alert(1)</script>",
        });
        Assert.Equal(HttpStatusCode.Redirect, written.StatusCode);
        var enclosure = Assert.Single((await steps.ReportAsync(id)).Enclosures);
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
    public async Task A_wrong_enclosure_is_removed_and_the_rest_renumbered_but_only_while_the_report_is_a_draft()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Enclosure Removal");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Enclosure Removal");
        foreach (var title in new[] { "Appendix 1 – Action plan", "Appendix 2 – the wrong file", "Appendix 3 – Consultation" })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(author, id, PdfOf(1), "appendix.pdf", title)).StatusCode);
        }
        var wrong = (await steps.ReportAsync(id)).Enclosures.Single(e => e.Number == 2);

        // Asked first, on a page of its own: the file is deleted.
        var confirmPage = $"/admin/reports/{id}/enclosures/{wrong.Id}/remove";
        Assert.Contains($"href=\"{confirmPage}\"", await author.GetPageAsync($"/admin/reports/{id}/enclosures"));
        var confirm = WebUtility.HtmlDecode(await author.GetPageAsync(confirmPage));
        Assert.Contains("Are you sure you want to remove enclosure 2, Appendix 2 – the wrong file?", confirm);
        Assert.Contains("The file is deleted: to put it back, upload it again.", confirm);
        Assert.Equal(3, (await steps.ReportAsync(id)).Enclosures.Count);
        var removed = await author.PostFormAsync($"/admin/reports/{id}/enclosures?handler=Remove", new() { ["EnclosureId"] = wrong.Id.ToString() }, formPage: confirmPage);

        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var page = await author.GetPageAsync($"/admin/reports/{id}/enclosures");
        Assert.Contains("Enclosure &#x27;Appendix 2 – the wrong file&#x27; removed; the others are renumbered.", page);
        Assert.Equal(
            [(1, "Appendix 1 – Action plan"), (2, "Appendix 3 – Consultation")],
            (await steps.ReportAsync(id)).Enclosures.OrderBy(e => e.Number).Select(e => (e.Number, e.Title)));
        await using (var db = steps.Db())
        {
            Assert.True(await db.AuditEntries.AnyAsync(a => a.EntityId == wrong.Id && a.Actor == "author", Ct));
        }

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", ReportSteps.CompleteReport("Enclosure Removal"), formPage: $"/admin/reports/{id}")).StatusCode);
        var first = (await steps.ReportAsync(id)).Enclosures.Single(e => e.Number == 1);
        var locked = await author.PostFormAsync($"/admin/reports/{id}/enclosures?handler=Remove", new() { ["EnclosureId"] = first.Id.ToString() });
        ReportSteps.AssertRefused(locked);
        Assert.Contains("The report is no longer a draft you can change", await author.GetPageAsync($"/admin/reports/{id}/enclosures/{first.Id}/remove"));
        ReportSteps.AssertRefused(await UploadAsync(author, id, PdfOf(1), "late.pdf", "Appendix 4 – after submission"));
        Assert.Equal(2, (await steps.ReportAsync(id)).Enclosures.Count);
        Assert.Contains("Enclosures can be changed only while the report is a draft.", await author.GetPageAsync($"/admin/reports/{id}/enclosures"));
    }

    [Fact]
    public async Task An_exempt_appendix_of_a_public_report_goes_into_the_Part_II_pack_and_never_the_public_one()
    {
        const string Canary = "CANARYAPPENDIX tender prices per lot";
        var (meeting, item, date, slug) = await steps.MeetingWithItemAsync("Leisure Contract Award");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Leisure Contract Award");

        var badParagraph = await author.PostFormAsync($"/admin/reports/{id}/enclosures?handler=Write", new() { ["EnclosureTitle"] = "Appendix 2 – Tender evaluation", ["EnclosureText"] = Canary, ["ExemptionParagraph"] = "9" });
        Assert.Contains("Choose a paragraph of Schedule 12A from the list", await badParagraph.Content.ReadAsStringAsync(Ct));
        Assert.Empty((await steps.ReportAsync(id)).Enclosures);

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/reports/{id}/enclosures?handler=Write", new() { ["EnclosureTitle"] = "Appendix 1 – Service specification", ["EnclosureText"] = "The contractor runs the three leisure centres." })).StatusCode);
        var exempt = await author.PostFormAsync($"/admin/reports/{id}/enclosures?handler=Write", new() { ["EnclosureTitle"] = "Appendix 2 – Tender evaluation", ["EnclosureText"] = Canary, ["ExemptionParagraph"] = "3" });
        Assert.Equal(HttpStatusCode.Redirect, exempt.StatusCode);
        Assert.Contains("exempt under paragraph 3, in the Part II pack only", await author.GetPageAsync($"/admin/reports/{id}/enclosures"));
        Assert.Contains("Exempt, paragraph 3", await author.GetPageAsync($"/admin/reports/{id}"));
        var report = await steps.ReportAsync(id);
        Assert.Equal([null, 3], report.Enclosures.OrderBy(e => e.Number).Select(e => e.ExemptionParagraph?.Number));
        Assert.False(report.IsExempt);

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", ReportSteps.CompleteReport("Leisure Contract Award"), formPage: $"/admin/reports/{id}")).StatusCode);
        await using (var db = steps.Db())
        {
            var submitted = await db.Reports.SingleAsync(r => r.Id == id, Ct);
            submitted.AddClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", DemoSite.Today, "the Chief Financial Officer");
            submitted.Clear();
            await db.SaveChangesAsync(Ct);
        }
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        var published = await clerk.PostFormAsync($"/admin/meetings/{meeting}?handler=Publish", [], formPage: $"/admin/meetings/{meeting}");
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, await published.Content.ReadAsStringAsync(Ct));

        var publicPack = PdfText(await site.Client.GetByteArrayAsync($"/meetings/{date}/{slug}/agenda.pdf", Ct));
        Assert.Contains("The contractor runs the three leisure centres.", publicPack, StringComparison.Ordinal);
        Assert.DoesNotContain("CANARYAPPENDIX", publicPack, StringComparison.Ordinal);
        var number = (await steps.Db().AgendaItems.SingleAsync(i => i.Id == item, Ct)).Number;
        foreach (var address in new[] { $"/meetings/{date}/{slug}", $"/meetings/{date}/{slug}/items/{number}", "/search?q=tender+prices+per+lot" })
        {
            Assert.DoesNotContain("CANARYAPPENDIX", await site.Client.GetStringAsync(address, Ct), StringComparison.Ordinal);
        }
        // Open data serves the public appendix's file as uploaded, and not the exempt one.
        var (publicAppendix, exemptAppendix) = (report.Enclosures.Single(e => e.Number == 1), report.Enclosures.Single(e => e.Number == 2));
        var file = await site.Client.GetByteArrayAsync($"/oparl/v1.1/files/{publicAppendix.Id}/access", Ct);
        Assert.Equal(publicAppendix.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(file)));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/oparl/v1.1/files/{exemptAppendix.Id}/access", Ct)).StatusCode);
        var itemPage = await site.Client.GetStringAsync($"/meetings/{date}/{slug}/items/{number}", Ct);
        Assert.Contains($"href=\"/oparl/v1.1/files/{publicAppendix.Id}/access\">Appendix 1 – Service specification</a> (PDF, 1 page)", itemPage, StringComparison.Ordinal);
        Assert.DoesNotContain(exemptAppendix.Id.ToString(), itemPage, StringComparison.Ordinal);
        using var partII = await clerk.GetAsync($"/admin/papers/{meeting}?handler=PartIIPack");
        Assert.Equal(HttpStatusCode.OK, partII.StatusCode);
        Assert.Contains("CANARYAPPENDIX", PdfText(await partII.Content.ReadAsByteArrayAsync(Ct)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_corrected_file_replaces_an_enclosure_under_the_same_title_with_a_new_version_while_the_report_is_a_draft()
    {
        var (_, item, _, _) = await steps.MeetingWithItemAsync("Enclosure Replacement");
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await ReportSteps.StartReportAsync(author, item, "Enclosure Replacement");
        Assert.Equal(HttpStatusCode.Redirect, (await UploadAsync(author, id, PdfOf(1), "plan-draft.pdf", "Appendix 1 – Action plan")).StatusCode);
        var original = Assert.Single((await steps.ReportAsync(id)).Enclosures);

        var notPdf = await ReplaceAsync(author, id, original.Id, "PK\u0003\u0004 a Word document"u8.ToArray(), "plan.docx");
        Assert.Contains("&#x27;plan.docx&#x27; is not a PDF.", await notPdf.Content.ReadAsStringAsync(Ct));
        Assert.Equal(HttpStatusCode.Redirect, (await ReplaceAsync(author, id, original.Id, PdfOf(2), "plan-final.pdf")).StatusCode);

        var replaced = Assert.Single((await steps.ReportAsync(id)).Enclosures);
        Assert.Equal((original.Id, "Appendix 1 – Action plan", 1, "plan-final.pdf", 2, 2), (replaced.Id, replaced.Title, replaced.Number, replaced.FileName, replaced.PageCount, replaced.Version));
        Assert.NotEqual(original.Sha256, replaced.Sha256);
        Assert.True(File.Exists(Path.Combine(site.DocumentsPath, replaced.StoragePath!)));
        Assert.True(File.Exists(Path.Combine(site.DocumentsPath, original.StoragePath!)), "the earlier file is kept for packs built from it");
        Assert.Contains("Enclosure &#x27;Appendix 1 – Action plan&#x27; replaced by plan-final.pdf (version 2, 2 pages).", await author.GetPageAsync($"/admin/reports/{id}/enclosures"));

        Assert.Equal(HttpStatusCode.Redirect, (await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", ReportSteps.CompleteReport("Enclosure Replacement"), formPage: $"/admin/reports/{id}")).StatusCode);
        ReportSteps.AssertRefused(await ReplaceAsync(author, id, original.Id, PdfOf(3), "plan-late.pdf"));
        Assert.Equal(2, Assert.Single((await steps.ReportAsync(id)).Enclosures).Version);
    }
}
