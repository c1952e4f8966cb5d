using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NodaTime;
using Quorum.Data;
using Quorum.Domain.Reports;
using Quorum.Web.Tests.Admin.Meetings;
using Quorum.Web.Tests.Site;

namespace Quorum.Web.Tests.Admin.Publishing;

/// <summary>The clerk's Publish action end to end: real pack build in Chromium, public page and pack, versions kept.</summary>
public sealed class PublishTests(SiteHost site) : IClassFixture<SiteHost>
{
    [Fact]
    public async Task A_published_agenda_whose_pack_is_not_drawn_yet_answers_try_again_shortly_and_an_unpublished_one_not_found()
    {
        var ct = TestContext.Current.CancellationToken;
        // Test hosts do not draw missing packs, so the council's published agendas have none: as a new site's imported
        // and seeded agendas until its background drawing reaches them.
        await using var db = QuorumDatabase.CreateContext(DatabaseSettings.ForSqliteFile(site.DatabasePath), site.Clock);
        var meetings = await db.Meetings.Include(m => m.Committee).ToListAsync(ct);
        var published = meetings.First(m => m.AgendaPublishedOn is not null);
        Assert.Null(site.Services.GetRequiredService<Quorum.Application.Agendas.PackFiles>().PublicPack(published));
        var drawing = await site.Client.GetAsync($"/meetings/{published.Date:uuuu-MM-dd}/{published.Committee!.Slug}/agenda.pdf", ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, drawing.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(60), drawing.Headers.RetryAfter?.Delta);
        Assert.Equal("The agenda pack is being prepared. Please try again in a minute.", await drawing.Content.ReadAsStringAsync(ct));

        var unpublished = meetings.First(m => m.AgendaPublishedOn is null);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/meetings/{unpublished.Date:uuuu-MM-dd}/{unpublished.Committee!.Slug}/agenda.pdf", ct)).StatusCode);
    }

    [Fact]
    public async Task Publishing_freezes_the_cleared_report_shows_it_publicly_and_republishing_keeps_the_first_pack()
    {
        var ct = TestContext.Current.CancellationToken;
        var settings = DatabaseSettings.ForSqliteFile(site.DatabasePath);
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");
        Guid committee, council;
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            var scrutiny = await db.Committees.SingleAsync(c => c.Name == "Overview and Scrutiny Committee", ct);
            (committee, council) = (scrutiny.Id, scrutiny.CouncilId);
        }
        var created = await clerk.PostFormAsync("/admin/meetings/new", NewMeetingForm.Of(committee, "2018-01-15", "Committee Room 5"));
        var id = Guid.Parse(created.Headers.Location!.OriginalString.Split('/').Last());
        await clerk.PostFormAsync($"/admin/meetings/{id}?handler=AddItem", new() { ["ItemTitle"] = "Library Service Review", ["Part"] = "I" }, formPage: $"/admin/meetings/{id}");
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            var item = await db.AgendaItems.SingleAsync(i => i.MeetingId == id && i.Title == "Library Service Review", ct);
            var report = new Report
            {
                CouncilId = council,
                AgendaItemId = item.Id,
                ReportFor = "Overview and Scrutiny Committee",
                DateOfMeeting = new LocalDate(2018, 1, 15),
                Subject = "Library Service Review",
                ResponsibleOfficer = "Paul Hewitt, Corporate Director",
                Summary = "The review of the library service is complete.",
                Recommendations = "The Committee is asked to note the review.",
                Body = "Background to the library service review.",
            };
            report.AddClearance(ClearanceRole.ChiefFinancialOfficer, "Jo Frost", new LocalDate(2017, 9, 20), "the Chief Financial Officer");
            report.Submit();
            report.Clear();
            db.Reports.Add(report);
            await db.SaveChangesAsync(ct);
        }

        var published = await clerk.PostFormAsync($"/admin/meetings/{id}?handler=Publish", [], formPage: $"/admin/meetings/{id}");
        Assert.True(published.StatusCode == HttpStatusCode.Redirect, await published.Content.ReadAsStringAsync(ct));
        Assert.Contains("Agenda published (version 1", await clerk.GetPageAsync($"/admin/meetings/{id}"));

        var page = await site.Client.GetStringAsync("/meetings/2018-01-15/overview-and-scrutiny", ct);
        Assert.Contains("Library Service Review", page);
        var pack = await site.Client.GetByteArrayAsync("/meetings/2018-01-15/overview-and-scrutiny/agenda.pdf", ct);
        Assert.Equal("%PDF-"u8.ToArray(), pack[..5]);

        await clerk.PostFormAsync($"/admin/meetings/{id}?handler=Publish", [], formPage: $"/admin/meetings/{id}");
        await using (var db = QuorumDatabase.CreateContext(settings, site.Clock))
        {
            var versions = await db.AgendaPublications.Where(p => p.MeetingId == id).OrderBy(p => p.Version).ToListAsync(ct);
            Assert.Equal([1, 2], versions.Select(v => v.Version));
            Assert.All(versions, v => Assert.Equal("clerk", v.PublishedBy));
            Assert.Contains("Library Service Review", versions[0].Manifest, StringComparison.Ordinal);
            Assert.Equal(PublicationState.Published, (await db.Reports.SingleAsync(r => r.Subject == "Library Service Review", ct)).State);
        }
        var first = await site.Client.GetAsync("/meetings/2018-01-15/overview-and-scrutiny/agenda-v1.pdf", ct);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync("/meetings/2018-01-15/overview-and-scrutiny/agenda-v3.pdf", ct)).StatusCode);
    }
}
