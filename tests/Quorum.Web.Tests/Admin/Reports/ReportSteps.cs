using System.Net;
using Microsoft.EntityFrameworkCore;
using Quorum.Data;
using Quorum.Domain.Reports;
using Quorum.Web.Tests.Admin.Meetings;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Reports;

/// <summary>
/// The steps the report tests share, each done through the staff pages on the demo council: a new meeting with a
/// business item, a report started on it, a complete cover sheet, a submitted report.
/// </summary>
internal sealed class ReportSteps(DemoSite site)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int nextDay;

    public QuorumDbContext Db() => QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);

    /// <summary>A new meeting (after the demo's today) with one business item, made by the clerk through the pages.</summary>
    public async Task<(Guid MeetingId, Guid ItemId, string Date, string Committee)> MeetingWithItemAsync(string title)
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
        var created = await clerk.PostFormAsync("/admin/meetings/new", NewMeetingForm.Of(committee, date, "Committee Room 5"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var meeting = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var added = await clerk.PostFormAsync($"/admin/meetings/{meeting}?handler=AddItem", new() { ["ItemTitle"] = title, ["ReportOf"] = "Corporate Director, Resources", ["Part"] = "I" }, formPage: $"/admin/meetings/{meeting}");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var db2 = Db();
        var item = await db2.AgendaItems.SingleAsync(i => i.MeetingId == meeting && i.Title == title, Ct);
        return (meeting, item.Id, date, slug);
    }

    public static async Task<Guid> StartReportAsync(StaffClient author, Guid item, string subject)
    {
        var started = await author.PostFormAsync("/admin/reports/new", new() { ["ItemId"] = item.ToString(), ["Subject"] = subject, ["ResponsibleOfficer"] = "Dawn Calvert, Corporate Director, Resources" }, formPage: $"/admin/reports/new?item={item}");
        Assert.True(started.StatusCode == HttpStatusCode.Redirect, await started.Content.ReadAsStringAsync(Ct));
        return Guid.Parse(started.Headers.Location!.OriginalString.Split('/').Last());
    }

    public static Dictionary<string, string> CompleteReport(string subject, string body = "The library service has been reviewed.") => new()
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

    public async Task<(Guid Report, StaffClient Author)> SubmittedReportAsync(string subject)
    {
        var (_, item, _, _) = await MeetingWithItemAsync(subject);
        var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");
        var id = await StartReportAsync(author, item, subject);
        var submitted = await author.PostFormAsync($"/admin/reports/{id}?handler=Submit", CompleteReport(subject), formPage: $"/admin/reports/{id}");
        Assert.True(submitted.StatusCode == HttpStatusCode.Redirect, await submitted.Content.ReadAsStringAsync(Ct));
        return (id, author);
    }

    public async Task<Report> ReportAsync(Guid id)
    {
        await using var db = Db();
        return await db.Reports.Include(r => r.Clearances).Include(r => r.Enclosures).SingleAsync(r => r.Id == id, Ct);
    }

    public static void AssertRefused(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.AbsolutePath, StringComparison.Ordinal);
    }
}
