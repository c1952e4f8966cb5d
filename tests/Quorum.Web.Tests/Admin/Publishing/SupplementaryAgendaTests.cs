using System.Net;
using Microsoft.EntityFrameworkCore;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Reports;
using Quorum.Web.Tests.Admin.Meetings;
using Quorum.Web.Tests.Site;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Quorum.Web.Tests.Admin.Publishing;

/// <summary>Papers that went out "To Follow", published later as a supplementary agenda, over the socket with real packs.</summary>
public sealed class SupplementaryAgendaTests(SiteHost site) : IClassFixture<SiteHost>
{
    private const string Meeting = "/meetings/2018-02-12/overview-and-scrutiny";
    private const string OnTimeText = "The on-time report on parks maintenance.";
    private const string FollowingText = "The late report on the highways programme, sent to follow.";

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_supplementary_agenda_carries_only_the_items_that_were_to_follow_and_leaves_the_agenda_pack_as_published()
    {
        var settings = DatabaseSettings.ForSqliteFile(site.DatabasePath);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Guid committee, council;
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            var scrutiny = await db.Committees.SingleAsync(c => c.Name == "Overview and Scrutiny Committee", Cancel);
            (committee, council) = (scrutiny.Id, scrutiny.CouncilId);
        }
        var created = await clerk.PostFormAsync("/admin/meetings/new", NewMeetingForm.Of(committee, "2018-02-12", "Committee Room 5"));
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        var page = $"/admin/meetings/{id}";
        foreach (var title in new[] { "Parks Maintenance", "Highways Programme" })
        {
            await clerk.PostFormAsync($"{page}?handler=AddItem", new() { ["ItemTitle"] = title, ["Part"] = "I" }, formPage: page);
        }
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            foreach (var (title, body, clear) in new[] { ("Parks Maintenance", OnTimeText, true), ("Highways Programme", FollowingText, false) })
            {
                var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == id && i.Title == title, Cancel);
                var report = new Report
                {
                    CouncilId = council,
                    AgendaItemId = item.Id,
                    ReportFor = "Overview and Scrutiny Committee",
                    DateOfMeeting = new LocalDate(2018, 2, 12),
                    Subject = title,
                    ResponsibleOfficer = "Paul Hewitt, Corporate Director",
                    Summary = $"This report covers the {title.ToLowerInvariant()}.",
                    Recommendations = "The Committee is asked to note the report.",
                    Body = body,
                };
                report.AddClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", new LocalDate(2017, 9, 20), "the Chief Financial Officer");
                report.Submit();
                if (clear)
                {
                    report.Clear();
                }
                db.Reports.Add(report);
            }
            await db.SaveChangesAsync(Cancel);
        }
        await clerk.PostFormAsync($"{page}?handler=Publish", [], formPage: page);
        var mainPack = await site.Client.GetByteArrayAsync(Meeting + "/agenda.pdf", Cancel);
        Assert.Contains("Publish supplementary agenda", await clerk.GetPageAsync(page));
        // The meeting page asks first, on its own page: published reports cannot be taken back.
        var confirmPage = $"{page}/confirm/supplementary";
        Assert.Contains($"href=\"{confirmPage}\"", await clerk.GetPageAsync(page));
        Assert.Contains("None of the reports to follow has been cleared yet", await clerk.GetPageAsync(confirmPage));

        // Nothing cleared yet: refused, with the reason where the action is.
        var early = await clerk.PostFormAsync($"{page}?handler=PublishSupplementary", [], formPage: page);
        Assert.Contains("None of the reports to follow has been cleared yet", await early.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync(Meeting + "/supplementary-agenda.pdf", Cancel)).StatusCode);

        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            var following = await db.Reports.SingleAsync(r => r.Subject == "Highways Programme", Cancel);
            following.Clear();
            await db.SaveChangesAsync(Cancel);
        }
        var confirm = WebUtility.HtmlDecode(await clerk.GetPageAsync(confirmPage));
        Assert.Contains("Are you sure you want to publish a supplementary agenda?", confirm);
        Assert.Matches("id=\"followed\">\\s*<ul class=\"govuk-list\">\\s*<li>Item \\d+, Highways Programme</li>\\s*</ul>", confirm);
        Assert.Contains("Published reports cannot be taken back.", confirm);
        var published = await clerk.PostFormAsync($"{page}?handler=PublishSupplementary", [], formPage: confirmPage);

        Assert.Equal(HttpStatusCode.Redirect, published.StatusCode);
        Assert.Contains("Supplementary agenda published (1 report(s)", await clerk.GetPageAsync(page));
        var meetingPage = await site.Client.GetStringAsync(Meeting, Cancel);
        Assert.Contains($"href=\"{Meeting}/supplementary-agenda.pdf\">Supplementary agenda (PDF)</a>", meetingPage);
        var supplementary = Text(await site.Client.GetByteArrayAsync(Meeting + "/supplementary-agenda.pdf", Cancel)).ReplaceLineEndings(" ");
        Assert.Contains("SUPPLEMENTAL AGENDA", supplementary);
        Assert.Contains(FollowingText, supplementary);
        Assert.DoesNotContain(OnTimeText, supplementary);
        Assert.Equal(mainPack, await site.Client.GetByteArrayAsync(Meeting + "/agenda.pdf", Cancel));
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            Assert.Equal(PublicationState.Published, (await db.Reports.SingleAsync(r => r.Subject == "Highways Programme", Cancel)).State);
            Assert.True(await db.AuditEntries.AnyAsync(a => a.Actor == "clerk" && a.EntityType == nameof(Report) && a.After!.Contains("Published"), Cancel));
        }
    }

    private static string Text(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }
}
