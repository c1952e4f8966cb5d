using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Quorum.Application.Agendas;
using Quorum.Data;
using Quorum.Domain.Meetings;
using Quorum.Domain.Reports;
using Quorum.Web.Tests.Site;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;

namespace Quorum.Web.Tests.Admin.Papers;

/// <summary>
/// The demo council with a canary in the Part II report of a meeting of the demo councillor's committee and in one of
/// a committee they do not sit on; both meetings' packs printed (public, and the members' Part II pack).
/// </summary>
public sealed class PapersSite : DemoSite
{
    public const string OwnCanary = "CANARY-OWN-COMMITTEE-PART-II-4f1a";
    public const string OtherCanary = "CANARY-OTHER-COMMITTEE-PART-II-9b2e";

    public Meeting OwnMeeting { get; private set; } = null!;

    public Meeting OtherMeeting { get; private set; } = null!;

    public override async ValueTask InitializeAsync()
    {
        await base.InitializeAsync();
        var settings = DatabaseSettings.ForSqliteFile(DatabasePath);
        await using var db = QuorumDatabase.CreateContext(settings, Clock);
        var person = await db.Users.Where(u => u.UserName == "councillor").Select(u => u.PersonId).SingleAsync();
        var today = Today;
        var own = await db.Memberships.Where(m => m.PersonId == person && m.From <= today && (m.To == null || m.To >= today)).Select(m => m.CommitteeId).ToListAsync();
        var exempt = await db.Reports.Include(r => r.AgendaItem!.Meeting!.Committee)
            .Where(r => r.State == PublicationState.Published && r.AgendaItem!.Part == AgendaPart.PartII && r.AgendaItem.Meeting!.AgendaPublishedOn != null)
            .OrderByDescending(r => r.DateOfMeeting)
            .ToListAsync();
        var ownReport = exempt.First(r => own.Contains(r.AgendaItem!.Meeting!.CommitteeId));
        var otherReport = exempt.First(r => !own.Contains(r.AgendaItem!.Meeting!.CommitteeId));
        ownReport.Body = $"{ownReport.Body}\n\nThe tender evaluation scores are {OwnCanary}.";
        otherReport.Body = $"{otherReport.Body}\n\nThe confidential terms are {OtherCanary}.";
        await db.SaveChangesAsync();
        (OwnMeeting, OtherMeeting) = (ownReport.AgendaItem!.Meeting!, otherReport.AgendaItem!.Meeting!);

        var builder = Services.GetRequiredService<AgendaPackBuilder>();
        foreach (var meeting in new[] { OwnMeeting, OtherMeeting })
        {
            await using var build = QuorumDatabase.CreateContext(settings, Clock);
            await builder.PublishAsync(build, meeting.Id);
        }
    }
}

/// <summary>Councillors' Part II papers: their own committees' only, through the staff side, never at a public address.</summary>
public sealed class PapersTests(PapersSite site) : IClassFixture<PapersSite>
{
    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_councillor_reads_the_Part_II_report_of_their_own_committee_and_downloads_its_Part_II_pack()
    {
        using var councillor = await StaffClient.SignedInAsync(site.BaseAddress, "councillor");

        var list = await councillor.GetPageAsync("/admin/papers");
        var papers = await councillor.GetPageAsync($"/admin/papers/{site.OwnMeeting.Id}");
        using var pack = await councillor.GetAsync($"/admin/papers/{site.OwnMeeting.Id}?handler=PartIIPack");

        Assert.Contains($"/admin/papers/{site.OwnMeeting.Id}", list);
        Assert.DoesNotContain($"/admin/papers/{site.OtherMeeting.Id}", list);
        Assert.Contains(PapersSite.OwnCanary, papers);
        Assert.Equal(HttpStatusCode.OK, pack.StatusCode);
        Assert.Equal("application/pdf", pack.Content.Headers.ContentType?.MediaType);
        Assert.Contains("no-store", pack.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        Assert.Contains(PapersSite.OwnCanary, PdfText(await pack.Content.ReadAsByteArrayAsync(Cancel)));
    }

    [Fact]
    public async Task A_councillor_asking_for_another_committees_Part_II_papers_gets_not_found_and_none_of_their_text()
    {
        using var councillor = await StaffClient.SignedInAsync(site.BaseAddress, "councillor");

        using var papers = await councillor.GetAsync($"/admin/papers/{site.OtherMeeting.Id}");
        using var pack = await councillor.GetAsync($"/admin/papers/{site.OtherMeeting.Id}?handler=PartIIPack");

        Assert.Equal(HttpStatusCode.NotFound, papers.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pack.StatusCode);
        Assert.DoesNotContain(PapersSite.OtherCanary, await papers.Content.ReadAsStringAsync(Cancel));
        Assert.DoesNotContain(PapersSite.OtherCanary, await pack.Content.ReadAsStringAsync(Cancel));
    }

    [Fact]
    public async Task Democratic_Services_read_every_committees_Part_II_papers()
    {
        using var clerk = await StaffClient.SignedInAsync(site.BaseAddress, "clerk");

        var list = await clerk.GetPageAsync("/admin/papers");
        var papers = await clerk.GetPageAsync($"/admin/papers/{site.OtherMeeting.Id}");

        Assert.Contains($"/admin/papers/{site.OtherMeeting.Id}", list);
        Assert.Contains(PapersSite.OtherCanary, papers);
    }

    [Fact]
    public async Task An_anonymous_visitor_asking_for_Part_II_papers_is_sent_to_sign_in()
    {
        using var anonymous = new StaffClient(site.BaseAddress);
        foreach (var path in new[] { "/admin/papers", $"/admin/papers/{site.OwnMeeting.Id}", $"/admin/papers/{site.OwnMeeting.Id}?handler=PartIIPack" })
        {
            using var response = await anonymous.GetAsync(path);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/admin/sign-in", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_report_author_may_not_open_Part_II_papers()
    {
        using var author = await StaffClient.SignedInAsync(site.BaseAddress, "author");

        using var response = await author.GetAsync($"/admin/papers/{site.OwnMeeting.Id}?handler=PartIIPack");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/admin/access-denied", response.Headers.Location!.PathAndQuery, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_Part_II_pack_is_printed_but_no_public_address_serves_it()
    {
        var packs = Path.Combine(Path.GetDirectoryName(site.DatabasePath)!, "packs");
        var partII = Directory.GetFiles(packs, "*part-ii.pdf", SearchOption.AllDirectories);
        Assert.Equal(2, partII.Length);
        Assert.Contains(PapersSite.OwnCanary, PdfText(await File.ReadAllBytesAsync(partII.Single(f => f.Contains(site.OwnMeeting.Committee!.Slug.ToString(), StringComparison.Ordinal)), Cancel)));

        var meeting = $"/meetings/{site.OwnMeeting.Date:uuuu-MM-dd}/{site.OwnMeeting.Committee!.Slug}";
        var name = Path.GetFileName(partII[0]);
        var addresses = new List<string>
        {
            meeting, meeting + "/agenda.pdf", meeting + "/supplementary-agenda.pdf", meeting + "/part-ii.pdf", meeting + "/agenda-part-ii.pdf",
            "/members/" + name, "/packs/members/" + name, "/packs/" + name, "/" + name, "/search?q=tender+evaluation+scores",
        };
        addresses.AddRange(Enumerable.Range(1, 20).Select(n => $"{meeting}/items/{n}"));
        foreach (var address in addresses)
        {
            using var response = await site.Client.GetAsync(address, Cancel);
            var body = await response.Content.ReadAsByteArrayAsync(Cancel);
            var text = response.Content.Headers.ContentType?.MediaType == "application/pdf" ? PdfText(body) : System.Text.Encoding.UTF8.GetString(body);
            Assert.False(text.Contains("CANARY", StringComparison.Ordinal), $"{address} ({(int)response.StatusCode}) showed Part II text");
        }
    }

    private static string PdfText(byte[] pdf)
    {
        using var document = PdfDocument.Open(pdf);
        return string.Join("\n", document.GetPages().Select(p => ContentOrderTextExtractor.GetText(p)));
    }
}
